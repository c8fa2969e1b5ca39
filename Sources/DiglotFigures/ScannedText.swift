import DiglotModel
import Foundation

/// The characters of one text, with the look-ups both scanners share. Offsets count characters.
struct ScannedText {
  let chars: [Character]

  init(_ text: String) {
    chars = Array(text)
  }

  var count: Int { chars.count }

  /// The character at `i`, or nil outside the text.
  subscript(i: Int) -> Character? {
    chars.indices.contains(i) ? chars[i] : nil
  }

  func string(_ range: Range<Int>) -> String {
    String(chars[range])
  }

  /// Whether `word` is written at `i`, letters compared case-insensitively if asked.
  func has(_ word: String, at i: Int, ignoringCase: Bool = false) -> Bool {
    var j = i
    for c in word {
      guard let d = self[j], ignoringCase ? d.lowercased() == c.lowercased() : d == c else { return false }
      j += 1
    }
    return true
  }

  /// The first offset at or after `i` that is not a space (ASCII or full-width).
  func skipSpaces(from i: Int) -> Int {
    var j = i
    while let c = self[j], c.isSpace { j += 1 }
    return j
  }

  /// The offset just past the digits starting at `i`.
  func skipDigits(from i: Int) -> Int {
    var j = i
    while self[j]?.digitValue != nil { j += 1 }
    return j
  }

  /// Reads a number in Arabic digits at `start`: `30`, `1,600`, `13 000` (space groups only if asked), `7.11`.
  /// A separator counts only when exactly three digits follow it, so `$200 million, the` stops at `200`.
  func arabicNumber(at start: Int, spaceGroups: Bool) -> ArabicNumber? {
    var digits: [Int] = []
    var i = start
    while let d = self[i]?.digitValue {
      digits.append(d)
      i += 1
    }
    let leading = digits.count
    guard leading > 0 else { return nil }
    var separator: Character?
    if leading <= 3 {
      while let c = self[i], c == "," || (spaceGroups && c == " "), (separator ?? c) == c,
        let group = threeDigits(at: i + 1)
      {
        separator = c
        digits += group
        i += 4
      }
    }
    var fractionDigits = 0
    if self[i] == ".", self[i + 1]?.digitValue != nil {
      i += 1
      while let d = self[i]?.digitValue {
        digits.append(d)
        fractionDigits += 1
        i += 1
      }
    }
    // Decimal holds 38 digits; a longer run is not a figure anyone wrote.
    guard digits.count <= 30 else { return nil }
    let significand = digits.reduce(Decimal(0)) { $0 * 10 + Decimal($1) }
    let integer = digits.prefix(leading).reduce(0) { $0 * 10 + $1 }
    return ArabicNumber(
      value: Decimal(sign: .plus, exponent: -fractionDigits, significand: significand),
      end: i,
      isYear: separator == nil && fractionDigits == 0 && leading == 4 && (1900...2099).contains(integer),
      hasFraction: fractionDigits > 0
    )
  }

  private func threeDigits(at j: Int) -> [Int]? {
    guard let a = self[j]?.digitValue, let b = self[j + 1]?.digitValue, let c = self[j + 2]?.digitValue,
      self[j + 3]?.digitValue == nil
    else { return nil }
    return [a, b, c]
  }

  /// Reads a ratio at `start`: Arabic numbers joined by `:` or `：`, each with an optional label in
  /// brackets — `1:2`, `1（政府）：2（公司）`, `1 (Government):2 (Company)`.
  func ratio(at start: Int) -> (values: [Decimal], end: Int)? {
    var values: [Decimal] = []
    var end = start
    var i = start
    while let part = arabicNumber(at: i, spaceGroups: false) {
      values.append(part.value)
      end = labelEnd(after: part.end)
      let colon = skipSpaces(from: end)
      guard self[colon] == ":" || self[colon] == "：" else { break }
      i = skipSpaces(from: colon + 1)
    }
    // `10:30am` is a time, not a ratio.
    guard values.count >= 2, self[end]?.isASCIILetter != true else { return nil }
    return (values, end)
  }

  /// The offset past the bracketed label after a ratio part (`（政府）`, ` (Government)`), or `i` if there is none.
  private func labelEnd(after i: Int) -> Int {
    let open = skipSpaces(from: i)
    guard self[open] == "(" || self[open] == "（" else { return i }
    var j = open + 1
    while let c = self[j], j - open <= 30 {
      if c == ")" || c == "）" { return j > open + 1 ? j + 1 : i }
      if c == "(" || c == "（" || c.isNewline { return i }
      j += 1
    }
    return i
  }

  /// The qualifier written just before `start`, and the offset where its word begins.
  /// `words` must be sorted longest first, so `不超過` wins over `超過` and `no more than` over `more than`.
  /// English words need a space before the figure and must not be the end of a longer word.
  func qualifier(before start: Int, words: [(word: String, qualifier: Qualifier)], english: Bool) -> (Qualifier, Int)? {
    var end = start
    while self[end - 1]?.isSpace == true { end -= 1 }
    if english && end == start { return nil }
    for (word, qualifier) in words {
      let begin = end - word.count
      guard begin >= 0, has(word, at: begin, ignoringCase: true) else { continue }
      if english, self[begin - 1]?.isLetter == true { continue }
      return (qualifier, begin)
    }
    return nil
  }

  /// The figure written from `start` to `end`, with its qualifier word if there is one.
  func figure(_ kind: FigureKind, _ start: Int, _ end: Int, values: [Decimal], qualifier: (Qualifier, Int)?)
    -> FoundFigure
  {
    let offset = qualifier?.1 ?? start
    return FoundFigure(
      kind: kind,
      amount: Amount(written: string(start..<end), values: values, qualifier: qualifier?.0),
      offset: offset,
      length: end - offset
    )
  }
}

/// A number in Arabic digits, as read by `ScannedText.arabicNumber(at:spaceGroups:)`.
struct ArabicNumber {
  var value: Decimal
  var end: Int
  /// Four bare digits from 1900 to 2099: a year, not a count.
  var isYear: Bool
  var hasFraction: Bool
}

extension Character {
  /// The value of an ASCII or full-width digit.
  var digitValue: Int? {
    guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return nil }
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  var isASCIILetter: Bool { isASCII && isLetter }

  var isSpace: Bool { self == " " || self == "\u{3000}" }
}

extension Decimal {
  /// 10 to the power `exponent`, exactly.
  static func tenToThe(_ exponent: Int) -> Decimal {
    Decimal(sign: .plus, exponent: exponent, significand: 1)
  }
}
