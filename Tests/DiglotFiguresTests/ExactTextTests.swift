import DiglotModel
import Foundation
import Testing

/// `Decimal.exactText` writes what Foundation's `NSDecimalNumber.stringValue` writes, the value
/// scaled as Foundation's division scales it, for figures and for what no figure is.
@Suite struct ExactTextTests {
  @Test func writtenOutInFull() {
    #expect(Decimal(string: "3000000000")!.exactText() == "3000000000")
    #expect(Decimal(string: "0.05")!.exactText() == "0.05")
    #expect(Decimal(string: "-2.5")!.exactText() == "-2.5")
    #expect(Decimal(string: "0.000")!.exactText() == "0")
    #expect(Decimal(string: "3500000000")!.exactText(scale: 9) == "3.5")
    #expect(Decimal(string: "10008000000")!.exactText(scale: 8) == "100.08")
    #expect(Decimal(string: "600000")!.exactText(scale: 9) == "0.0006")
    #expect(Decimal(string: "12345678901234567890123456789")!.exactText() == "12345678901234567890123456789")
  }

  @Test func sameAsFoundation() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<20_000 {
      let digits = Decimal(Int64.random(in: -999_999_999_999...999_999_999_999, using: &random))
      let value: Decimal
      switch Int.random(in: 0..<4, using: &random) {
      case 0: value = Decimal(sign: .plus, exponent: Int.random(in: -12...12, using: &random), significand: digits)
      case 1: value = digits * Decimal(sign: .plus, exponent: Int.random(in: -6...9, using: &random), significand: 1)
      case 2: value = digits / Decimal(Int.random(in: 1...9, using: &random))
      default: value = Decimal(Int.random(in: 1...99, using: &random)) * Decimal(string: "1.8")! * 100_000_000
      }
      #expect(value.exactText() == NSDecimalNumber(decimal: value).stringValue, "\(value)")
      let scale = Int.random(in: 0...9, using: &random)
      let scaled = value / Decimal(sign: .plus, exponent: scale, significand: 1)
      #expect(value.exactText(scale: scale) == NSDecimalNumber(decimal: scaled).stringValue, "\(value) scale \(scale)")
    }
  }
}
