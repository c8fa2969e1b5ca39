import DiglotModel

/// Reads inline Markdown in slide text: `**strong**`, `*emphasis*` and backslash escapes (`\$`).
/// Everything else is literal text: there is no raw HTML.
enum InlineParser {
  struct Parsed {
    var inline: Inline
    /// The text without markup, each scalar with its source position, for locating figures.
    var plain: LocatedText
    var diagnostics: [Diagnostic]
  }

  private enum Token {
    case scalar(Unicode.Scalar, SourcePosition)
    case marker(strong: Bool, SourcePosition)
  }

  static func parse(_ text: LocatedText, file: String) -> Parsed {
    let range =
      text.range(file: file)
      ?? SourceRange(file: file, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
    if !text.scalars.contains(where: { $0 == "*" || $0 == "\\" }) {
      return Parsed(inline: Inline(spans: [.plain(text.string)], range: range), plain: text, diagnostics: [])
    }
    var tokens: [Token] = []
    tokens.reserveCapacity(text.scalars.count)
    let scalars = text.scalars
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let position = text.positions[index]
      if scalar == "\\", index + 1 < scalars.count, isEscapable(scalars[index + 1]) {
        tokens.append(.scalar(scalars[index + 1], text.positions[index + 1]))
        index += 2
      } else if scalar == "*" {
        let strong = index + 1 < scalars.count && scalars[index + 1] == "*"
        let width = strong ? 2 : 1
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + width < scalars.count ? scalars[index + width] : " "
        if LineLexer.isSpace(before) && LineLexer.isSpace(after) {
          // A lone `*` between spaces is text (a multiplication sign or a footnote mark).
          for offset in 0..<width { tokens.append(.scalar("*", text.positions[index + offset])) }
        } else {
          tokens.append(.marker(strong: strong, position))
        }
        index += width
      } else {
        tokens.append(.scalar(scalar, position))
        index += 1
      }
    }

    var diagnostics: [Diagnostic] = []
    let unmatched = unmatchedMarkers(in: tokens)
    for (strong, position) in unmatched.values {
      diagnostics.append(
        Diagnostic(
          .warning, "unmatched \(strong ? "**" : "*") is ignored", file: file, position: position))
    }

    var spans: [Span] = []
    var plain = LocatedText()
    plain.scalars.reserveCapacity(tokens.count)
    var run: [Unicode.Scalar] = []
    var strong = false
    var emphasis = false
    func closeRun() {
      guard !run.isEmpty else { return }
      let string = String(scalars: run)
      spans.append(strong ? .strong(string) : emphasis ? .emphasis(string) : .plain(string))
      run.removeAll(keepingCapacity: true)
    }
    for (offset, token) in tokens.enumerated() {
      switch token {
      case .scalar(let scalar, let position):
        run.append(scalar)
        plain.append(scalar, at: position)
      case .marker(let isStrong, _):
        guard unmatched[offset] == nil else { continue }
        closeRun()
        if isStrong { strong.toggle() } else { emphasis.toggle() }
      }
    }
    closeRun()
    return Parsed(inline: Inline(spans: spans, range: range), plain: plain, diagnostics: diagnostics)
  }

  /// Markers that have no partner of their kind: the last one of an odd count.
  private static func unmatchedMarkers(in tokens: [Token]) -> [Int: (Bool, SourcePosition)] {
    var lastOpen: [Bool: Int] = [:]
    for (offset, token) in tokens.enumerated() {
      guard case .marker(let strong, _) = token else { continue }
      if lastOpen[strong] != nil { lastOpen[strong] = nil } else { lastOpen[strong] = offset }
    }
    var result: [Int: (Bool, SourcePosition)] = [:]
    for (strong, offset) in lastOpen {
      if case .marker(_, let position) = tokens[offset] { result[offset] = (strong, position) }
    }
    return result
  }

  private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
  }
}
