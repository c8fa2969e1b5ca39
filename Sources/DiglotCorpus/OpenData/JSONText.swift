/// Text for JSON, written by hand so that output is stable and fast to make.
public enum JSONText {
  /// A JSON string literal, UTF-8 characters as they are; also valid JavaScript (U+2028 and
  /// U+2029 are escaped), so the search index can be loaded as a script.
  public static func quoted(_ text: String) -> String {
    // Most text needs no escape: checking the bytes is far quicker than copying scalar by scalar
    // (0xE2 starts U+2028 and U+2029, and other characters, which take the long way).
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
      return "\"" + text + "\""
    }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
