import DiglotXML

/// A paragraph's bullet as the input format writes it: a glyph it reads as a bullet, or an
/// enumerator such as `(a)`.
enum Bullets {
  /// The glyphs the input format reads as top-level bullets, and as sub-bullets
  /// (docs/input-format.md). A sub-bullet glyph is written only below the first level, where the
  /// indent says the level; any other glyph is written as one of these.
  static let topLevel: Set<String> = ["◆", "◇", "•", "●", "■", "□", "❖", "♦"]
  static let subLevel: Set<String> = ["➤", "➢", "►", "▶", "▸", "▪", "○", "◦", "–", "‣"]

  /// The glyph or enumerator of a paragraph, from the first properties in `chain` (the
  /// paragraph's own, then its level's list styles) that say whether it has a bullet.
  static func glyph(chain: [MarkupElement], level: Int, numbering: inout AutoNumbering) -> String? {
    for properties in chain {
      if properties.child("buNone") != nil { break }
      if let character = properties.child("buChar")?[attribute: "char"] {
        numbering.interrupt(at: level)
        let font = chain.lazy.compactMap { $0.child("buFont")?[attribute: "typeface"] }.first
        return written(symbol(character, font: font), level: level)
      }
      if let scheme = properties.child("buAutoNum") {
        let type = scheme[attribute: "type"] ?? "arabicPeriod"
        let start = scheme[attribute: "startAt"].flatMap(Int.init) ?? 1
        let number = numbering.next(at: level, scheme: type, startingAt: start)
        return AutoNumbering.enumerator(number, scheme: type)
      }
      if properties.child("buBlip") != nil {
        numbering.interrupt(at: level)
        return level == 0 ? "•" : "▪"
      }
    }
    numbering.interrupt(at: level)
    return nil
  }

  /// A glyph the input format reads as a bullet at this level.
  private static func written(_ glyph: String, level: Int) -> String {
    if topLevel.contains(glyph) || (level > 0 && subLevel.contains(glyph)) { return glyph }
    return level == 0 ? "•" : "▪"
  }

  /// The Unicode glyph of a bullet character in a symbol font. Wingdings and Symbol draw letters
  /// as shapes (`u` is a diamond in Wingdings); their characters are also written in Unicode's
  /// private use area (U+F075 for `u`).
  static func symbol(_ character: String, font: String?) -> String {
    guard var scalar = character.unicodeScalars.first else { return "•" }
    if (0xF020...0xF0FF).contains(scalar.value), let plain = Unicode.Scalar(scalar.value - 0xF000) {
      scalar = plain
    }
    let typeface = (font ?? "").lowercased()
    if typeface.hasPrefix("wingdings") {
      return wingdings[scalar] ?? "•"
    }
    if typeface == "symbol" {
      return symbolFont[scalar] ?? "•"
    }
    return String(scalar)
  }

  private static let wingdings: [Unicode.Scalar: String] = [
    "l": "●", "m": "○", "n": "■", "o": "□", "p": "□", "q": "□", "r": "□", "s": "◆", "t": "◆", "u": "◆",
    "v": "❖", "w": "◆", "x": "■", "§": "▪", "Ø": "➢", "ü": "✓", "¨": "□", "ð": "➢", "à": "➢", "è": "➢",
    "Ü": "➢", "Þ": "➢", "ä": "➢", "ª": "•", "Ÿ": "•", "¡": "○", "¢": "○", "£": "○", "¤": "○",
  ]

  private static let symbolFont: [Unicode.Scalar: String] = ["·": "•", "¨": "♦", "®": "➢", "©": "◆", "-": "–"]
}

/// The numbers of auto-numbered paragraphs in one text box: each level counts on until a
/// paragraph at that level or above has no number.
struct AutoNumbering {
  /// The scheme and the last number given at each level.
  private var counters: [Int: (scheme: String, number: Int)] = [:]

  /// The next number at a level; a different scheme there starts again.
  mutating func next(at level: Int, scheme: String, startingAt start: Int) -> Int {
    counters = counters.filter { $0.key <= level }
    let last = counters[level].flatMap { $0.scheme == scheme ? $0.number : nil }
    let number = last.map { $0 + 1 } ?? start
    counters[level] = (scheme, number)
    return number
  }

  mutating func interrupt(at level: Int) {
    counters = counters.filter { $0.key < level }
  }

  /// The enumerator the input format reads for a number in a PowerPoint numbering scheme.
  static func enumerator(_ number: Int, scheme: String) -> String {
    if scheme.hasPrefix("alphaLc") { return "(\(letter(number, base: "a")))" }
    if scheme.hasPrefix("alphaUc") { return "(\(letter(number, base: "A")))" }
    if scheme.hasPrefix("romanLc") { return "(\(roman(number).lowercased()))" }
    if scheme.hasPrefix("romanUc") { return "(\(roman(number)))" }
    if scheme.hasPrefix("ea1Ch") || scheme.hasPrefix("ea1Jpn") || scheme.hasPrefix("circleNum") {
      return "（\(chinese(number))）"
    }
    return "(\(number))"
  }

  private static func letter(_ number: Int, base: Unicode.Scalar) -> String {
    let index = (max(number, 1) - 1) % 26
    return String(Character(Unicode.Scalar(base.value + UInt32(index))!))
  }

  private static func roman(_ number: Int) -> String {
    var rest = min(max(number, 1), 3999)
    var result = ""
    for (value, numeral) in [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ] {
      while rest >= value {
        result += numeral
        rest -= value
      }
    }
    return result
  }

  private static func chinese(_ number: Int) -> String {
    let digits = Array("〇一二三四五六七八九")
    let n = min(max(number, 1), 99)
    if n < 10 { return String(digits[n]) }
    return (n / 10 == 1 ? "" : String(digits[n / 10])) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
  }
}
