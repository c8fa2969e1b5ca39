import DiglotModel

/// The language a line of slide text is written in.
enum Language: Equatable {
  case zh, en
  /// No letters at all: dates, numbers, punctuation.
  case neutral
}

/// What one line of slide text is, by its markers.
enum LineKind: Equatable {
  case blank
  /// A Markdown heading (`#`…`######`) with no bullet glyph; `number` is a `1.` prefix.
  case heading(level: Int, number: Int?)
  /// A bullet: a Markdown marker, a glyph, or an enumerator; `depth` 1 is top level.
  case bullet(depth: Int)
  /// A line that starts with a number (`1. 推動關愛隊`): an area heading or a numbered bullet.
  case numbered(Int)
  /// A date alone on its line (`29/2/2024`, `2024年2月29日`, `29 February 2024` …).
  case date(WrittenDate)
  /// A note (`註：…`, `Note: …`).
  case note
  /// Plain text with no marker.
  case text
}

/// One line of slide text, classified, with its content (markers removed) located.
struct Line {
  var number: Int
  var kind: LineKind
  var language: Language
  /// The content after markers, trailing spaces removed, with source positions.
  var content: LocatedText
  /// Leading white space, in columns.
  var indent: Int
  /// A bullet's depth by its marker alone (a sub-bullet glyph is 2), apart from its indent.
  var markerDepth = 1
  /// The number of a bracketed enumerator: 2 for `（二）`, `(2)`, `(b)` and `(ii)`. The two
  /// languages often number one level differently (`（一）` beside `(a)`).
  var ordinal: Int?
  /// The content has both Han characters and Latin letters: only such a line can hold both
  /// languages.
  var mixesScripts = false
  /// The content has a tab or two spaces in a row: only such a line can be a row of a table.
  var hasColumnGap = false
  /// The content has a character of the private use area (U+E000 to U+F8FF), as a symbol font
  /// writes its characters.
  var hasPrivateUse = false
  /// The line ended in two or more spaces: a Markdown hard line break.
  var hardBreak: Bool
  /// The line starts with a form feed: a new page of a converted deck.
  var startsPage = false
  /// A marker that looks mistyped, and what the line was taken as.
  var typo: Typo? = nil

  /// A mistyped marker (`#3. …` with no space after `#`), read as what it seems meant to be.
  struct Typo {
    var column: Int
    var message: String
  }
}

