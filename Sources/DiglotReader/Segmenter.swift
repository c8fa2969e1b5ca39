import DiglotModel

/// A run of text in one language that reads as one unit: a heading, a bullet, a note,
/// a paragraph, a label or a date, with wrapped lines joined.
struct Segment {
  enum Kind: Equatable {
    case heading(level: Int, number: Int?)
    case bullet(depth: Int)
    /// A line that starts `1. …`: an area heading if the overview announced it, else a bullet.
    case numbered(Int)
    case text
    case note
    case label
    case date(WrittenDate)
    /// Lines in columns: the cells are in `rows`.
    case table
  }

  var kind: Kind
  var language: Language
  var text: LocatedText
  /// The cells of a table, row by row; empty for other kinds.
  var rows: [[LocatedText]] = []
  var lastLineHardBreak: Bool
}

/// Splits classified lines into segments: one per marker, and one per change of language,
/// joining wrapped lines — Chinese without a space, English with one (a hard break is a space
/// in both).
enum Segmenter {
  static func segments(of lines: [Line]) -> [Segment] {
    var segments: [Segment] = []
    var index = 0
    while index < lines.count {
      guard lines[index].kind != .blank else {
        index += 1
        continue
      }
      var end = index + 1
      while end < lines.count, lines[end].kind != .blank, !lines[end].startsPage { end += 1 }
      let block = lines[index..<end]
      if isLabelList(block) {
        for line in block {
          segments.append(
            Segment(kind: .label, language: .zh, text: line.content, lastLineHardBreak: false))
        }
      } else {
        segment(block, into: &segments)
      }
      index = end
    }
    // A marker with no text on its line or the lines that continue it (`◆` alone) carries nothing.
    segments.removeAll { $0.text.isEmpty }
    return segments
  }

  private static func segment(_ block: ArraySlice<Line>, into segments: inout [Segment]) {
    var openIndex: Int?  // the segment of this paragraph that a plain line may continue
    // The two segments of a line that held both languages side by side: each column goes on
    // below it, on lines that hold both columns or only one.
    var openColumns: (zh: Int, en: Int)?
    var lineIndex = block.startIndex
    while lineIndex < block.endIndex {
      let line = block[lineIndex]
      lineIndex += 1
      if let columns = openColumns, line.kind == .text {
        if let ((first, a), (second, b)) = BothLanguages.split(line.content, line: line.number, hasMarker: false) {
          join(first, hardBreak: false, to: &segments[a == .zh ? columns.zh : columns.en])
          join(second, hardBreak: line.hardBreak, to: &segments[b == .zh ? columns.zh : columns.en])
          continue
        }
        if line.language != .neutral {
          join(line.content, hardBreak: line.hardBreak, to: &segments[line.language == .zh ? columns.zh : columns.en])
          continue
        }
      }
      if let rows = TableLines.rows(startingAt: lineIndex - 1, in: block) {
        segments.append(TableLines.segment(rows))
        lineIndex += rows.count - 1
        openIndex = nil
        openColumns = nil
        continue
      }
      if let open = openIndex, canContinue(segments[open], with: line) {
        join(line.content, hardBreak: line.hardBreak, to: &segments[open])
        continue
      }
      let kind: Segment.Kind
      switch line.kind {
      case .blank: continue
      case .heading(let level, let number): kind = .heading(level: level, number: number)
      case .bullet(let depth): kind = .bullet(depth: depth)
      case .numbered(let number): kind = .numbered(number)
      case .date(let date): kind = .date(date)
      case .note: kind = .note
      case .text: kind = .text
      }
      let hasMarker: Bool
      switch kind {
      case .heading, .bullet, .numbered: hasMarker = true
      default: hasMarker = false
      }
      if let (first, second) = BothLanguages.split(line.content, line: line.number, hasMarker: hasMarker) {
        // Both languages on one line: two segments of the same kind, each continued by what
        // follows in its own column.
        for (text, language) in [first, second] {
          segments.append(
            Segment(
              kind: kind, language: language, text: tidied(text, language: language, kind: kind),
              lastLineHardBreak: false))
        }
        let (left, right) = (segments.count - 2, segments.count - 1)
        segments[right].lastLineHardBreak = line.hardBreak
        openColumns = first.1 == .zh ? (left, right) : (right, left)
        openIndex = nil
        continue
      }
      openColumns = nil
      segments.append(
        Segment(
          kind: kind, language: line.language, text: tidied(line.content, language: line.language, kind: kind),
          lastLineHardBreak: line.hardBreak))
      switch kind {
      case .heading, .date, .label, .table: openIndex = nil
      default: openIndex = segments.count - 1
      }
    }
  }

  /// The text without the spaces a converter inserted at font changes.
  private static func tidied(_ text: LocatedText, language: Language, kind: Segment.Kind) -> LocatedText {
    let isRunningText: Bool
    switch kind {
    case .bullet, .numbered, .note: isRunningText = true
    default: isRunningText = false
    }
    return FontChangeSpaces.removed(from: text, language: language, isRunningText: isRunningText)
  }

  /// A plain line continues the open segment when it is in the same language (or has none).
  private static func canContinue(_ segment: Segment, with line: Line) -> Bool {
    guard line.kind == .text else { return false }
    return line.language == segment.language || line.language == .neutral
      || segment.language == .neutral
  }

  /// Appends a wrapped line's text to the segment it continues: Chinese without a space, English
  /// with one (a hard break is a space in both).
  private static func join(_ text: LocatedText, hardBreak: Bool, to segment: inout Segment) {
    if segment.language == .neutral { segment.language = LineLexer.language(of: text.scalars) }
    let needsSpace = segment.language != .zh || segment.lastLineHardBreak
    if needsSpace, let last = segment.text.positions.last {
      segment.text.append(" ", at: SourcePosition(line: last.line, column: last.column + 1))
    }
    segment.text.append(tidied(text, language: segment.language, kind: segment.kind))
    segment.lastLineHardBreak = hardBreak
  }

  /// Two or more short lines of Chinese with no punctuation: labels of a cover slide
  /// (`產業` / `人才` / `科技`), not a wrapped sentence.
  private static func isLabelList(_ block: ArraySlice<Line>) -> Bool {
    block.count >= 2
      && block.allSatisfy { line in
        line.kind == .text && line.language == .zh && (1...6).contains(line.content.scalars.count)
          && line.content.scalars.allSatisfy(\.isHan)
      }
  }
}
