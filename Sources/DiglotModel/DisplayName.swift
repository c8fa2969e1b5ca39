extension String {
  /// The string as a file name is printed in a message: control and invisible format characters
  /// (a newline, a tab, a right-to-left override) written as `\n`, `\t`, `\u{202E}`, so that a
  /// name can neither split a diagnostic line nor disguise itself. Other text is kept as it is.
  public var escapedForDisplay: String {
    guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where Self.needsEscape(scalar):
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    // Printable ASCII, most of every path, is answered without looking up the category.
    if (0x20...0x7E).contains(scalar.value) { return false }
    return switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: true
    default: false
    }
  }
}