/// Classifies lines of slide text by their markers. Pure and per line.
enum LineLexer {
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\u{FEFF}"
  }

  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: true
    default: false
    }
  }

  /// Whether a scalar is a top-level bullet glyph.
  static func isPrimaryGlyph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "◆", "◇", "•", "●", "■", "□", "❖", "⬥", "♦", "✓", "✔": true
    default: false
    }
  }

  /// Whether a scalar is a sub-bullet glyph.
  static func isSecondaryGlyph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "➤", "➢", "►", "▶", "▸", "▪", "○", "◦", "–", "‣", "➔": true
    default: false
    }
  }

  /// The language of a text: Chinese if it has Han characters and no more than three Latin
  /// letters for each. Letters in brackets or corner quotes count only if the text has none
  /// outside them: a Chinese bullet that gives an English name in brackets (`推行「科技券」計劃
  /// （Technology Voucher Programme）`) is Chinese, and an English one that gives a Chinese name
  /// (`Promote 「香港品牌」`) is English.
  static func language(of scalars: some Collection<Unicode.Scalar>) -> Language {
    scan(scalars).language
  }

  /// What one pass over a line's content finds: its language, as `language(of:)` gives it, and
  /// the facts that `Line` keeps (`mixesScripts`, `hasColumnGap`, `hasPrivateUse`).
  private struct Scan {
    var language: Language
    var mixesScripts: Bool
    var hasColumnGap: Bool
    var hasPrivateUse: Bool
  }

  private static func scan(_ scalars: some Collection<Unicode.Scalar>) -> Scan {
    var han = 0
    var latin = 0
    var hasColumnGap = false
    var hasPrivateUse = false
    var afterSpace = false
    for scalar in scalars {
      if scalar.isASCII {
        if isLatinLetter(scalar) {
          latin += 1
        } else if scalar == "\t" || scalar == " " && afterSpace {
          hasColumnGap = true
        }
      } else if scalar.isHan {
        han += 1
      } else if isLatinLetter(scalar) {
        latin += 1
      } else if scalar.isPrivateUse {
        hasPrivateUse = true
      }
      afterSpace = scalar == " "
    }
    // Most lines are in one language; a line in both is counted again outside its brackets.
    let mixesScripts = han > 0 && latin > 0
    if mixesScripts { (han, latin) = countedOutsideBrackets(scalars) }
    let language: Language = han > 0 && han * 3 >= latin ? .zh : latin > 0 ? .en : .neutral
    return Scan(
      language: language, mixesScripts: mixesScripts, hasColumnGap: hasColumnGap, hasPrivateUse: hasPrivateUse)
  }

  /// The Han characters and Latin letters outside brackets and corner quotes, or, if there are
  /// none, inside them.
  private static func countedOutsideBrackets(_ scalars: some Collection<Unicode.Scalar>) -> (han: Int, latin: Int) {
    var outside = (han: 0, latin: 0)
    var inside = (han: 0, latin: 0)
    var depth = 0
    for scalar in scalars {
      switch scalar {
      case "(", "（", "「", "『": depth += 1
      case ")", "）", "」", "』": depth = max(0, depth - 1)
      default:
        let isHan = scalar.isHan
        guard isHan || isLatinLetter(scalar) else { continue }
        if depth == 0 {
          if isHan { outside.han += 1 } else { outside.latin += 1 }
        } else {
          if isHan { inside.han += 1 } else { inside.latin += 1 }
        }
      }
    }
    return outside.han == 0 && outside.latin == 0 ? inside : outside
  }

  /// Classifies one line. `columns` gives the column each scalar stood at in the source, when
  /// characters were removed before lexing; otherwise a scalar's column is its index plus one.
  static func lex(_ scalars: [Unicode.Scalar], number: Int, columns: [Int]? = nil) -> Line {
    var start = 0
    var indent = 0
    var startsPage = false
    while start < scalars.count, scalars[start] == "\u{0C}" {
      startsPage = true
      start += 1
    }
    while start < scalars.count, isSpace(scalars[start]) {
      indent += scalars[start] == "\t" ? 4 - indent % 4 : 1
      start += 1
    }
    var end = scalars.count
    var trailingSpaces = 0
    while end > start, isSpace(scalars[end - 1]) {
      if scalars[end - 1] == " " { trailingSpaces += 1 }
      end -= 1
    }
    // The line is made once, at the end: a line filled in field by field is copied on its return.
    let hardBreak = trailingSpaces >= 2
    guard start < end else {
      return Line(
        number: number, kind: .blank, language: .neutral, content: LocatedText(), indent: indent,
        hardBreak: hardBreak, startsPage: startsPage)
    }

    var body = scalars[start..<end]
    var headingLevel: Int?
    var depth: Int?
    var enumerated: Int?
    /// A marker written with no space after it (`#3. …`, `-◆ …`): read as meant, and reported.
    var unspacedMarker: String?
    var typo: Line.Typo?
    var markerDepth = 1
    var ordinal: Int?

    // Markdown heading: one to six `#` (or full-width `＃`) then a space.
    var hashes = 0
    while hashes < body.count, body[body.startIndex + hashes] == "#" || body[body.startIndex + hashes] == "＃" {
      hashes += 1
    }
    if (1...6).contains(hashes), hashes < body.count {
      if !isSpace(body[body.startIndex + hashes]) { unspacedMarker = String(scalars: body.prefix(hashes)) }
      headingLevel = hashes
      body = dropLeading(hashes, from: body)
    } else if hashes == body.count {
      // `#` with nothing after it: a heading whose text was lost, or a stray mark; kept as text.
      typo = Line.Typo(
        column: columns?[start] ?? start + 1,
        message: "lone `\(String(scalars: body))` with no heading after it: read as text; write the heading after it, "
          + "or remove it")
    }
    // Markdown list marker; a bullet glyph right after it (`-◆`) is a list marker too.
    if body.count >= 2, body[body.startIndex] == "-" || body[body.startIndex] == "*" || body[body.startIndex] == "+" {
      let next = body[body.startIndex + 1]
      if isSpace(next) || isGlyph(next) {
        if !isSpace(next) { unspacedMarker = String(body[body.startIndex]) }
        depth = 1 + indent / 2
        body = dropLeading(1, from: body)
      }
    }
    // Bullet glyph, possibly after a list marker or inside a heading: the glyph decides the depth.
    // A bullet set in a symbol font comes out of a PDF or Word file as a character of the
    // private use area; Word writes its second level as the letter `o` (in Courier New) and a space.
    let isWordSubBullet = body.count > 2 && body.first == "o" && body[body.startIndex + 1] == " "
    if let first = body.first, isGlyph(first) || isWordSubBullet {
      let isSecondary = isSecondaryGlyph(SymbolFont.privateUseBullet(first) ?? first) || isWordSubBullet
      let indented = headingLevel == nil ? 1 + indent / 2 : 1
      markerDepth = isSecondary ? 2 : 1
      depth = max(markerDepth, indented)
      body = dropLeading(1, from: body)
    } else if depth == nil, let (length, isSecondary, value) = enumerator(in: body) {
      markerDepth = isSecondary ? 2 : 1
      ordinal = value
      depth = max(markerDepth, 1 + indent / 2)
      body = dropLeading(length, from: body)
    } else if depth == nil, let found = Enumerator.at(start: body) {
      if !found.isPart { enumerated = found.value }
      body = dropLeading(found.length, from: body)
    }

    let positions =
      if let columns {
        SourcePositions(body.indices.lazy.map { SourcePosition(line: number, column: columns[$0]) })
      } else {
        SourcePositions(line: number, column: body.startIndex + 1, count: body.count)
      }
    let scan = scan(body)
    let kind: LineKind
    if let depth {
      kind = .bullet(depth: depth)
    } else if let headingLevel {
      kind = .heading(level: headingLevel, number: enumerated)
    } else if let enumerated {
      kind = .numbered(enumerated)
    } else if let date = DateLine.parse(body) {
      kind = .date(date)
    } else if isNote(body) {
      kind = .note
    } else {
      kind = .text
    }
    if let unspacedMarker {
      let takenAs: String
      switch kind {
      case .bullet(1): takenAs = "a bullet"
      case .bullet: takenAs = "a sub-bullet"
      default: takenAs = "a level-\(headingLevel ?? 1) heading"
      }
      typo = Line.Typo(
        column: columns?[start] ?? start + 1,
        message: "no space after `\(unspacedMarker)`: read as \(takenAs); write a space after it if that is right")
    }
    return Line(
      number: number, kind: kind, language: scan.language,
      content: LocatedText(scalars: Array(body), positions: positions), indent: indent, markerDepth: markerDepth,
      ordinal: ordinal, mixesScripts: scan.mixesScripts, hasColumnGap: scan.hasColumnGap,
      hasPrivateUse: scan.hasPrivateUse, hardBreak: hardBreak, startsPage: startsPage, typo: typo)
  }

  /// Whether a scalar is a bullet glyph, or a symbol font's character that draws one.
  private static func isGlyph(_ scalar: Unicode.Scalar) -> Bool {
    let glyph = SymbolFont.privateUseBullet(scalar) ?? scalar
    return isPrimaryGlyph(glyph) || isSecondaryGlyph(glyph)
  }

  /// Drops `count` scalars and the spaces after them.
  private static func dropLeading(_ count: Int, from body: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var index = body.startIndex + count
    while index < body.endIndex, isSpace(body[index]) { index += 1 }
    return body[index...]
  }

  /// `(a)`, `(i)`, `(1)`, `（一）`: returns the marker's length, whether it is a sub-level marker,
  /// and its number.
  private static func enumerator(in slice: ArraySlice<Unicode.Scalar>) -> (Int, Bool, Int?)? {
    guard let open = slice.first, open == "(" || open == "（" else { return nil }
    let body = Array(slice.prefix(8))
    let close: Unicode.Scalar = open == "(" ? ")" : "）"
    guard let end = body.prefix(6).firstIndex(of: close), end >= 2, end + 1 < slice.count else { return nil }
    let inside = body[1..<end]
    if inside.allSatisfy({ "一二三四五六七八九十".unicodeScalars.contains($0) })
      || inside.allSatisfy({ asciiDigit($0) != nil })
    {
      return (end + 1, false, Enumerator.number(inside))
    }
    guard inside.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
    let roman = Enumerator.roman(ArraySlice(inside.map { Unicode.Scalar(UInt8($0.value) - 0x20) }))
    if inside.count == 1, let letter = inside.first {
      // `(i)`, `(v)` and `(x)` are Roman more often than the ninth, 22nd and 24th letters.
      return (end + 1, true, roman ?? Int(letter.value) - 0x60)
    }
    if inside.allSatisfy({ "ivx".unicodeScalars.contains($0) }) { return (end + 1, true, roman) }
    return nil
  }

  private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
    ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
  }

  private static let notePrefixes: [[Unicode.Scalar]] = ["註：", "註:", "注：", "Note:", "Notes:", "NOTE:"].map {
    Array($0.unicodeScalars)
  }

  private static func isNote(_ body: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = body.first, first == "註" || first == "注" || first == "N" else { return false }
    return notePrefixes.contains { body.starts(with: $0) }
  }
}

extension Unicode.Scalar {
  /// A character of the private use area (U+E000 to U+F8FF), as a symbol font writes its glyphs.
  var isPrivateUse: Bool { (0xE000...0xF8FF).contains(value) }
}
