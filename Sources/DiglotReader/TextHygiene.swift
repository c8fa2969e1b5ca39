import DiglotModel

/// Keeps characters that cannot be seen out of the text: bidirectional controls, zero-width
/// characters, other format characters (Unicode category Cf) and control characters. They would
/// reach titles, headings, addresses and feeds unseen, and can make text read other than it shows.
enum TextHygiene {
  /// Whether a scalar is removed from text.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    // Most text, checked first. A line of these alone is known to be clean as it is decoded.
    case 0x20...0x7E, 0x3000...0xFEFE: return false
    case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F: return true  // control characters, except the tab
    // The format characters (Cf) of the Basic Multilingual Plane, listed so that text is checked
    // without a lookup per character (a test compares the list with Unicode's data).
    case 0xAD, 0x600...0x605, 0x61C, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0x180E, 0x200B...0x200F,
      0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
      return true
    case ..<0x10000: return false
    default: return isFormat(scalar)
    }
  }

  /// Whether a scalar is a format character (Cf), by Unicode's data. Out of line: where this lookup
  /// is inlined, its caller fetches the type information it needs on every call.
  @inline(never)
  private static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .format
  }

  /// The line without its invisible characters, the column each remaining scalar stood at
  /// (nil when nothing was removed), and a note saying what was removed. Form feeds that start
  /// the line stay: they mark a new page, which the lexer reads.
  static func clean(_ line: [Unicode.Scalar], number: Int, file: String) -> (
    [Unicode.Scalar], columns: [Int]?, note: Diagnostic?
  ) {
    var pageBreaks = 0
    while pageBreaks < line.count, line[pageBreaks] == "\u{0C}" { pageBreaks += 1 }
    var index = pageBreaks
    while index < line.count, !isInvisible(line[index]) { index += 1 }
    guard index < line.count else { return (line, nil, nil) }
    let first = index
    var kept: [Unicode.Scalar] = []
    var columns: [Int] = []
    var removed: [Unicode.Scalar] = []
    kept.reserveCapacity(line.count)
    columns.reserveCapacity(line.count)
    for (index, scalar) in line.enumerated() {
      if index >= pageBreaks && isInvisible(scalar) {
        removed.append(scalar)
      } else {
        kept.append(scalar)
        columns.append(index + 1)
      }
    }
    var kinds: [Unicode.Scalar] = []
    for scalar in removed where !kinds.contains(scalar) { kinds.append(scalar) }
    let what =
      removed.count == 1
      ? "an invisible character" : "\(removed.count) invisible characters"
    let note = Diagnostic(
      .note, "removed \(what) from the text: \(kinds.map(describe).joined(separator: ", "))", file: file,
      position: SourcePosition(line: number, column: first + 1))
    return (kept, columns, note)
  }

  /// `U+202E RIGHT-TO-LEFT OVERRIDE`.
  static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    guard let name = scalar.properties.name ?? scalar.properties.nameAlias else { return code }
    return code + " " + name
  }
}
