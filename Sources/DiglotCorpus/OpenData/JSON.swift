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
    var text = ""
    write(into: &text, indent: indent)
    return text
  }

  /// `serialized()` of `.array(Array(elements))` as UTF-8 bytes, each element made as it is
  /// written, so that a long array is never held whole as values, nor as text and bytes at once.
  public static func serializedArray(_ elements: some Sequence<JSON>) -> [UInt8] {
    var bytes: [UInt8] = []
    for element in elements {
      var text = bytes.isEmpty ? "[\n  " : ",\n  "
      element.write(into: &text, indent: 1)
      bytes += text.utf8
    }
    bytes += (bytes.isEmpty ? "[]" : "\n]").utf8
    return bytes
  }

  /// Appends `serialized(indent:)`, written in place: a large value is not joined level by level.
  private func write(into text: inout String, indent: Int) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .string(let value): text += JSON.quoted(value)
    case .array(let values):
      guard !values.isEmpty else {
        text += "[]"
        return
      }
      text += "[\n"
      for (index, value) in values.enumerated() {
        if index > 0 { text += ",\n" }
        Self.pad(&text, indent + 1)
        value.write(into: &text, indent: indent + 1)
      }
      text += "\n"
      Self.pad(&text, indent)
      text += "]"
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{\n"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { text += ",\n" }
        Self.pad(&text, indent + 1)
        text += JSON.quoted(key)
        text += ": "
        value.write(into: &text, indent: indent + 1)
      }
      text += "\n"
      Self.pad(&text, indent)
      text += "}"
    }
  }

  private static func pad(_ text: inout String, _ indent: Int) {
    for _ in 0..<indent { text += "  " }
  }

  private static func quoted(_ string: String) -> String { JSONText.quoted(string) }
}
