import Foundation

/// A run of numeral characters in Chinese text: Arabic numbers, 零〇一二兩三…九, 十百千, 萬億,
/// 點 decimals and 多 — `1億3,400萬`, `四百億`, `一萬三千`, `三點五`, `40多`.
struct NumeralRun {
  /// The offset just past the run.
  var end: Int
  /// The parts of the run, from which `ScannedText.value(of:)` works out its value.
  fileprivate var tokens: [NumeralToken]
  /// False when an Arabic number in the run is too long to read.
  fileprivate var readable: Bool
  /// Written with 多 (`40多`, `30多億`): more than the value.
  var isOver: Bool { tokens.contains(.over) }
  /// Just `一`, which before a measure word usually means "a" rather than one.
  var isLoneOne: Bool
  /// Written from its unit, the one before it left out: `百億` in `過百億元`, `萬` in `逾萬人`.
  var startsWithUnit: Bool
  /// One Arabic number and nothing else, which may start a ratio.
  var isArabic: Bool {
    guard tokens.count == 1, case .arabic = tokens[0] else { return false }
    return true
  }
  /// Whether 萬 or 億 is written in the run.
  var hasBigUnit: Bool { tokens.contains(.wan) || tokens.contains(.yi) }
  /// Whether the run has a fractional part (`0.2`, `三點五`).
  var hasFraction: Bool {
    tokens.contains { token in
      switch token {
      case .arabic(let number): number.hasFraction
      case .fraction: true
      default: false
      }
    }
  }
  /// The power of ten of the 萬 (4), 億 (8) or 萬億 (12) that ends the run, else 0.
  var endingScale: Int {
    let units = tokens.filter { $0 != .over }.suffix(2)
    switch (units.first, units.last) {
    case (.wan, .yi): return 12
    case (_, .wan): return 4
    case (_, .yi): return 8
    default: return 0
    }
  }
}

private enum NumeralToken: Equatable {
  case digit(Int)
  case arabic(ArabicNumber)
  case zero
  /// 十, 百 or 千, as a power of ten.
  case unit(Int)
  case wan
  case yi
  /// The digits after 點, from `start` to `end`.
  case fraction(start: Int, end: Int)
  case over
}

