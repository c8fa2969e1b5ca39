/// Finds money, counts, percentages and ratios in the plain text of one language.
public enum FigureScanner {
  /// Walks `text` from the start; `step` adds the figures starting at an offset, if any, and returns
  /// the offset to try next. A character that `mayStart` rules out is passed over without a step.
  static func scan(
    _ text: ScannedText, mayStart: (Unicode.Scalar) -> Bool, _ step: (ScannedText, Int, inout [FoundFigure]) -> Int
  ) -> [FoundFigure] {
    var figures: [FoundFigure] = []
    var i = 0
    while i < text.count {
      if mayStart(text.scalars[i]) {
        i = step(text, i, &figures)
      } else {
        i += 1
      }
    }
    return figures
  }
}
