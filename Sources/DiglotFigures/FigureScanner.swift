/// Finds money, counts, percentages and ratios in the plain text of one language.
public enum FigureScanner {
  /// Walks `text` from the start; `step` adds the figures starting at an offset, if any, and returns
  /// the offset to try next.
  static func scan(_ text: ScannedText, _ step: (ScannedText, Int, inout [FoundFigure]) -> Int) -> [FoundFigure] {
    var figures: [FoundFigure] = []
    var i = 0
    while i < text.count {
      i = step(text, i, &figures)
    }
    return figures
  }
}
