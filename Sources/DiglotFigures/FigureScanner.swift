/// Finds money, counts, percentages and ratios in the plain text of one language.
public enum FigureScanner {
  /// Walks `text` from the start; `step` returns the figure starting at an offset, if any, and the offset to try next.
  static func scan(_ text: String, _ step: (ScannedText, Int) -> (FoundFigure?, next: Int)) -> [FoundFigure] {
    let text = ScannedText(text)
    var figures: [FoundFigure] = []
    var i = 0
    while i < text.count {
      let (figure, next) = step(text, i)
      if let figure { figures.append(figure) }
      i = next
    }
    return figures
  }
}
