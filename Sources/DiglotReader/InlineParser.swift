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

  /// A marker of inline Markdown at an offset of the text: `\` before an escaped character, or
  /// `*` / `**`.
  private enum Mark {
    case escape
    case emphasis(strong: Bool)
  }

  static func parse(_ text: LocatedText, file: String) -> Parsed {
    let range =
      text.range(file: file)
      ?? SourceRange(file: file, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
    let scalars = text.scalars
    var found = firstMarkCharacter(in: scalars, from: 0)
    if found == nil {
      return Parsed(inline: Inline(spans: [.plain(text.string)], range: range), plain: text, diagnostics: [])
    }
    var marks: [(offset: Int, mark: Mark)] = []
    marks.reserveCapacity(8)  // a bold name or two
    while let index = found {
      var next = index + 1
      if scalars[index] == "\\" {
        if index + 1 < scalars.count, isEscapable(scalars[index + 1]) {
          marks.append((index, .escape))
          next = index + 2
        }
      } else {
        let strong = index + 1 < scalars.count && scalars[index + 1] == "*"
        let width = strong ? 2 : 1
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + width < scalars.count ? scalars[index + width] : " "
        // A lone `*` between spaces is text (a multiplication sign or a footnote mark).
        if !(LineLexer.isSpace(before) && LineLexer.isSpace(after)) { marks.append((index, .emphasis(strong: strong))) }
        next = index + width
      }
      found = firstMarkCharacter(in: scalars, from: next)
    }

    // The last marker of each kind, when there is an odd number of them, has no partner.
    var lastOpen: [Int?] = [nil, nil]  // emphasis, strong
    for (number, entry) in marks.enumerated() {
      guard case .emphasis(let strong) = entry.mark else { continue }
      let kind = strong ? 1 : 0
      lastOpen[kind] = lastOpen[kind] == nil ? number : nil
    }
    // In text order. Most texts have none, and then no array is made.
    let unmatched: [Int] =
      switch (lastOpen[0], lastOpen[1]) {
      case (nil, nil): []
      case (let only?, nil), (nil, let only?): [only]
      case (let a?, let b?): [min(a, b), max(a, b)]
      }
    // An unmatched `**` is a bold text left open, and goes; an unmatched `*` is more often a
    // footnote mark (`30億元*`), and stays.
    let diagnostics = unmatched.map { number in
      let position = text.positions[marks[number].offset]
      guard case .emphasis(false) = marks[number].mark else {
        return Diagnostic(.warning, "unmatched ** is ignored", file: file, position: position)
      }
      return Diagnostic(
        .note, "unmatched * is kept as text, as a footnote mark; if it opens an emphasis, close it with a second *",
        file: file, position: position)
    }

    var spans: [Span] = []
    spans.reserveCapacity(marks.count - unmatched.count + 1)  // at most one span after each marker
    var plain = LocatedText()
    plain.scalars.reserveCapacity(scalars.count)
    plain.positions.reserveCapacity(for: text.positions, breaks: marks.count)
    var spanStart = 0
    var strong = false
    var emphasis = false
    func closeSpan() {
      guard plain.scalars.count > spanStart else { return }
      let string = String(scalars: plain.scalars[spanStart...])
      spans.append(strong ? .strong(string) : emphasis ? .emphasis(string) : .plain(string))
      spanStart = plain.scalars.count
    }
    var literalStart = 0
    for (number, entry) in marks.enumerated() {
      plain.append(text, in: literalStart..<entry.offset)
      switch entry.mark {
      case .escape:
        literalStart = entry.offset + 1  // the escaped character is text
      case .emphasis(let isStrong):
        literalStart = entry.offset + (isStrong ? 2 : 1)
        guard !unmatched.contains(number) else {
          if !isStrong { literalStart = entry.offset }  // an unmatched `*` is text
          continue
        }
        closeSpan()
        if isStrong { strong.toggle() } else { emphasis.toggle() }
      }
    }
    plain.append(text, in: literalStart..<scalars.count)
    closeSpan()
    return Parsed(inline: Inline(spans: spans, range: range), plain: plain, diagnostics: diagnostics)
  }

  /// The index of the first `*` or `\` in `scalars` from `start` on, or nil if there is none.
  private static func firstMarkCharacter(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    scalars.withUnsafeBufferPointer { scalars in
      var index = start
      // Most text has no markup: four scalars at a time are compared with both characters at once.
      if let base = scalars.baseAddress {
        let bytes = UnsafeRawPointer(base)
        while index + 4 <= scalars.count {
          let four = bytes.loadUnaligned(fromByteOffset: index * 4, as: SIMD4<UInt32>.self)
          if any(four .== 0x2A .| four .== 0x5C) { break }
          index += 4
        }
      }
      while index < scalars.count {
        if scalars[index] == "*" || scalars[index] == "\\" { return index }
        index += 1
      }
      return nil
    }
  }

  private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
  }
}
