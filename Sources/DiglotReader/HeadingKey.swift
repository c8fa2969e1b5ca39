import Foundation

/// What identifies a heading across slides, so that an overview entry and the heading of its
/// slides match by their words: `新型工業加速計劃（NIAS）` and `新型工業加速計劃`,
/// `NEW INDUSTRIALISATION` and `New industrialisation`, and a heading continued on the next slide,
/// `人工智能（續）` and `人工智能`. (Enumerators are already gone: the lexer takes them off.)
struct HeadingKey: Hashable {
  /// The key's text in UTF-8, in Unicode's composed form (NFC): keys that read the same, as
  /// strings compare, are the same bytes, and are compared and hashed as bytes, far faster than
  /// strings of Chinese are.
  private let bytes: [UInt8]

  /// The key of a unit that heads nothing.
  static let none = HeadingKey(bytes: [])

  static func == (a: HeadingKey, b: HeadingKey) -> Bool { a.bytes == b.bytes }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  /// The key of a heading's text: without spaces, markup or brackets, full-width forms as ASCII,
  /// letters in lower case, and without a trailing continuation mark or abbreviation in parentheses.
  static func of(_ scalars: [Unicode.Scalar]) -> HeadingKey {
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(scalars.count)
    for scalar in withoutAbbreviation(withoutContinuation(scalars[...])) {
      var scalar = scalar
      if (0xFF01...0xFF5E).contains(scalar.value) { scalar = Unicode.Scalar(scalar.value - 0xFEE0)! }
      if LineLexer.isSpace(scalar) || scalar == "*" || isBracket(scalar) { continue }
      if ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32)! }
      kept.append(scalar)
    }
    let text = String(scalars: kept)
    let composed = kept.allSatisfy(isComposed) ? text : text.precomposedStringWithCanonicalMapping
    return HeadingKey(bytes: Array(composed.utf8))
  }

  /// Whether a scalar is in composed form whatever stands around it: ASCII, CJK ideographs and
  /// punctuation (but not the ideographic tone marks, which combine), full-width forms.
  private static func isComposed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x7F, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF: true
    default: false
    }
  }

  /// The text without `(NIAS)` or `（NIAS）` at its end: capitals, digits or `&` in parentheses.
  private static func withoutAbbreviation(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    withoutBracketed(scalars) { inside in
      !inside.isEmpty && inside.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "&" }
    }
  }

  /// The text without the mark of a heading continued from the slide before at its end:
  /// `（續）`, `(cont'd)`, `(Continued)`.
  private static func withoutContinuation(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    withoutBracketed(scalars) { inside in
      continuationMarks.contains(String(String.UnicodeScalarView(inside)).lowercased())
    }
  }

  /// What the parentheses of a continued heading hold, in lower case.
  private static let continuationMarks: Set<String> = ["續", "续", "cont'd", "cont’d", "contd", "cont.", "continued"]

  /// The text without its last parentheses, if they end it, something comes before them, and
  /// `removes` says so of what they hold.
  private static func withoutBracketed(
    _ scalars: ArraySlice<Unicode.Scalar>, removes: (ArraySlice<Unicode.Scalar>) -> Bool
  ) -> ArraySlice<Unicode.Scalar> {
    var end = scalars.endIndex
    while end > scalars.startIndex, LineLexer.isSpace(scalars[end - 1]) { end -= 1 }
    guard end > scalars.startIndex, scalars[end - 1] == ")" || scalars[end - 1] == "）",
      let open = scalars[..<end].lastIndex(where: { $0 == "(" || $0 == "（" }), open > scalars.startIndex,
      removes(scalars[(open + 1)..<(end - 1)])
    else { return scalars }
    return scalars[..<open]
  }

  private static func isBracket(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "【", "】", "〔", "〕", "［", "］", "[", "]", "「", "」": true
    default: false
    }
  }
}
