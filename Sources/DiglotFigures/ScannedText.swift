import DiglotModel
import Foundation

/// The characters of one text, with the look-ups both scanners share. Offsets count characters.
///
/// Each character is held as one scalar, so the scanners compare integers rather than strings:
/// a character of one scalar as itself, a character of several (`é` written with a combining
/// accent, `👩‍💻`) as a stand-in with the properties the scanners look at.
struct ScannedText {
  let scalars: [Unicode.Scalar]
  /// Where each character starts in the text, and its end last, when some character is not one
  /// scalar; empty when `scalars` are the text's own scalars.
  private let characterStarts: [String.Index]
  private let text: String

  /// The characters of a text given as its scalars.
  init(_ scalars: [Unicode.Scalar]) {
    guard scalars.isOneCharacterEach else {
      self.init(String(scalars: scalars))
      return
    }
    self.init(scalars: scalars, characterStarts: [], text: "")
  }

  private init(scalars: [Unicode.Scalar], characterStarts: [String.Index], text: String) {
    self.scalars = scalars
    self.characterStarts = characterStarts
    self.text = text
  }

  init(_ text: String) {
    self.text = text
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard scalar.isAlwaysOneCharacter else {
        self.scalars = text.map(\.scannedScalar)
        characterStarts = Array(text.indices) + [text.endIndex]
        return
      }
      scalars.append(scalar)
    }
    self.scalars = scalars
    characterStarts = []
  }

  var count: Int { scalars.count }

  /// The character at `i`, or nil outside the text.
  subscript(i: Int) -> Unicode.Scalar? {
    i >= 0 && i < scalars.count ? scalars[i] : nil
  }

  /// The text of the characters in `range`, in time proportional to its length.
  func string(_ range: Range<Int>) -> String {
    guard !characterStarts.isEmpty else { return String(scalars: scalars[range]) }
    return String(text[characterStarts[range.lowerBound]..<characterStarts[range.upperBound]])
  }

  /// Whether `word` is written at `i`, letters compared case-insensitively if asked.
  func has(_ word: String, at i: Int, ignoringCase: Bool = false) -> Bool {
    has(word.unicodeScalars, at: i, ignoringCase: ignoringCase)
  }

  func has(_ word: some Sequence<Unicode.Scalar>, at i: Int, ignoringCase: Bool = false) -> Bool {
    var j = i
    for c in word {
      guard let d = self[j], d.reads(as: c, ignoringCase: ignoringCase) else { return false }
      j += 1
    }
    return true
  }

  /// The first offset at or after `i` that is not a space (ASCII, no-break or full-width).
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
    var i = start
    var leadingValue = 0
    var isZero = true
    while let d = self[i]?.digitValue {
      if i - start < 4 { leadingValue = leadingValue * 10 + d }
      isZero = isZero && d == 0
      i += 1
    }
    let leading = i - start
    guard leading > 0 else { return nil }
    var digitCount = leading
    var separator: Unicode.Scalar?
    if leading <= 3 {
      while let c = self[i], c == "," || (spaceGroups && c == " "), (separator ?? c) == c, hasThreeDigits(at: i + 1) {
        separator = c
        isZero = isZero && (1...3).allSatisfy { self[i + $0]?.digitValue == 0 }
        digitCount += 3
        i += 4
      }
    }
    var fractionDigits = 0
    if self[i] == ".", self[i + 1]?.digitValue != nil {
      i += 1
      while let d = self[i]?.digitValue {
        isZero = isZero && d == 0
        fractionDigits += 1
        i += 1
      }
    }
    // Decimal holds 38 digits; a longer run is not a figure anyone wrote.
    guard digitCount + fractionDigits <= 30 else { return nil }
    return ArabicNumber(
      start: start,
      end: i,
      fractionDigits: fractionDigits,
      isYear: separator == nil && fractionDigits == 0 && leading == 4 && (1900...2099).contains(leadingValue),
      isZero: isZero
    )
  }

  private func hasThreeDigits(at j: Int) -> Bool {
    self[j]?.digitValue != nil && self[j + 1]?.digitValue != nil && self[j + 2]?.digitValue != nil
      && self[j + 3]?.digitValue == nil
  }

  /// The value of a number read by `arabicNumber(at:spaceGroups:)`: its digits, less separators, as one
  /// significand.
  func value(of number: ArabicNumber) -> Decimal {
    Decimal(sign: .plus, exponent: -number.fractionDigits, significand: digits(number.start..<number.end).value)
  }

  /// The digits in `range`, Arabic or Chinese, as one whole number; separators and a decimal point
  /// are passed over.
  func digits(_ range: Range<Int>) -> DigitAccumulator {
    var digits = DigitAccumulator()
    for c in scalars[range] {
      if let digit = c.digitValue ?? c.chineseDigitValue { digits.append(digit) }
    }
    return digits
  }

  /// Reads a ratio at `start`: Arabic numbers joined by `:` or `：`, each with an optional label in
  /// brackets — `1:2`, `1（政府）：2（公司）`, `1 (Government):2 (Company)`.
  func ratio(at start: Int) -> (values: [Decimal], end: Int)? {
    var parts: [ArabicNumber] = []
    var end = start
    var i = start
    while let part = arabicNumber(at: i, spaceGroups: false) {
      end = labelEnd(after: part.end)
      let colon = skipSpaces(from: end)
      let hasColon = self[colon] == ":" || self[colon] == "："
      // Most numbers have no colon after them, and are ruled out before an array is made for the parts.
      guard hasColon || !parts.isEmpty else { return nil }
      parts.append(part)
      guard hasColon else { break }
      i = skipSpaces(from: colon + 1)
    }
    // `10:30am` is a time, not a ratio.
    guard parts.count >= 2, self[end]?.isASCIILetter != true else { return nil }
    return (parts.map(value(of:)), end)
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
  /// English words need a space before the figure and must not be the end of a longer word.
  func qualifier(before start: Int, words: QualifierWords, english: Bool) -> (Qualifier, Int)? {
    var end = start
    while self[end - 1]?.isSpace == true { end -= 1 }
    if english && end == start { return nil }
    guard let last = self[end - 1], words.lastLetters.contains(last.lowercasedLetter) else { return nil }
    for word in words.words {
      // The last letters are compared first: most words end otherwise, and are passed over at once.
      let begin = end - word.scalars.count
      guard begin >= 0, last.reads(as: word.last, ignoringCase: true),
        has(word.scalars, at: begin, ignoringCase: true)
      else { continue }
      if english, self[begin - 1]?.isLetter == true { continue }
      return (word.qualifier, begin)
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
      length: end - offset,
      writtenOffset: start
    )
  }
}

