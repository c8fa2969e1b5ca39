/// One run of inline text: plain, strong (`**…**`) or emphasised (`*…*`). Never raw HTML.
public enum Span: Hashable, Sendable {
  case plain(String)
  case strong(String)
  case emphasis(String)

  /// The text of the run without markup.
  public var text: String {
    switch self {
    case .plain(let text), .strong(let text), .emphasis(let text): text
    }
  }
}

/// Text in one language, as runs of spans, with where it came from.
public struct Inline: Hashable, Sendable {
  public var spans: [Span]
  public var range: SourceRange

  public init(spans: [Span], range: SourceRange) {
    self.spans = spans
    self.range = range
  }

  /// The text without markup.
  public var plainText: String { spans.map(\.text).joined() }
}
