/// A JSON value with keys kept in the order they are written, so output is stable.
public enum JSON: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
  public static func optional(_ value: Int?) -> JSON { value.map(JSON.int) ?? .null }

  /// Pretty-printed, two-space indented, UTF-8 characters as they are.
  public func serialized(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .string(let value): return JSON.quoted(value)
    case .array(let values):
      guard !values.isEmpty else { return "[]" }
      return "[\n" + values.map { pad + $0.serialized(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      return "{\n"
        + members.map { pad + JSON.quoted($0.0) + ": " + $0.1.serialized(indent: indent + 1) }
        .joined(separator: ",\n") + "\n\(close)}"
    }
  }

  private static func quoted(_ string: String) -> String { JSONText.quoted(string) }
}