/// A number in Arabic digits, as read by `ScannedText.arabicNumber(at:spaceGroups:)`; its value is
/// worked out only for a figure, by `ScannedText.value(of:)`.
struct ArabicNumber: Equatable {
  var start: Int
  var end: Int
  var fractionDigits: Int
  /// Four bare digits from 1900 to 2099: a year, not a count.
  var isYear: Bool
  var isZero: Bool
  var hasFraction: Bool { fractionDigits > 0 }
}

/// A qualifier word and what it means.
struct QualifierWord {
  var scalars: [Unicode.Scalar]
  var qualifier: Qualifier
  var last: Unicode.Scalar { scalars[scalars.count - 1] }
}

/// The qualifier words of one language.
struct QualifierWords {
  /// The words, longest first, so `不超過` wins over `超過` and `no more than` over `more than`.
  let words: [QualifierWord]
  /// The last letters of the words, lower-cased: most figures follow a letter that is none of
  /// them, and are told so without going through the words.
  let lastLetters: [Unicode.Scalar]

  init(_ table: [(String, Qualifier)]) {
    words = table.map { QualifierWord(scalars: Array($0.0.unicodeScalars), qualifier: $0.1) }
      .sorted { $0.scalars.count > $1.scalars.count }
    var lastLetters: [Unicode.Scalar] = []
    for word in words where !lastLetters.contains(word.last.lowercasedLetter) {
      lastLetters.append(word.last.lowercasedLetter)
    }
    self.lastLetters = lastLetters
  }
}

extension Character {
  /// The one scalar `ScannedText` holds for this character: its own scalar, the unified ideograph a
  /// CJK compatibility ideograph is the same character as (U+F978 is 兩), or for a character of
  /// several scalars a stand-in that, like the character, is no digit and no mark the scanners look
  /// for, and is a letter or a line break if the character is.
  var scannedScalar: Unicode.Scalar {
    let first = unicodeScalars.first!
    guard unicodeScalars.count == 1 else {
      if first.properties.isAlphabetic { return "\u{AA}" }  // ª, a letter outside ASCII
      return first.isNewline ? first : "\u{FFFC}"  // the object replacement character
    }
    switch first.value {
    case 0xF900...0xFAFF, 0x2F800...0x2FA1F:
      let unified = String(first).decomposedStringWithCanonicalMapping.unicodeScalars
      return unified.count == 1 ? unified.first! : first
    default:
      return first
    }
  }
}

