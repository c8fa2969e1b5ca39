import DiglotDeck
import DiglotModel
import DiglotPoppler

/// A PDF deck's pages written out as slide text, one page per slide: lines rebuilt from where
/// each character is drawn, text boxes read one after the other, wrapped lines joined, bullets
/// with their depth, headings by size, bold runs; page numbers and repeated footers left out.
public enum PDFSlides {
  /// The slide text of `pages`. `file` names the deck in the reader's own diagnostics: slides with
  /// no text but a picture (scanned), and the furniture left out.
  public static func slideText(of pages: [PDFPage], file: String) -> SlideText {
    var fragments = pages.map(Fragment.fragments(of:))
    var diagnostics: [Diagnostic] = []
    if let note = PageFurniture.remove(from: &fragments, heights: pages.map(\.height), file: file) {
      diagnostics.append(note)
    }
    diagnostics += scanned(pages, fragments: fragments, file: file)
    diagnostics += runningOff(pages, file: file)
    let bodySize = Fragment.dominantSize(of: fragments.flatMap { $0.flatMap(\.characters) }.filter { $0.scalar != " " })

    var lines: [String] = []
    var origins: [SlideText.Origin] = []
    for (index, pageFragments) in fragments.enumerated() {
      let slide = SlideWriter(isTitleSlide: index == 0, bodySize: bodySize).lines(of: Layout.blocks(of: pageFragments))
      for (number, line) in (slide.isEmpty ? [""] : slide).enumerated() {
        lines.append(index > 0 && number == 0 ? "\u{C}" + line : line)
        origins.append(SlideText.Origin(slide: index + 1, line: number + 1))
      }
    }
    return SlideText(text: lines.joined(separator: "\n") + "\n", origins: origins, diagnostics: diagnostics)
  }

  /// Slides with no text and pictures over at least half of them: scanned, their text lost. An
  /// error when no slide has text, else a warning for each.
  static func scanned(_ pages: [PDFPage], fragments: [[Fragment]], file: String) -> [Diagnostic] {
    let scanned = pages.indices.filter { index in
      let page = pages[index]
      let pictured = page.pictures.reduce(0) { $0 + $1.width * $1.height }
      return pages[index].characters.allSatisfy { $0.scalar == " " || $0.scalar == "\n" }
        && pictured * 2 >= page.width * page.height
    }
    let hasText = pages.contains { page in page.characters.contains { $0.scalar != " " && $0.scalar != "\n" } }
    return scanned.map { index in
      Diagnostic(
        hasText ? .warning : .error,
        "no text on slide \(index + 1): scanned slides are not supported" + (hasText ? "; the slide is left out" : ""),
        file: file, position: SourcePosition(line: index + 1, column: 1))
    }
  }

  /// Slides whose text crosses the page's edge, each a warning. A PDF keeps only the text whose
  /// characters start on the page: what a slide draws beyond its edge (text that ran over the
  /// foot of its box and of the slide) is not in the PDF's text at all, and a line across the
  /// edge is the trace it leaves.
  static func runningOff(_ pages: [PDFPage], file: String) -> [Diagnostic] {
    pages.indices.filter { index in
      let page = pages[index]
      return page.characters.contains { character in
        let box = character.box
        return character.font != nil && character.scalar != " "
          && (box.left < -1 || box.top < -1 || box.right > page.width + 1 || box.bottom > page.height + 1)
      }
    }.map { index in
      Diagnostic(
        .warning,
        "text on slide \(index + 1) runs off the page, and what is beyond the page's edge is not in the PDF: "
          + "make the text fit the slide and save the PDF again",
        file: file, position: SourcePosition(line: index + 1, column: 1))
    }
  }
}

/// Writes one slide's blocks as lines of slide text.
struct SlideWriter {
  /// The title slide has no headings: the input format reads its title as plain lines.
  var isTitleSlide: Bool
  /// The size most of the deck's text is drawn at; headings are larger.
  var bodySize: Double

  /// What a slide is written from, in reading order: paragraphs, and tables between them.
  private enum Piece {
    case paragraphs([Paragraph])
    case table(PDFTable)
  }

