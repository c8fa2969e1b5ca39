import Foundation

extension SourcePosition {
  /// Where `"needle"` first stands, quoted, in `text` (1:1 if nowhere or not given): for JSON
  /// files, whose parser gives no positions.
  public static func ofQuoted(_ needle: String?, in text: String) -> SourcePosition {
    guard let needle, let range = text.range(of: "\"\(needle)\"") else { return SourcePosition(line: 1, column: 1) }
    let before = text[..<range.lowerBound]
    let line = before.count { $0 == "\n" } + 1
    let column =
      before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
    return SourcePosition(line: line, column: column)
  }
}
