import DiglotModel

/// A line that carries both languages: `中文 / English` and `English / 中文`, or two columns
/// side by side, as a converter writes a slide whose Chinese and English stand next to each other
/// (`中文      English`, separated by a tab or a run of three spaces or more).
enum BothLanguages {
  /// One language of a divided line.
  struct Side {
    var text: LocatedText
    var language: Language
    /// The marker the side starts with in its own column (`◆`, `1.`), taken off its text; nil if
    /// it has none. The first side's is looked for only on a line with a marker, whose own marker
    /// the lexer has taken off already.
    var marker: LineKind?
  }

  /// The two sides of a line's content with their languages, if the content has a ` / ` or a
  /// column gap with Chinese on one side and English on the other, and whether it divides at a
  /// column gap.
  static func split(_ line: Line, hasMarker: Bool) -> (first: Side, second: Side, atColumnGap: Bool)? {
    let text = line.content
    let scalars = text.scalars
    guard line.mixesScripts, scalars.count >= 3, mayDivide(scalars) else { return nil }
    for (start, end) in separators(in: scalars) {
      let left = trimmed(text, 0..<start)
      let right = trimmed(text, end..<scalars.count)
      guard let (a, b) = languages(left.scalars, right.scalars) else { continue }
      let isSlash = scalars[end - 1] == "/" || scalars[end - 1] == "／"
      return (
        hasMarker ? side(left, a, line: line.number) : Side(text: left, language: a), side(right, b, line: line.number),
        !isSlash
      )
    }
    return nil
  }

  /// The languages of two texts that can translate each other: Chinese and English, either way
  /// round. English has no Chinese characters, so a gap inside a Chinese column, with the rest of
  /// it on the English side, is not the gap between the columns.
  private static func languages(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> (Language, Language)? {
    let (a, b) = (LineLexer.language(of: left), LineLexer.language(of: right))
    guard a != b, a != .neutral, b != .neutral, !(a == .en ? left : right).contains(where: \.isHan) else { return nil }
    return (a, b)
  }

  /// Whether a line has a slash, a tab or three spaces in a row: most have none, and are ruled out
  /// in one quick pass.
  private static func mayDivide(_ scalars: [Unicode.Scalar]) -> Bool {
    scalars.withUnsafeBufferPointer { buffer in
      var spaces = 0
      for scalar in buffer {
        if scalar == " " {
          spaces += 1
          if spaces == 3 { return true }
        } else {
          if scalar == "/" || scalar == "\t" || scalar == "／" { return true }
          spaces = 0
        }
      }
      return false
    }
  }

  /// Where the line may divide, in order: each ` / ` and each column gap (a tab, or three spaces
  /// or more), as the range of scalars between the sides.
  private static func separators(in scalars: [Unicode.Scalar]) -> [(Int, Int)] {
    var found: [(Int, Int)] = []
    var index = 1
    while index < scalars.count - 1 {
      let scalar = scalars[index]
      if scalar == "/" || scalar == "／", LineLexer.isSpace(scalars[index - 1]), LineLexer.isSpace(scalars[index + 1]) {
        found.append((index, index + 1))
        index += 1
        continue
      }
      guard scalar == " " || scalar == "\t" else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, scalars[end] == " " || scalars[end] == "\t" { end += 1 }
      if end + 1 < scalars.count, scalars[end] == "/" || scalars[end] == "／", LineLexer.isSpace(scalars[end + 1]) {
        found.append((index, end + 1))  // spaces, then ` / `
        index = end + 1
        continue
      }
      // Two spaces are often a typing slip; columns stand further apart.
      if end < scalars.count, end - index >= 3 || scalars[index..<end].contains("\t") { found.append((index, end)) }
      index = end
    }
    return found
  }

  private static func trimmed(_ text: LocatedText, _ range: Range<Int>) -> LocatedText {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, LineLexer.isSpace(text.scalars[lower]) { lower += 1 }
    while upper > lower, LineLexer.isSpace(text.scalars[upper - 1]) { upper -= 1 }
    return LocatedText(
      scalars: Array(text.scalars[lower..<upper]), positions: SourcePositions(text.positions[lower..<upper]))
  }

  /// The side, without the bullet glyph, list marker or number it starts with in its own column.
  private static func side(_ text: LocatedText, _ language: Language, line: Int) -> Side {
    let lexed = LineLexer.lex(text.scalars, number: line, columns: text.positions.map(\.column))
    switch lexed.kind {
    case .bullet, .numbered, .heading: return Side(text: lexed.content, language: language, marker: lexed.kind)
    default: return Side(text: text, language: language)
    }
  }
}
