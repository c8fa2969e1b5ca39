/// A line that carries both languages, `中文 / English` or `English / 中文`.
enum BothLanguages {
  /// The two sides with their languages, if the line has a ` / ` with Chinese on one side and
  /// English on the other.
  static func split(_ text: LocatedText) -> ((LocatedText, Language), (LocatedText, Language))? {
    let scalars = text.scalars
    guard scalars.count >= 5, scalars.contains(where: { $0 == "/" || $0 == "／" }) else { return nil }
    for index in 1..<(scalars.count - 1)
    where (scalars[index] == "/" || scalars[index] == "／") && LineLexer.isSpace(scalars[index - 1])
      && LineLexer.isSpace(scalars[index + 1])
    {
      let left = trimmed(text, 0..<index)
      let right = trimmed(text, (index + 1)..<scalars.count)
      let (a, b) = (LineLexer.language(of: left.scalars), LineLexer.language(of: right.scalars))
      guard a != b, a != .neutral, b != .neutral else { continue }
      return ((left, a), (right, b))
    }
    return nil
  }

  private static func trimmed(_ text: LocatedText, _ range: Range<Int>) -> LocatedText {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, LineLexer.isSpace(text.scalars[lower]) { lower += 1 }
    while upper > lower, LineLexer.isSpace(text.scalars[upper - 1]) { upper -= 1 }
    return LocatedText(
      scalars: Array(text.scalars[lower..<upper]), positions: SourcePositions(text.positions[lower..<upper]))
  }
}
