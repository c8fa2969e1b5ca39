import DiglotFigures
import DiglotModel
import Foundation
import Testing

/// Random amounts, written the ways Chinese and English slides write them, read back to the same
/// value and paired as agreeing. The writers here are independent of the scanners: each case draws
/// an integer first and only then writes it, so a parsing error cannot cancel out.
@Suite struct FigurePropertyTests {
  static let cases = 3000

  @Test func moneyReadsBackInBothLanguagesAndAgrees() throws {
    var random = SplitMix64(seed: 1)
    for _ in 0..<Self.cases {
      let value = Self.drawMoney(&random)
      let (zhWritten, enWritten) = (Self.chineseMoney(value, &random), Self.englishMoney(value, &random))
      let words = Self.moneyQualifiers.randomElement(using: &random)!
      let zh = try Self.check(.money, zhWritten, value, words.zh, words.qualifier, in: "政府撥款", "推行計劃", english: false)
      let en = try Self.check(
        .money, enWritten, value, words.en, words.qualifier, in: "It will allocate ", " to launch the scheme.",
        english: true)
      #expect(FigurePairing.pair(zh: [zh], en: [en]).map(\.agreement) == [.agree], "\(zhWritten) ↔ \(enWritten)")

      // A different English amount must be caught.
      var other = value
      while other == value { other = Self.drawMoney(&random) }
      let wrong = try Self.check(
        .money, Self.englishMoney(other, &random), other, "", nil, in: "Allocate ", ".", english: true)
      #expect(
        FigurePairing.pair(zh: [zh], en: [wrong]).map(\.agreement) == [.differ],
        "\(zhWritten) ↔ \(wrong.amount.written)")
    }
  }

  @Test func countsReadBackInBothLanguagesAndAgree() throws {
    var random = SplitMix64(seed: 2)
    for _ in 0..<Self.cases {
      let value = Self.drawCount(&random)
      var words = Self.countQualifiers.randomElement(using: &random)!
      let zhWritten: String
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        zhWritten = Self.chineseNumeral(value, &random) + "個"
      case 1:
        zhWritten = Self.grouped(value, ",") + "個"
      case 2:
        zhWritten = "\(value)名"
      default:
        zhWritten = "\(value)多家"
        words = ("", "more than", .over)
      }
      let enWritten: String
      if value < 1000 && Bool.random(using: &random) {
        enWritten = Self.englishWords(value, &random)
      } else {
        enWritten = Self.grouped(value, Bool.random(using: &random) ? "," : " ")
      }
      let zh = try Self.check(.count, zhWritten, value, words.zh, words.qualifier, in: "預計創造", "職位", english: false)
      let en = try Self.check(
        .count, enWritten, value, words.en, words.qualifier, in: "creating ", " jobs.", english: true)
      #expect(FigurePairing.pair(zh: [zh], en: [en]).map(\.agreement) == [.agree], "\(zhWritten) ↔ \(enWritten)")
    }
  }

  @Test func percentagesReadBackInBothLanguagesAndAgree() throws {
    var random = SplitMix64(seed: 3)
    for _ in 0..<Self.cases {
      let whole = Int.random(in: 0...999, using: &random)
      let places = whole == 0 ? Int.random(in: 1...2, using: &random) : Int.random(in: 0...2, using: &random)
      var fraction = places == 0 ? 0 : Int.random(in: 1..<Self.power(places), using: &random)
      if places == 2 && fraction % 10 == 0 { fraction += 1 }
      let value = Decimal(sign: .plus, exponent: -places, significand: Decimal(whole * Self.power(places) + fraction))
      let digits = places == 0 ? "" : String(String(fraction + Self.power(places)).dropFirst())
      let arabic = places == 0 ? "\(whole)" : "\(whole).\(digits)"
      let zhWritten: String
      if Bool.random(using: &random) {
        let chineseDigits = Array("零一二三四五六七八九")
        let wholePart = whole == 0 ? "零" : Self.chineseNumeral(whole, &random)
        zhWritten =
          "百分之" + wholePart + (places == 0 ? "" : "點" + String(digits.map { chineseDigits[$0.wholeNumberValue!] }))
      } else {
        zhWritten = arabic + (Bool.random(using: &random) ? "%" : "％")
      }
      let enWritten = arabic + ["%", " per cent", " percent"].randomElement(using: &random)!
      let zh = try Self.check(.percent, zhWritten, value, "", nil, in: "增長", "，", english: false)
      let en = try Self.check(.percent, enWritten, value, "", nil, in: "a growth of ", " this year", english: true)
      #expect(FigurePairing.pair(zh: [zh], en: [en]).map(\.agreement) == [.agree], "\(zhWritten) ↔ \(enWritten)")
    }
  }

  // MARK: Checking

  /// Scans `before + qualifier + written + after` and expects exactly that one figure back.
  private static func check(
    _ kind: FigureKind, _ written: String, _ value: Decimal, _ qualifierWord: String, _ qualifier: Qualifier?,
    in before: String, _ after: String, english: Bool
  ) throws -> FoundFigure {
    let lead = qualifierWord.isEmpty ? "" : qualifierWord + (english ? " " : "")
    let text = before + lead + written + after
    let found = english ? FigureScanner.english(in: text) : FigureScanner.chinese(in: text)
    let figure = try #require(found.count == 1 ? found.first : nil, "\(text): found \(found.map(\.amount.written))")
    #expect(figure.kind == kind, "\(text)")
    #expect(figure.amount.written == written, "\(text)")
    #expect(figure.amount.values == [value], "\(text): read \(figure.amount.valueString)")
    #expect(figure.amount.qualifier == qualifier, "\(text)")
    #expect(figure.offset == before.count, "\(text)")
    #expect(figure.length == lead.count + written.count, "\(text)")
    return figure
  }

  private static func check(
    _ kind: FigureKind, _ written: String, _ value: Int, _ qualifierWord: String, _ qualifier: Qualifier?,
    in before: String, _ after: String, english: Bool
  ) throws -> FoundFigure {
    try check(kind, written, Decimal(value), qualifierWord, qualifier, in: before, after, english: english)
  }

  // MARK: Drawing

  static let moneyQualifiers: [(zh: String, en: String, qualifier: Qualifier?)] = [
    ("", "", nil), ("", "", nil), ("約", "about", .about), ("大約", "approximately", .about),
    ("約為", "around", .about), ("超過", "over", .over), ("逾", "more than", .over),
    ("不超過", "no more than", .noMoreThan), ("不多於", "not exceeding", .noMoreThan),
    ("不少於", "no less than", .noLessThan), ("至少", "at least", .noLessThan),
    ("最多", "up to", .upTo), ("上限", "up to", .upTo),
  ]

  static let countQualifiers: [(zh: String, en: String, qualifier: Qualifier?)] = [
    ("", "", nil), ("約", "about", .about), ("超過", "over", .over), ("最少", "at least", .noLessThan),
  ]

  /// A money value in HKD, drawn so that it has a natural Chinese form; the form is chosen again when writing.
  static func drawMoney(_ random: inout SplitMix64) -> Int {
    let draw = { (range: ClosedRange<Int>, random: inout SplitMix64) in Int.random(in: range, using: &random) }
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return draw(1...99_999, &random) * power(8)  // 30億
    case 1: return draw(1...9_999, &random) * power(8) + draw(1...99, &random) * power(6)  // 30.25億
    case 2: return draw(1...999, &random) * power(8) + draw(1...9_999, &random) * power(4)  // 1億3,400萬
    case 3: return draw(1...99_999, &random) * power(4)  // 1,600萬
    case 4: return draw(2...9_999_999, &random)  // 3,000元
    default: return Int.random(in: 2..<power(12), using: &random)  // anything, for Chinese numerals
    }
  }

  /// A count from 2 up (一 before a measure word means "a", so 1 is not a count).
  static func drawCount(_ random: inout SplitMix64) -> Int {
    switch Int.random(in: 0..<3, using: &random) {
    case 0: return Int.random(in: 2...99, using: &random)
    case 1: return Int.random(in: 100...999, using: &random)
    default: return Int.random(in: 1_000...99_999_999, using: &random)
    }
  }

  // MARK: Writing

  /// Chinese money: Arabic 億/萬 forms where the value allows them, else (and sometimes anyway) Chinese numerals.
  static func chineseMoney(_ value: Int, _ random: inout SplitMix64) -> String {
    var forms: [String] = []
    if value < power(12) { forms.append(chineseNumeral(value, &random) + "元") }
    if value % power(8) == 0 { forms.append(grouped(value / power(8), randomSeparator(&random)) + "億元") }
    if value >= power(8) && value % power(6) == 0 { forms.append(decimalText(value, power: 8) + "億元") }
    if value > power(8) && value % power(4) == 0 && value % power(8) != 0 {
      forms.append("\(value / power(8))億\(grouped(value % power(8) / power(4), randomSeparator(&random)))萬元")
    }
    if value % power(4) == 0 && value < power(9) {
      forms.append(grouped(value / power(4), randomSeparator(&random)) + "萬元")
    }
    if value < power(8) { forms.append(grouped(value, ",") + "元") }
    let written = forms.randomElement(using: &random)!
    switch Int.random(in: 0..<8, using: &random) {
    case 0: return "港幣" + written
    case 1: return "HK$" + written.dropLast()
    default: return written
    }
  }

  /// English money: `$X billion` or `$X million` with up to two decimals where exact, else whole dollars.
  static func englishMoney(_ value: Int, _ random: inout SplitMix64) -> String {
    var forms = ["\(grouped(value, ","))"]
    if value >= power(9) && value % power(7) == 0 { forms.append(decimalText(value, power: 9) + " billion") }
    if value >= power(6) && value % power(4) == 0 { forms.append(decimalText(value, power: 6) + " million") }
    let sign = Int.random(in: 0..<4, using: &random) == 0 ? "HK$" : "$"
    return sign + forms.randomElement(using: &random)!
  }

  static func randomSeparator(_ random: inout SplitMix64) -> String {
    Bool.random(using: &random) ? "," : ""
  }

  /// `value / 10^power` as the shortest exact decimal, whole part grouped with commas: 7_110_000_000 / 10^9 → `7.11`.
  static func decimalText(_ value: Int, power places: Int) -> String {
    let whole = grouped(value / power(places), ",")
    var fraction = String(String(value % power(places) + power(places)).dropFirst())
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? whole : whole + "." + fraction
  }

  /// `value` with a separator every three digits: `1,000,000`, `13 000`.
  static func grouped(_ value: Int, _ separator: String) -> String {
    var digits = Array(String(value))
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(String(digits), at: 0)
    return groups.joined(separator: separator)
  }

  /// 1 ≤ n < 10^12 in Chinese numerals: 13000 → 一萬三千, 105_000_000 → 一億零五百萬, 12 → 十二;
  /// 2 before 千, 百, 萬 or 億 is written 二 or 兩 at random.
  static func chineseNumeral(_ n: Int, _ random: inout SplitMix64) -> String {
    let sections = [(n / power(8), "億"), (n / power(4) % power(4), "萬"), (n % power(4), "")]
    var out = ""
    var gap = false
    for (part, unit) in sections {
      if part == 0 {
        gap = !out.isEmpty
        continue
      }
      if !out.isEmpty && (gap || part < 1000) { out += "零" }
      var text = chineseBelow10k(part, leading: out.isEmpty, &random)
      if text == "二" && !unit.isEmpty && Bool.random(using: &random) { text = "兩" }
      out += text + unit
      gap = false
    }
    return out
  }

  private static func chineseBelow10k(_ n: Int, leading: Bool, _ random: inout SplitMix64) -> String {
    let digits = Array("零一二三四五六七八九")
    var out = ""
    var pendingZero = false
    var rest = n
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
      let digit = rest / unit
      rest %= unit
      if digit > 0 {
        if pendingZero { out += "零" }
        pendingZero = false
        if !(leading && out.isEmpty && unit == 10 && digit == 1) {
          out.append(digit == 2 && unit >= 100 && Bool.random(using: &random) ? "兩" : digits[digit])
        }
        out += name
      } else if !out.isEmpty && rest > 0 {
        pendingZero = true
      }
    }
    return out
  }

  /// 2 ≤ n ≤ 999 in English words: `twenty-five`, `three hundred and five` (the `and` at random).
  static func englishWords(_ n: Int, _ random: inout SplitMix64) -> String {
    let small = [
      "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    var parts: [String] = []
    if n >= 100 { parts.append(small[n / 100] + " hundred") }
    let rest = n % 100
    if rest > 0 {
      let words = rest < 20 ? small[rest] : tens[rest / 10] + (rest % 10 > 0 ? "-" + small[rest % 10] : "")
      parts.append(n >= 100 && Bool.random(using: &random) ? "and " + words : words)
    }
    return parts.joined(separator: " ")
  }

  static func power(_ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { product, _ in product * 10 }
  }
}

/// SplitMix64 (Steele, Lea and Flood), a small seeded generator, so every run draws the same cases.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
