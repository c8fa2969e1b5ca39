import DiglotFigures
import DiglotModel

/// Turns a Chinese and an English segment into a `Bilingual`: inline markup parsed,
/// figures found in both languages, located, paired and checked.
struct BilingualBuilder {
  let file: String
  var diagnostics: [Diagnostic] = []
  /// Some text made so far has a figure that differs between the languages.
  private(set) var figuresDiffer = false

  init(file: String) {
    self.file = file
  }

  mutating func make(zh: LocatedText?, en: LocatedText?) -> Bilingual {
    let (zhInline, zhFigures) = zh.map { parse($0, scan: FigureScanner.chinese(in:)) } ?? (nil, [])
    let (enInline, enFigures) = en.map { parse($0, scan: FigureScanner.english(in:)) } ?? (nil, [])
    let paired = FigurePairing.pair(zh: zhFigures, en: enFigures)
    if zh != nil && en != nil { check(paired) }
    // Read by index: iterating the figures would copy each one.
    figuresDiffer = figuresDiffer || paired.indices.contains { paired[$0].agreement == .differ }
    return Bilingual(zh: zhInline, en: enInline, figures: paired)
  }

  /// A text's inline markup and the figures `scan` finds in it.
  private mutating func parse(_ text: LocatedText, scan: ([Unicode.Scalar]) -> [FoundFigure]) -> (
    Inline, [FoundFigure]
  ) {
    let parsed = InlineParser.parse(text, file: file)
    // Most texts have none, and appending an empty array still costs a call.
    if !parsed.diagnostics.isEmpty { diagnostics += parsed.diagnostics }
    return (parsed.inline, figures(scan, in: parsed))
  }

  /// Reports amounts stated in one language only. (Figures that differ are errors unless the team
  /// accepted them: `FigureDifferences` reports them, for the whole document.)
  private mutating func check(_ figures: [Figure]) {
    for figure in figures {
      switch figure.agreement {
      case .agree, .differ: continue
      case .oneSided:
        // Counts are too loosely written to insist on both sides (`三座大樓` may be `the buildings`).
        guard figure.kind != .count else { continue }
        if let zh = figure.zh, let range = zh.range {
          diagnostics.append(
            Diagnostic(.warning, "\(figure.kind.rawValue) \(zh.written) has no English counterpart", at: range))
        } else if let en = figure.en, let range = en.range {
          diagnostics.append(
            Diagnostic(.warning, "\(figure.kind.rawValue) \(en.written) has no Chinese counterpart", at: range))
        }
      }
    }
  }

  /// The figures `scan` finds in a text, each with the source range of the characters it was
  /// found at (its qualifier word included) and the UTF-8 offsets of its written form.
  private func figures(_ scan: ([Unicode.Scalar]) -> [FoundFigure], in parsed: InlineParser.Parsed) -> [FoundFigure] {
    let plain = parsed.plain
    var found = scan(plain.scalars)
    guard !found.isEmpty else { return found }
    // Figures are found by character offset, in text order; positions are kept per scalar.
    var cursor = CharacterCursor(plain.scalars)
    // Each figure is filled in where it stands, rather than copied into a new array.
    for index in found.indices {
      let (offset, length) = (found[index].offset, found[index].length)
      let first = cursor.advanced(to: offset).scalar
      let written = cursor.advanced(to: found[index].writtenOffset).utf8
      let end = cursor.advanced(to: offset + length)
      if first < plain.positions.count, end.scalar > first, end.scalar <= plain.positions.count {
        found[index].amount.range = SourceRange(
          file: file, start: plain.positions[first], end: plain.positions[end.scalar - 1])
      }
      found[index].amount.offsets = written..<end.utf8
    }
    return found
  }
}

/// Walks the characters of a text from the front, counting the scalars and UTF-8 bytes before
/// each, so that offsets met in order are converted in one pass over the text.
private struct CharacterCursor {
  private let scalars: [Unicode.Scalar]
  /// The number of scalars of each character, when some character has more than one.
  private let characterLengths: [Int]?
  private var character = 0
  private var scalar = 0
  private var utf8 = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    characterLengths =
      scalars.isOneCharacterEach ? nil : String(scalars: scalars).map(\.unicodeScalars.count)
  }

  private init(_ scalars: [Unicode.Scalar], characterLengths: [Int]?) {
    self.scalars = scalars
    self.characterLengths = characterLengths
  }

  /// The scalars and UTF-8 bytes before the character at `offset` (or before the end of the text).
  mutating func advanced(to offset: Int) -> (scalar: Int, utf8: Int) {
    if offset < character {  // an offset out of order: start again
      self = CharacterCursor(scalars, characterLengths: characterLengths)
    }
    guard let characterLengths else {
      // One scalar a character, as in almost every text: the scalars are counted in a plain loop.
      let end = min(offset, scalars.count)
      if end > scalar {
        for index in scalar..<end { utf8 += UTF8.width(scalars[index]) }
        scalar = end
        character = end
      }
      return (scalar, utf8)
    }
    while character < offset, scalar < scalars.count {
      let end = min(scalar + characterLengths[character], scalars.count)
      for index in scalar..<end { utf8 += UTF8.width(scalars[index]) }
      scalar = end
      character += 1
    }
    return (scalar, utf8)
  }
}
