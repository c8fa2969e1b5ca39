/// A position in a source file: 1-based line, and 1-based column counted in characters,
/// so a Chinese character is one column.
public struct SourcePosition: Hashable, Comparable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// Where a node stands in its source file: from `start` up to and including `end`.
public struct SourceRange: Hashable, Sendable {
  public var file: String
  public var start: SourcePosition
  public var end: SourcePosition

  public init(file: String, start: SourcePosition, end: SourcePosition) {
    self.file = file
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  /// `@line:column-line:column`, as printed by tree dumps.
  public var compactDescription: String {
    "@\(start.line):\(start.column)-\(end.line):\(end.column)"
  }
}