  func lines(of blocks: [Block]) -> [String] {
    let headingSize = isTitleSlide ? .infinity : 1.2 * bodySize
    var pieces: [Piece] = []
    var number = 0
    func read(_ blocks: [Block]) {
      var paragraphs: [Paragraph] = []
      for block in blocks {
        paragraphs += Paragraph.paragraphs(of: block, number: number, headingSize: headingSize)
        number += 1
      }
      if case .paragraphs(let earlier) = pieces.last {
        pieces[pieces.count - 1] = .paragraphs(earlier + paragraphs)
      } else {
        pieces.append(.paragraphs(paragraphs))
      }
    }
    // A table is a run of rows of blocks side by side.
    var sideBySide: [Block] = []
    for row in Layout.rows(of: blocks) + [[]] {
      if row.count >= 2 {
        sideBySide += row
        continue
      }
      if let table = PDFTable(sideBySide) { pieces.append(.table(table)) } else { read(sideBySide) }
      sideBySide = []
      read(row)
    }
    let headings = pieces.flatMap { piece -> [Paragraph] in
      if case .paragraphs(let paragraphs) = piece { paragraphs.filter(isHeading) } else { [] }
    }
    let titleSize = headings.map(\.size).max() ?? .infinity
    var lines: [String] = []
    for piece in pieces {
      switch piece {
      case .paragraphs(let paragraphs):
        for paragraph in pairedByLanguage(paragraphs, titleSize: titleSize) {
          if paragraph.standsApart, !lines.isEmpty { lines.append("") }
          lines += self.lines(paragraph, isTitle: paragraph.size >= titleSize - 0.5)
        }
      case .table(let table):
        if !lines.isEmpty { lines.append("") }
        lines += table.lines
      }
    }
    return lines
  }

  /// The paragraphs with two text boxes in one language each (side by side, or one above the
  /// other) taken item for item, Chinese first, as the input format writes them (the English of a
  /// bullet as a plain line after it): when the boxes
  /// hold as many paragraphs, heading for heading. The slide's title (its largest headings) is
  /// apart from the box it stands in.
  func pairedByLanguage(_ paragraphs: [Paragraph], titleSize: Double) -> [Paragraph] {
    var groups: [[Paragraph]] = []
    for paragraph in paragraphs {
      if let last = groups.last?.last, last.block == paragraph.block,
        (last.size >= titleSize - 0.5) == (paragraph.size >= titleSize - 0.5)
      {
        groups[groups.count - 1].append(paragraph)
      } else {
        groups.append([paragraph])
      }
    }
    var result: [Paragraph] = []
    var index = 0
    while index < groups.count {
      let first = groups[index]
      let second = index + 1 < groups.count ? groups[index + 1] : []
      let languages = (Set(first.map(\.language)), Set(second.map(\.language)))
      guard languages.0.count == 1, languages.1.count == 1, languages.0.first! != nil, languages.1.first! != nil,
        languages.0 != languages.1, first.count == second.count,
        zip(first, second).allSatisfy({ isHeading($0) == isHeading($1) })
      else {
        result += first
        index += 1
        continue
      }
      let (chinese, english) = languages.0.first! == .zh ? (first, second) : (second, first)
      for (zh, en) in zip(chinese, english) {
        var (zh, en) = (zh, en)
        (zh.standsApart, en.standsApart) = (true, false)
        // The English of a bullet follows it as a plain line, as the input format writes it.
        if zh.bullet != nil { en.bullet = nil }
        result += [zh, en]
      }
      index += 2
    }
    return result
  }

  private func isHeading(_ paragraph: Paragraph) -> Bool {
    !isTitleSlide && paragraph.bullet == nil && paragraph.size >= 1.2 * bodySize
  }

  /// A paragraph's lines of slide text: a heading's or a bullet's mark on the first.
  private func lines(_ paragraph: Paragraph, isTitle: Bool) -> [String] {
    if isHeading(paragraph) {
      return paragraph.lines.map { (isTitle ? "# " : "## ") + InlineText.markdown($0, boldAsStyle: true) }
    }
    return paragraph.lines.enumerated().map { index, characters in
      var text = InlineText.markdown(characters)
      if index == 0, let bullet = paragraph.bullet {
        text = String(repeating: "  ", count: bullet.depth) + String(bullet.glyph) + " " + text
      } else if text.hasPrefix("#") || text.hasPrefix("- ") {
        text = "\\" + text  // a plain line that would read as a heading or a bullet
      }
      return text
    }
  }
}
