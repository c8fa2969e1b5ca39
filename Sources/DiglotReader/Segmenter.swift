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
  /// The number of a bracketed enumerator the segment starts with (`Line.ordinal`).
  var ordinal: Int?
  /// The cells of a table, row by row; empty for other kinds.
  var rows: [[LocatedText]] = []
  var lastLineHardBreak: Bool
}

extension Segment.Kind {
  /// The kind of a segment that starts with a line of this kind; nil for a blank line.
  init?(_ kind: LineKind) {
    switch kind {
    case .blank: return nil
    case .heading(let level, let number): self = .heading(level: level, number: number)
    case .bullet(let depth): self = .bullet(depth: depth)
    case .numbered(let number): self = .numbered(number)
    case .date(let date): self = .date(date)
    case .note: self = .note
    case .text: self = .text
    }
  }

  /// Whether the segment is a bullet, at any depth.
  var isBullet: Bool {
    if case .bullet = self { true } else { false }
  }

  /// Whether the segment starts with a marker: a heading, a bullet or a number.
  var isMarked: Bool {
    switch self {
    case .heading, .bullet, .numbered: true
    default: false
    }
  }
}

/// Splits classified lines into segments: one per marker, and one per change of language,
/// joining wrapped lines — Chinese without a space, English with one (a hard break is a space
/// in both).
enum Segmenter {
  static func segments(of lines: [Line]) -> [Segment] {
    var segments: [Segment] = []
    // Rarely more than a segment a line: the array is not grown, and its segments moved, again and again.
    segments.reserveCapacity(lines.count)
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
        segment(block, of: lines, into: &segments)
      }
      index = end
    }
    // A marker with no text on its line or the lines that continue it (`◆` alone) carries nothing.
    segments.removeAll { $0.text.isEmpty }
    return segments
  }

  /// Segments a block of `lines`, which are there to look past its end.
  private static func segment(_ block: ArraySlice<Line>, of lines: [Line], into segments: inout [Segment]) {
    var openIndex: Int?  // the segment of this paragraph that a plain line may continue
    // The segments of a line that held both languages side by side: each column goes on below it.
    var openColumns: Columns?
    var lineIndex = block.startIndex
    while lineIndex < block.endIndex {
      let line = block[lineIndex]
      lineIndex += 1
      if let columns = openColumns, let next = continued(columns, by: line, into: &segments) {
        openColumns = next
        continue
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
      guard let kind = Segment.Kind(line.kind) else { continue }
      var language = line.language
      if let (first, second, atColumnGap) = BothLanguages.split(line, hasMarker: kind.isMarked) {
        let next = lines[lineIndex...].first { $0.kind != .blank }
        if namesItsTranslation(second, of: kind, atColumnGap: atColumnGap, before: next) {
          // One item, in the language of its first side, whatever its letters' count says.
          language = first.language
        } else {
          // Both languages on one line: a segment in each, each continued by what follows in
          // its own column. A marker of the line's own stands for both; on a plain line, a
          // column's own starts an item.
          let secondKind = kind.isMarked ? kind : second.marker.flatMap(Segment.Kind.init) ?? kind
          // One side is Chinese and the other English: adding them sets both columns.
          var columns = Columns(
            zh: 0, en: 0, secondLanguage: second.language, bothMarked: kind.isMarked && second.marker != nil)
          columns.add(first, kind: kind, hardBreak: false, to: &segments)
          columns.add(second, kind: secondKind, hardBreak: line.hardBreak, to: &segments)
          openColumns = columns
          openIndex = nil
          continue
        }
      }
      openColumns = nil
      segments.append(
        Segment(
          kind: kind, language: language, text: tidied(line.content, language: language, kind: kind),
          ordinal: line.ordinal, lastLineHardBreak: line.hardBreak))
      switch kind {
      case .heading, .date, .label, .table: openIndex = nil
      default: openIndex = segments.count - 1
      }
    }
  }

  /// Whether a line's other side is no translation but a name in the other language
  /// (`◆ 成立生命健康創新科研中心   InnoLife Healthtech Hub`), because the next line is the item in
  /// that language, on its own: a marked line's (`◆ Set up the InnoLife Healthtech Hub`), or, after
  /// a column gap, a plain line's that starts at the left, not in a right-hand column. A column
  /// that repeats the marker (`◆ …      ◆ Set up …`) is a translation.
  private static func namesItsTranslation(
    _ side: BothLanguages.Side, of kind: Segment.Kind, atColumnGap: Bool, before next: Line?
  ) -> Bool {
    guard side.marker == nil, let next, next.language == side.language else { return false }
    switch (kind.isMarked, next.kind) {
    case (true, .bullet), (true, .numbered), (true, .heading): break
    case (false, .text):
      guard atColumnGap, next.indent * 2 < (side.text.positions.first?.column ?? 1) - 1 else { return false }
    default: return false
    }
    return BothLanguages.split(next, hasMarker: next.kind != .text) == nil
  }

  /// Two columns side by side, Chinese and English: the segment each column is in.
  private struct Columns {
    var zh: Int
    var en: Int
    /// The language of the column on the right. A line of that column alone is indented to
    /// where the column starts, so its indent says nothing of its depth.
    var secondLanguage: Language
    /// Both columns mark their items (`◆ 撥款…      ◆ Allocate…`), so an item starts in one
    /// column only where that column has a marker: a column that wraps onto more lines than the
    /// other goes on beside the other's next item.
    var bothMarked: Bool

    /// Adds a side as a new segment of `kind` in its column, or, if `kind` is nil, joins it to
    /// its column's segment.
    mutating func add(
      _ side: BothLanguages.Side, kind: Segment.Kind?, hardBreak: Bool, to segments: inout [Segment]
    ) {
      guard let kind else {
        Segmenter.join(side.text, hardBreak: hardBreak, to: &segments[side.language == .zh ? zh : en])
        return
      }
      segments.append(
        Segment(
          kind: kind, language: side.language,
          text: Segmenter.tidied(side.text, language: side.language, kind: kind), lastLineHardBreak: hardBreak))
      if side.language == .zh { zh = segments.count - 1 } else { en = segments.count - 1 }
    }
  }

  /// The columns after a line that goes on in them, or nil if the line does not: a plain line,
  /// or, where both columns mark their items, a line with a marker. Each side of a line that
  /// holds both columns goes on in its column, or starts a new item there if it starts with a
  /// marker; a line with one column does the same in its column.
  private static func continued(_ columns: Columns, by line: Line, into segments: inout [Segment]) -> Columns? {
    let kind: Segment.Kind?
    switch line.kind {
    case .text: kind = nil
    case .bullet(let depth) where columns.bothMarked: kind = .bullet(depth: depth)
    case .numbered(let number) where columns.bothMarked: kind = .numbered(number)
    default: return nil
    }
    var columns = columns
    if let (first, second, _) = BothLanguages.split(line, hasMarker: kind != nil) {
      columns.add(first, kind: kind, hardBreak: false, to: &segments)
      columns.add(second, kind: second.marker.flatMap(Segment.Kind.init), hardBreak: line.hardBreak, to: &segments)
      return columns
    }
    guard line.language != .neutral else { return nil }
    // A line of the right-hand column alone is indented to the column: its marker gives its depth.
    let ownKind =
      line.language == columns.secondLanguage && kind.map(\.isBullet) == true
      ? .bullet(depth: line.markerDepth) : kind
    columns.add(
      BothLanguages.Side(text: line.content, language: line.language), kind: ownKind, hardBreak: line.hardBreak,
      to: &segments)
    return columns
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

  /// A plain line continues the open segment when it is in the same language (or has none), or
  /// when English words close a quotation or bracket that a Chinese segment left open
  /// (`設立「生命健康創新科研中心 InnoLife` / `Healthtech Hub」`).
  private static func canContinue(_ segment: Segment, with line: Line) -> Bool {
    guard line.kind == .text else { return false }
    if line.language == segment.language || line.language == .neutral || segment.language == .neutral { return true }
    // Most English lines close nothing, and the Chinese segment need not be read for them.
    guard segment.language == .zh, line.content.scalars.contains(where: { $0 == "」" || $0 == "』" || $0 == "）" }),
      let open = lastOpenQuotation(in: segment.text.scalars)
    else { return false }
    return line.content.scalars.contains(open)
  }

  /// The closing mark of the last Chinese quotation or bracket left open in a text (`」` for an
  /// unclosed `「`), if there is one.
  private static func lastOpenQuotation(in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
    var open: [Unicode.Scalar] = []
    for scalar in scalars {
      if let closer = closers[scalar] {
        open.append(closer)
      } else if scalar == open.last {
        open.removeLast()
      }
    }
    return open.last
  }

  private static let closers: [Unicode.Scalar: Unicode.Scalar] = ["「": "」", "『": "』", "（": "）"]

  /// Appends a wrapped line's text to the segment it continues: Chinese without a space (unless
  /// the line breaks between two English words), English with one (unless it breaks after a
  /// word's hyphen); a hard break is a space in both.
  private static func join(_ text: LocatedText, hardBreak: Bool, to segment: inout Segment) {
    if segment.language == .neutral { segment.language = LineLexer.language(of: text.scalars) }
    // A Chinese line that wraps inside English words (`InnoLife` / `Healthtech Hub`) takes a space;
    // an English line that wraps after a word's hyphen (`publicly-` / `funded`) does not.
    let (end, start) = (segment.text.scalars.suffix(2), text.scalars.first)
    let wrapsBetweenWords =
      end.last.map(isLatinWordCharacter) == true && start.map(isLatinWordCharacter) == true
    let wrapsAtHyphen =
      end.count == 2 && end.last == "-" && LineLexer.isLatinLetter(end.first!)
      && start.map(LineLexer.isLatinLetter) == true
    let needsSpace =
      segment.lastLineHardBreak || (segment.language == .zh ? wrapsBetweenWords : !wrapsAtHyphen)
    if needsSpace, let last = segment.text.positions.last {
      segment.text.append(" ", at: SourcePosition(line: last.line, column: last.column + 1))
    }
    segment.text.append(tidied(text, language: segment.language, kind: segment.kind))
    segment.lastLineHardBreak = hardBreak
  }

  private static func isLatinWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    LineLexer.isLatinLetter(scalar) || ("0"..."9").contains(scalar)
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
