/// A problem found in an input or a template, reported as `path:line:column: severity: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case error, warning, note
  }

  public var severity: Severity
  public var file: String
  public var position: SourcePosition
  public var message: String

  public init(_ severity: Severity, _ message: String, file: String, position: SourcePosition) {
    self.severity = severity
    self.message = message
    self.file = file
    self.position = position
  }

  public init(_ severity: Severity, _ message: String, at range: SourceRange) {
    self.init(severity, message, file: range.file, position: range.start)
  }

  /// The compiler format editors and CI jump to, on one line whatever the file is called.
  public var description: String {
    "\(file.escapedForDisplay):\(position.line):\(position.column): \(severity.rawValue): \(message)"
  }

  /// Sorts diagnostics by file, then position, then message, as they are printed.
  public static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
    list.sorted {
      ($0.file, $0.position.line, $0.position.column, $0.message)
        < ($1.file, $1.position.line, $1.position.column, $1.message)
    }
  }
}
