import Foundation
import Testing

@testable import DiglotFigures

@Suite struct NumeralValueTests {
  /// Chinese numerals are added up in integers; the `Decimal` built from them must be the very one
  /// that adding up `Decimal`s gives, to the bit (so that it is equal and hashes the same), for
  /// numerals with trailing zeros, 萬, 億 and 萬億, fractions with 點, and numbers too big for the
  /// integers.
  @Test func integerSumsAreTheDecimalSums() {
    let numbers = [
      "一", "二十五", "四百", "一萬三千", "三點五", "三點五零", "零點零五", "兩千零五", "十二", "九千九百九十九",
      "0.5", "30", "1,000", "1.80", "12.500", "3,400", "7.11", "0.000", "100", "1,000,000,000",
      "9999999999", "99999999999999999999", "1234567890123456789.5", "18446744073709551615",
    ]
    let scales = ["", "萬", "億", "萬億", "多", "萬多"]
    var texts: [String] = []
    for first in numbers {
      for scale in scales { texts.append(first + scale) }
      for second in numbers {
        texts += [first + "萬" + second, first + "億" + second, first + "億" + second + "萬", first + "萬億" + second + "億"]
      }
    }
    var compared = 0
    var overflowed = 0
    for text in texts {
      let scanned = ScannedText(text)
      guard let run = scanned.numeral(at: 0) else { continue }
      let value = scanned.value(of: run)
      let decimalSum = scanned.sum(of: run, as: Decimal.self)
      #expect(value.map(bytes) == decimalSum.map(bytes), "\(text)")
      #expect(value?.hashValue == decimalSum?.hashValue, "\(text)")
      if value != nil { compared += 1 }
      if scanned.sum(of: run, as: IntegerSum.self)?.overflowed == true { overflowed += 1 }
    }
    #expect(compared > 1_500)
    #expect(overflowed > 100)
  }

  private func bytes(_ value: Decimal) -> [UInt8] {
    withUnsafeBytes(of: value) { Array($0) }
  }
}
