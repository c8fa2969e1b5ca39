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

  /// An array whose elements are made as they are written, so that a long one is never held
  /// whole as values.
  case lazyArray(count: Int, element: @Sendable (Int) -> JSON)

  /// Pretty-printed, two-space indented, UTF-8 characters as they are.
  public func serialized(indent: Int = 0) -> String {
    var writer = Writer(take: nil)
    write(into: &writer, indent: indent)
    return writer.text
  }

  /// `serialized()`, handed to `take` a piece at a time as it is written, until `take` returns
  /// false: a large value is never held whole as text.
  public func serialize(into take: (String) -> Bool) {
    withoutActuallyEscaping(take) { take in
      var writer = Writer(take: take)
      write(into: &writer, indent: 0)
      writer.flush()
    }
  }

  /// Where a value is written: text, handed on in pieces when there is someone to take them.
  private struct Writer {
    var text = ""
    let take: ((String) -> Bool)?
    var isStopped = false

    init(take: ((String) -> Bool)?) {
      self.take = take
    }

    static func += (writer: inout Writer, text: String) { writer.text += text }

    /// Hands on the text written so far, if it is long enough to be a piece.
    mutating func pieceMayEnd() {
      if take != nil && text.utf8.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
      guard let take, !text.isEmpty else { return }
      if !isStopped { isStopped = !take(text) }
      text = ""
    }
  }

  /// Appends `serialized(indent:)`, written in place: a large value is not joined level by level.
  private func write(into text: inout Writer, indent: Int) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .string(let value): text += JSON.quoted(value)
    case .array(let values): Self.write(values.count, { values[$0] }, into: &text, indent: indent)
    case .lazyArray(let count, let element): Self.write(count, element, into: &text, indent: indent)
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

  /// Writes an array of `count` elements, each made by `element` as it is written; the text may
  /// be handed on after each one.
  private static func write(_ count: Int, _ element: (Int) -> JSON, into text: inout Writer, indent: Int) {
    guard count > 0 else {
      text += "[]"
      return
    }
    text += "[\n"
    for index in 0..<count {
      guard !text.isStopped else { return }
      if index > 0 { text += ",\n" }
      pad(&text, indent + 1)
      element(index).write(into: &text, indent: indent + 1)
      text.pieceMayEnd()
    }
    text += "\n"
    pad(&text, indent)
    text += "]"
  }

  private static func pad(_ text: inout Writer, _ indent: Int) {
    for _ in 0..<indent { text += "  " }
  }

  private static func quoted(_ string: String) -> String { JSONText.quoted(string) }
}
