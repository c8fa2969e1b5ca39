/// What identifies a heading across slides, so that an overview entry and the heading of its
/// slides match by their words: `新型工業加速計劃（NIAS）` and `新型工業加速計劃`,
/// `NEW INDUSTRIALISATION` and `New industrialisation`. (Enumerators are already gone: the
/// lexer takes them off.)
enum HeadingKey {
  /// The text without spaces, markup or brackets, full-width forms as ASCII, letters in lower
  /// case, and without a trailing abbreviation in parentheses.
  static func of(_ scalars: [Unicode.Scalar]) -> String {
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(scalars.count)
    for scalar in withoutAbbreviation(scalars) {
      var scalar = scalar
      if (0xFF01...0xFF5E).contains(scalar.value) { scalar = Unicode.Scalar(scalar.value - 0xFEE0)! }
      if LineLexer.isSpace(scalar) || scalar == "*" || brackets.contains(scalar) { continue }
      if ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32)! }
      kept.append(scalar)
    }
    return String(scalars: kept)
  }

  /// The text without `(NIAS)` or `（NIAS）` at its end: capitals, digits or `&` in parentheses.
  private static func withoutAbbreviation(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    var end = scalars.count
    while end > 0, LineLexer.isSpace(scalars[end - 1]) { end -= 1 }
    guard end > 0, scalars[end - 1] == ")" || scalars[end - 1] == "）",
      let open = scalars[..<end].lastIndex(where: { $0 == "(" || $0 == "（" }), open > 0, open < end - 2,
      scalars[(open + 1)..<(end - 1)].allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "&" })
    else { return scalars[...] }
    return scalars[..<open]
  }

  private static let brackets: Set<Unicode.Scalar> = ["【", "】", "〔", "〕", "［", "］", "[", "]", "「", "」"]
}