extension [Unicode.Scalar] {
  /// Whether each scalar makes a character by itself (`isAlwaysOneCharacter`), so that offsets
  /// in scalars are offsets in characters.
  public var isOneCharacterEach: Bool {
    areAllCommon || allSatisfy(\.isAlwaysOneCharacter)
  }

  /// Whether all scalars are printable ASCII or CJK ideographs, as most English texts are: a
  /// quicker test than `isAlwaysOneCharacter`, made without a branch per scalar (`&`, not `&&`) so
  /// that the compiler can test several scalars at once. (A test of more blocks is not made so.)
  private var areAllCommon: Bool {
    var uncommon: UInt32 = 0
    for scalar in self {
      let value = scalar.value
      uncommon |= (value &- 0x20 < 0x5F ? 0 : 1) & (value &- 0x4E00 < 0x5200 ? 0 : 1)
    }
    return uncommon == 0
  }
}

extension Unicode.Scalar {
  /// Whether this scalar is one of those that, in a text written with them only, make a character
  /// each, so that scalars can be taken for characters: ASCII and Latin letters, punctuation, symbols,
  /// kana, CJK ideographs and full-width forms. Combining marks, joiners, variation selectors, CR
  /// (which joins a following LF), Hangul jamo and regional indicators are left out, and so are CJK
  /// compatibility ideographs, for `scannedScalar` to replace.
  public var isAlwaysOneCharacter: Bool {
    switch value {
    case 0x20...0x7E, 0x4E00...0x9FFF: true
    case 0x0D: false
    case 0x00...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2BFF: true
    case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF: true
    case 0xFF00...0xFF9D: true
    default: false
    }
  }

  /// The value of an ASCII or full-width digit.
  var digitValue: Int? {
    switch value {
    case 0x30...0x39: Int(value - 0x30)
    case 0xFF10...0xFF19: Int(value - 0xFF10)
    default: nil
    }
  }

  var isLetter: Bool {
    isASCII ? isASCIILetter : isAlphabeticOutsideASCII
  }

  /// Kept out of line: `properties` has a size known only at run time, and a function that reads
  /// it looks that size up on every call, even when the scalar it is asked about is ASCII.
  @inline(never) private var isAlphabeticOutsideASCII: Bool { properties.isAlphabetic }

  var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

  /// A space, a no-break space or a full-width space.
  var isSpace: Bool { self == " " || self == "\u{A0}" || self == "\u{3000}" }

  var isNewline: Bool {
    switch value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The scalar as a lower-case ASCII letter if it is one: `A` and `a` are `a`, and the Kelvin sign,
  /// the same character as `K`, is `k`. Other scalars are returned as they are.
  var lowercasedLetter: Unicode.Scalar {
    switch value {
    case 0x41...0x5A: Unicode.Scalar(value + 0x20)!
    case 0x212A: "k"
    default: self
    }
  }

  /// Whether this scalar of a text is the character `c` of a word looked for, ignoring case if asked.
  func reads(as c: Unicode.Scalar, ignoringCase: Bool) -> Bool {
    if self == c { return true }
    if ignoringCase { return lowercasedLetter == c.lowercasedLetter }
    return self == "\u{212A}" && c == "K"
  }
}

/// A whole number written digit by digit (at most 36 digits), read into integers 18 digits at a
/// time rather than with a decimal multiplication for every digit.
struct DigitAccumulator {
  private var high: UInt64 = 0  // the number is high × 10^18 + low
  private var low: UInt64 = 0

  /// Adds `digit` after the digits so far.
  mutating func append(_ digit: Int) {
    // Times ten, the top digit of `low` carries into `high`.
    high = high * 10 + low / 100_000_000_000_000_000
    low = low % 100_000_000_000_000_000 * 10 + UInt64(digit)
  }

  var value: Decimal {
    high == 0 ? Decimal(low) : Decimal(high).timesTenToThe(18) + Decimal(low)
  }

  /// The number, if it is less than 10¹⁸.
  var integerValue: UInt64? { high == 0 ? low : nil }
}

extension Decimal {
  /// This number times 10 to the power `exponent`, made by moving its exponent: as exact as
  /// multiplying, and far cheaper.
  func timesTenToThe(_ exponent: Int) -> Decimal {
    Decimal(sign: sign, exponent: self.exponent + exponent, significand: significand)
  }
}
