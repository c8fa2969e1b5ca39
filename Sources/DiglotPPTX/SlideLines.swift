import DiglotDeck
import Foundation

/// One slide's shapes written as lines of slide text, in reading order.
///
/// - A title placeholder is a level-1 heading. Any other paragraph without a bullet whose text is
///   all bold, in a font larger than the slide's body text, is a heading too: the largest such
///   size is the highest level.
/// - Shapes are read top to bottom; shapes side by side (one starting in the upper half of the
///   other) are read left to right, box by box.
/// - Two boxes next to each other, one all Chinese and one all English, that translate each other
///   paragraph by paragraph (the same number of paragraphs, of the same kinds) are written
///   interleaved, each Chinese paragraph followed by its English one, as the text reader pairs
///   them best.
/// - Empty paragraphs are blank lines, and a blank line separates shapes.
enum SlideLines {
  static func lines(of shapes: [DeckShape]) -> [String] {
    let levels = headingLevels(shapes)
    let ordered = readingOrder(shapes)
    var blocks: [[String]] = []
    var index = 0
    while index < ordered.count {
      let shape = ordered[index]
      if index + 1 < ordered.count, let pair = translations(shape, ordered[index + 1], levels) {
        blocks.append(zip(pair.zh, pair.en).flatMap { [$0, $1] }.flatMap { write($0, levels) })
        index += 2
        continue
      }
      switch shape.content {
      case .text(let paragraphs, let isTitle):
        blocks.append(paragraphs.flatMap { write(Written($0, isTitle: isTitle), levels) })
      case .table(let rows):
        let cells = rows.map { row in
          row.map { cell in cell.flatMap(\.lines).map(\.trimmingWhitespace).filter { !$0.isEmpty } }
        }
        blocks.append(
          SlideTable.lines(cells, language: { DeckLanguage.of($0.unicodeScalars) }) { $0.joined(separator: " ") })
      }
      index += 1
    }
    var lines: [String] = []
    for block in blocks {
      let trimmed = block.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
      guard !trimmed.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines += trimmed
    }
    return lines
  }

  /// A paragraph with whether it stands in a title placeholder.
  private struct Written {
    var paragraph: DeckParagraph
    var isTitle: Bool

    init(_ paragraph: DeckParagraph, isTitle: Bool) {
      self.paragraph = paragraph
      self.isTitle = isTitle
    }
  }

  /// What a paragraph is written as.
  private enum Kind: Equatable {
    case blank
    case heading(Int)
    case bullet(Int)
    case text
  }

  /// Heading levels by font size: the sizes of bold paragraphs without bullets that are larger
  /// than the slide's body text, largest first, after level 1 if the slide has a title placeholder.
  private struct HeadingLevels {
    var bySize: [Int: Int] = [:]

    func kind(_ written: Written) -> Kind {
      let paragraph = written.paragraph
      if paragraph.isEmpty { return .blank }
      if written.isTitle { return .heading(1) }
      if let bullet = paragraph.bullet, !bullet.isEmpty { return .bullet(paragraph.level) }
      if paragraph.isBold, let level = bySize[paragraph.size] { return .heading(level) }
      return .text
    }
  }

  private static func headingLevels(_ shapes: [DeckShape]) -> HeadingLevels {
    var hasTitle = false
    var characters: [Int: Int] = [:]
    var boldSizes: Set<Int> = []
    for shape in shapes {
      guard case .text(let paragraphs, let isTitle) = shape.content else { continue }
      if isTitle, paragraphs.contains(where: { !$0.isEmpty }) { hasTitle = true }
      for paragraph in paragraphs where !isTitle && !paragraph.isEmpty {
        if paragraph.isBold && paragraph.bullet == nil {
          boldSizes.insert(paragraph.size)
        } else {
          characters[paragraph.size, default: 0] += paragraph.lines.reduce(0) { $0 + $1.count }
        }
      }
    }
    // The body size: the size of most of the text that is not a bold line of its own.
    let body = characters.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
    var levels = HeadingLevels()
    for (rank, size) in boldSizes.filter({ $0 > body }).sorted(by: >).enumerated() {
      levels.bySize[size] = rank + (hasTitle ? 2 : 1)
    }
    return levels
  }

  private static func write(_ written: Written, _ levels: HeadingLevels) -> [String] {
    let paragraph = written.paragraph
    switch levels.kind(written) {
    case .blank:
      return [""]
    case .heading(let level):
      // A heading is one line: its line breaks are only where it wrapped.
      let text = paragraph.lines.map { $0.replacingOccurrences(of: "**", with: "") }
      return [String(repeating: "#", count: min(level, 6)) + " " + joined(text)]
    case .bullet(let level):
      let indent = String(repeating: "  ", count: level)
      let first = indent + (paragraph.bullet ?? "•") + " " + paragraph.lines[0]
      return [first] + paragraph.lines.dropFirst().map { indent + "  " + $0 }
    case .text:
      return paragraph.lines
    }
  }

  /// Lines joined as a reader joins wrapped lines: Chinese without a space, English with one.
  private static func joined(_ lines: [String]) -> String {
    var result = ""
    for line in lines.map({ $0.trimmingWhitespace }) where !line.isEmpty {
      if let last = result.unicodeScalars.last, let first = line.unicodeScalars.first,
        !(last.isCJK && first.isCJK)
      {
        result += " "
      }
      result += line
    }
    return result
  }

  /// Shapes in reading order: by rows top to bottom, each row left to right. A shape belongs to
  /// the row of the shape above it when it starts in that shape's upper half.
  private static func readingOrder(_ shapes: [DeckShape]) -> [DeckShape] {
    let byTop = shapes.enumerated().sorted { ($0.element.frame.y, $0.offset) < ($1.element.frame.y, $1.offset) }
    var rows: [[(offset: Int, element: DeckShape)]] = []
    for shape in byTop {
      if let first = rows.last?.first, shape.element.frame.y < first.element.frame.y + first.element.frame.height / 2 {
        rows[rows.count - 1].append(shape)
      } else {
        rows.append([shape])
      }
    }
    return rows.flatMap { row in
      row.sorted { ($0.element.frame.x, $0.offset) < ($1.element.frame.x, $1.offset) }.map(\.element)
    }
  }

  /// Two text boxes that translate each other paragraph by paragraph, Chinese first.
  private static func translations(
    _ a: DeckShape, _ b: DeckShape, _ levels: HeadingLevels
  ) -> (zh: [Written], en: [Written])? {
    guard case .text(let first, false) = a.content, case .text(let second, false) = b.content else { return nil }
    let one = first.filter { !$0.isEmpty }.map { Written($0, isTitle: false) }
    let other = second.filter { !$0.isEmpty }.map { Written($0, isTitle: false) }
    guard !one.isEmpty, one.count == other.count,
      one.map({ levels.kind($0) }) == other.map({ levels.kind($0) })
    else { return nil }
    switch (language(one), language(other)) {
    case (.zh, .en): return (one, other)
    case (.en, .zh): return (other, one)
    default: return nil
    }
  }

  /// The language of paragraphs that are all in one language, or nil.
  private static func language(_ paragraphs: [Written]) -> DeckLanguage? {
    let languages = Set(paragraphs.map { DeckLanguage.of($0.paragraph.lines.joined(separator: " ").unicodeScalars) })
    return languages.count == 1 ? languages.first! : nil
  }
}

extension String {
  var trimmingWhitespace: String {
    let characters = drop { $0.isWhitespace }
    return String(characters.reversed().drop { $0.isWhitespace }.reversed())
  }
}