extension Unicode.Scalar {
  /// The value of a Chinese digit: 零〇一二兩三四五六七八九.
  var chineseDigitValue: Int? {
    switch self {
    case "零", "〇": 0
    case "一": 1
    case "二", "兩": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The power of ten of 十, 百 or 千.
  fileprivate var smallUnitPower: Int? {
    switch self {
    case "十": 1
    case "百": 2
    case "千": 3
    default: nil
    }
  }

  /// Whether a numeral run or a Chinese figure may start with this character (see `numeral(at:)`).
  var mayStartChineseNumeral: Bool {
    digitValue != nil || chineseDigitValue != nil || self == "十"
  }

  /// 十, 百, 千, 萬 or 億.
  var isChineseNumeralUnit: Bool {
    self == "十" || self == "百" || self == "千" || self == "萬" || self == "億"
  }
}

extension ScannedText {
  /// Reads the numeral run starting at `start`, or nil if no number starts there.
  /// A run starts with a digit or 十 (`十二`); 百, 千, 萬 and 億 start one only just after 過 or 逾
  /// (`過百億`, `逾萬`), which keeps words such as 百分之, 千萬 (must) and 萬一 (in case) out.
  func numeral(at start: Int) -> NumeralRun? {
    guard let first = self[start] else { return nil }
    let startsWithUnit = first.isChineseNumeralUnit && first != "十"
    guard first.mayStartChineseNumeral || (startsWithUnit && (self[start - 1] == "過" || self[start - 1] == "逾"))
    else { return nil }
    // 零 starts only 零點五.
    guard first.chineseDigitValue != 0 || self[start + 1] == "點" else { return nil }

    // `萬`, `億` on their own are one of them.
    var tokens: [NumeralToken] = []
    tokens.reserveCapacity(4)  // one allocation for most numerals (`40多`, `1億3,400萬`)
    if first == "萬" || first == "億" { tokens.append(.digit(1)) }
    var i = start
    var readable = true
    while let c = self[i] {
      if c.digitValue != nil {
        guard let number = arabicNumber(at: i, spaceGroups: false) else {
          readable = false
          i = skipDigits(from: i)
          break
        }
        tokens.append(.arabic(number))
        i = number.end
      } else if let digit = c.chineseDigitValue {
        // 零 inside a numeral only marks a gap (一萬零五百); at the start it is the 零 of 零點五.
        tokens.append(digit == 0 && !tokens.isEmpty ? .zero : .digit(digit))
        i += 1
      } else if let unit = c.smallUnitPower {
        tokens.append(.unit(unit))
        i += 1
      } else if c == "萬" || c == "億" {
        tokens.append(c == "萬" ? .wan : .yi)
        i += 1
      } else if c == "點", let end = chineseFractionEnd(from: i + 1) {
        tokens.append(.fraction(start: i + 1, end: end))
        i = end
      } else if c == "多", tokens.last != .over, !startsNumeralPart(self[i + 1]) {
        tokens.append(.over)
        i += 1
      } else {
        break
      }
    }
    return NumeralRun(
      end: i, tokens: tokens, readable: readable, isLoneOne: tokens.count == 1 && first == "一",
      startsWithUnit: startsWithUnit)
  }

  /// The offset past the digits after 點 (`五` in `三點五`), or nil if there are none or too many.
  private func chineseFractionEnd(from start: Int) -> Int? {
    var i = start
    while let c = self[i], c.chineseDigitValue != nil, c != "兩" { i += 1 }
    return i > start && i - start <= 20 ? i : nil
  }

  private func startsNumeralPart(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c.digitValue != nil || c.chineseDigitValue != nil || c.smallUnitPower != nil
  }

  /// The value of a numeral, read the usual way: 十百千 multiply the digit before them within a
  /// section, 萬 and 億 close a section. Nil for sequences that are not one number (`二〇二四`, `十千`).
  func value(of run: NumeralRun) -> Decimal? {
    guard run.readable else { return nil }
    // Added up in integers, which costs a small part of adding `Decimal`s; a value too big for
    // them is added up again in `Decimal`s.
    guard let sum = sum(of: run, as: IntegerSum.self) else { return nil }
    return sum.overflowed ? self.sum(of: run, as: Decimal.self) : sum.decimal
  }

  /// The value of a numeral (see `value(of:)`), added up as `Sum`.
  func sum<Sum: NumeralSum>(of run: NumeralRun, as _: Sum.Type) -> Sum? {
    var high = Sum.zero  // the closed 億 and 萬 sections
    var seenWan = false
    var seenYi = false
    var section = Sum.zero
    var current: Sum?
    var unitLimit = 4  // units within a section must fall: 千 before 百 before 十; none after 點
    var hasNumber = false

    func closeSection() -> Sum? {
      let part = section + (current ?? .zero)
      section = .zero
      current = nil
      unitLimit = 4
      return part.isPositive ? part : nil
    }

    for token in run.tokens {
      switch token {
      case .digit(let digit):
        guard current == nil else { return nil }
        current = Sum(digit)
        hasNumber = true
      case .arabic(let number):
        guard current == nil else { return nil }
        current = Sum(digits(number.start..<number.end), exponent: -number.fractionDigits)
        hasNumber = true
      case .zero:
        guard current == nil else { return nil }
      case .unit(let unit):
        guard unit < unitLimit else { return nil }
        section = section + (current ?? Sum(1)).timesTenToThe(unit)
        current = nil
        unitLimit = unit
        hasNumber = true
      case .wan:
        guard !seenWan, let part = closeSection() else { return nil }
        high = high + part.timesTenToThe(4)
        seenWan = true
      case .yi:
        // 億 scales all before it, 萬 included: `1.2萬億` and `1萬2,000億` are 1.2 × 10¹².
        guard !seenYi else { return nil }
        let part = high + (closeSection() ?? .zero)
        guard part.isPositive else { return nil }
        high = part.timesTenToThe(8)
        seenYi = true
        seenWan = false
      case .fraction(let start, let end):
        guard hasNumber, unitLimit != 0 else { return nil }
        current = (current ?? .zero) + Sum(digits(start..<end), exponent: start - end)
        unitLimit = 0
      case .over:
        break
      }
    }
    let total = high + section + (current ?? .zero)
    return total.isPositive ? total : nil
  }
}

/// A number in which `ScannedText.sum(of:as:)` adds up the value of a numeral; never negative.
protocol NumeralSum {
  static var zero: Self { get }
  init(_ digit: Int)
  /// `digits` times 10 to the power `exponent`.
  init(_ digits: DigitAccumulator, exponent: Int)
  static func + (lhs: Self, rhs: Self) -> Self
  func timesTenToThe(_ exponent: Int) -> Self
  var isPositive: Bool { get }
}

extension Decimal: NumeralSum {
  init(_ digits: DigitAccumulator, exponent: Int) {
    self.init(sign: .plus, exponent: exponent, significand: digits.value)
  }

  var isPositive: Bool { self > 0 }
}

/// The value of a numeral as a significand times 10 to the power `exponent`, in integers.
/// `Decimal`s are exact up to 38 digits, so while no sum overflows, the `Decimal` built from the
/// integers is the one that adding up `Decimal`s gives.
struct IntegerSum: NumeralSum {
  var significand: UInt64
  var exponent = 0
  /// Set when the value is too big for the integers; it is then taken to be positive.
  var overflowed = false

  static var zero: IntegerSum { IntegerSum(0) }
  private static var overflow: IntegerSum { IntegerSum(significand: 0, overflowed: true) }

  private init(significand: UInt64, exponent: Int = 0, overflowed: Bool = false) {
    self.significand = significand
    self.exponent = exponent
    self.overflowed = overflowed
  }

  init(_ digit: Int) {
    significand = UInt64(digit)
  }

  init(_ digits: DigitAccumulator, exponent: Int) {
    guard let significand = digits.integerValue else {
      self = .overflow
      return
    }
    self.init(significand: significand, exponent: exponent)
  }

  static func + (lhs: IntegerSum, rhs: IntegerSum) -> IntegerSum {
    let exponent = min(lhs.exponent, rhs.exponent)
    guard !lhs.overflowed, !rhs.overflowed, let left = lhs.significand(at: exponent),
      let right = rhs.significand(at: exponent)
    else { return .overflow }
    let (sum, overflowed) = left.addingReportingOverflow(right)
    return overflowed ? .overflow : IntegerSum(significand: sum, exponent: exponent)
  }

  /// The significand of this value written with `exponent`, no greater than its own, if it fits.
  private func significand(at exponent: Int) -> UInt64? {
    var scaled = significand
    for _ in exponent..<self.exponent where scaled != 0 {
      let (product, overflowed) = scaled.multipliedReportingOverflow(by: 10)
      guard !overflowed else { return nil }
      scaled = product
    }
    return scaled
  }

  func timesTenToThe(_ exponent: Int) -> IntegerSum {
    IntegerSum(significand: significand, exponent: self.exponent + exponent, overflowed: overflowed)
  }

  var isPositive: Bool { overflowed || significand > 0 }

  /// The value as a `Decimal`, built as the `Decimal` of a number in digits is.
  var decimal: Decimal {
    Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
  }
}
