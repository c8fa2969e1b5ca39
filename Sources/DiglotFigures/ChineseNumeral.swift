import Foundation

/// A run of numeral characters in Chinese text: Arabic numbers, 零〇一二兩三…九, 十百千, 萬億,
/// 點 decimals and 多 — `1億3,400萬`, `四百億`, `一萬三千`, `三點五`, `40多`.
struct NumeralRun {
  /// The offset just past the run.
  var end: Int
  /// The number, or nil when the characters do not form one (`二〇二四`).
  var value: Decimal?
  /// Written with 多 (`40多`, `30多億`): more than the value.
  var isOver: Bool
  /// Just `一`, which before a measure word usually means "a" rather than one.
  var isLoneOne: Bool
  /// One Arabic number and nothing else, which may start a ratio.
  var isArabic: Bool
  /// Whether 萬 or 億 is written in the run.
  var hasBigUnit: Bool
  /// The power of ten of the 萬 (4) or 億 (8) that ends the run, else 0.
  var endingScale: Int
}

private enum NumeralToken: Equatable {
  case number(Decimal)
  case zero
  case unit(Int)
  case wan
  case yi
  case fraction(Decimal)
  case over
}

private let chineseDigits: [Character: Int] = [
  "零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
]
private let smallUnits: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

extension ScannedText {
  /// Reads the numeral run starting at `start`, or nil if no number starts there.
  /// A run starts with a digit or 十 (`十二`); 百, 千, 萬 and 億 never start one, which keeps
  /// words such as 百分之, 千萬 (must) and 萬一 (in case) out.
  func numeral(at start: Int) -> NumeralRun? {
    guard let first = self[start] else { return nil }
    let startsNumber =
      first.digitValue != nil || first == "十"
      || (chineseDigits[first] ?? 0) > 0
      || (chineseDigits[first] == 0 && self[start + 1] == "點")
    guard startsNumber else { return nil }

    var tokens: [NumeralToken] = []
    var i = start
    var readable = true
    while let c = self[i] {
      if c.digitValue != nil {
        guard let number = arabicNumber(at: i, spaceGroups: false) else {
          readable = false
          i = skipDigits(from: i)
          break
        }
        tokens.append(.number(number.value))
        i = number.end
      } else if let digit = chineseDigits[c] {
        // 零 inside a numeral only marks a gap (一萬零五百); at the start it is the 零 of 零點五.
        tokens.append(digit == 0 && !tokens.isEmpty ? .zero : .number(Decimal(digit)))
        i += 1
      } else if let unit = smallUnits[c] {
        tokens.append(.unit(unit))
        i += 1
      } else if c == "萬" || c == "億" {
        tokens.append(c == "萬" ? .wan : .yi)
        i += 1
      } else if c == "點", let (fraction, end) = chineseFraction(at: i + 1) {
        tokens.append(.fraction(fraction))
        i = end
      } else if c == "多", tokens.last != .over, !startsNumeralPart(self[i + 1]) {
        tokens.append(.over)
        i += 1
      } else {
        break
      }
    }
    let isArabic: Bool
    if tokens.count == 1, case .number = tokens[0], first.digitValue != nil {
      isArabic = true
    } else {
      isArabic = false
    }
    let endingScale: Int
    switch tokens.last(where: { $0 != .over }) {
    case .wan: endingScale = 4
    case .yi: endingScale = 8
    default: endingScale = 0
    }
    return NumeralRun(
      end: i,
      value: readable ? Self.value(of: tokens) : nil,
      isOver: tokens.contains(.over),
      isLoneOne: tokens == [.number(1)] && first == "一",
      isArabic: isArabic,
      hasBigUnit: tokens.contains(.wan) || tokens.contains(.yi),
      endingScale: endingScale
    )
  }

  /// Reads the digits after 點 (`五` in `三點五`) as a fraction.
  private func chineseFraction(at start: Int) -> (Decimal, Int)? {
    var digits: [Int] = []
    var i = start
    while let c = self[i], let digit = chineseDigits[c], c != "兩" {
      digits.append(digit)
      i += 1
    }
    guard !digits.isEmpty, digits.count <= 20 else { return nil }
    let significand = digits.reduce(Decimal(0)) { $0 * 10 + Decimal($1) }
    return (Decimal(sign: .plus, exponent: -digits.count, significand: significand), i)
  }

  private func startsNumeralPart(_ c: Character?) -> Bool {
    guard let c else { return false }
    return c.digitValue != nil || chineseDigits[c] != nil || smallUnits[c] != nil
  }

  /// The value of a numeral, read the usual way: 十百千 multiply the digit before them within a
  /// section, 萬 and 億 close a section. Nil for sequences that are not one number (`二〇二四`, `十千`).
  private static func value(of tokens: [NumeralToken]) -> Decimal? {
    var high: Decimal = 0  // the closed 億 and 萬 sections
    var seenWan = false
    var seenYi = false
    var section: Decimal = 0
    var current: Decimal?
    var unitLimit = 10_000  // units within a section must fall: 千 before 百 before 十; 1 after 點
    var hasNumber = false

    func closeSection() -> Decimal? {
      let part = section + (current ?? 0)
      section = 0
      current = nil
      unitLimit = 10_000
      return part > 0 ? part : nil
    }

    for token in tokens {
      switch token {
      case .number(let n):
        guard current == nil else { return nil }
        current = n
        hasNumber = true
      case .zero:
        guard current == nil else { return nil }
      case .unit(let unit):
        guard unit < unitLimit else { return nil }
        section += (current ?? 1) * Decimal(unit)
        current = nil
        unitLimit = unit
        hasNumber = true
      case .wan:
        guard !seenWan, let part = closeSection() else { return nil }
        high += part * .tenToThe(4)
        seenWan = true
      case .yi:
        guard !seenYi, !seenWan, let part = closeSection() else { return nil }
        high += part * .tenToThe(8)
        seenYi = true
      case .fraction(let fraction):
        guard hasNumber, unitLimit != 1 else { return nil }
        current = (current ?? 0) + fraction
        unitLimit = 1
      case .over:
        break
      }
    }
    let total = high + section + (current ?? 0)
    return total > 0 ? total : nil
  }
}
