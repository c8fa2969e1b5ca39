import Foundation

extension Decimal {
  /// The value written out in full, as `NSDecimalNumber.stringValue` writes it (`3000000000`,
  /// `0.05`, `-2.5`: no exponent, no grouping, no trailing zero after the point), after moving
  /// the decimal point `scale` places to the left (`exactText(scale: 9)` of 3,500,000,000 is
  /// `3.5`). Exact, and without Foundation's division and string conversion when the digits fit
  /// in 64 bits, as those of figures do: pages and open data write many thousands of them.
  public func exactText(scale: Int = 0) -> String {
    let significand = significand
    let whole = NSDecimalNumber(decimal: significand).uint64Value
    guard isFinite, Decimal(whole) == significand else {
      let scaled = scale == 0 ? self : self / Decimal(sign: .plus, exponent: scale, significand: 1)
      return NSDecimalNumber(decimal: scaled).stringValue
    }
    if whole == 0 { return "0" }
    var digits = whole
    var exponent = self.exponent - scale
    while exponent < 0, digits % 10 == 0 {
      digits /= 10
      exponent += 1
    }
    var text = String(digits)
    if exponent >= 0 {
      text += String(repeating: "0", count: exponent)
    } else if text.utf8.count > -exponent {
      text.insert(".", at: text.index(text.endIndex, offsetBy: exponent))
    } else {
      text = "0." + String(repeating: "0", count: -exponent - text.utf8.count) + text
    }
    return sign == .minus ? "-" + text : text
  }
}
