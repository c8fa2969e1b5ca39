import DiglotDeck
import DiglotModel
import DiglotPoppler

/// A paragraph of a slide: lines close together, in one size and language, with its bullet if
/// it has one. The lines the slide wrapped are joined again; those broken by hand stay lines.
struct Paragraph: Equatable {
  var lines: [[PDFCharacter]]
  /// The glyph as the input format writes it, and the bullet's depth from 0.
  var bullet: (glyph: Unicode.Scalar, depth: Int)?
  var size: Double
  /// Whether a blank line goes before it: it starts a text box or stands apart from the one above.
  var standsApart: Bool
  /// The block it stands in, counted on the slide.
  var block: Int

  static func == (a: Paragraph, b: Paragraph) -> Bool {
    a.lines == b.lines && a.bullet?.glyph == b.bullet?.glyph && a.bullet?.depth == b.bullet?.depth
      && a.size == b.size && a.standsApart == b.standsApart && a.block == b.block
  }

  /// A block's lines as paragraphs. A line goes on with the paragraph above when it has no bullet,
  /// the same size and language, and no gap above it. It continues the line above where the slide
  /// wrapped it: both are headings (a heading is one line per language), or the line above was
  /// full (its next word would not have fitted at its end). Lines at least `headingSize` are headings.
  static func paragraphs(of block: Block, number: Int, headingSize: Double) -> [Paragraph] {
    let bullets = block.lines.map(bullet(of:))
    let depths = depths(of: bullets.compactMap { $0?.left }, size: block.lines.map(\.size).max() ?? 1)
    var paragraphs: [Paragraph] = []
    var previous: Fragment?
    for (line, bullet) in zip(block.lines, bullets) {
      var characters = line.characters
      if let bullet { characters.removeFirst(bullet.length) }
      if bullet == nil, let previous, goesOn(previous, with: line) {
        if wraps(previous, into: line, in: block, headingSize: headingSize) {
          paragraphs[paragraphs.count - 1].append(characters)
        } else {
          paragraphs[paragraphs.count - 1].lines.append(characters)
        }
      } else {
        let gap = previous.map { line.top - $0.bottom } ?? .infinity
        paragraphs.append(
          Paragraph(
            lines: [characters],
            bullet: bullet.map { ($0.glyph, depths[$0.left] ?? 0) },
            size: line.size,
            standsApart: gap > 0.6 * max(line.size, 1),
            block: number))
      }
      previous = line
    }
    return paragraphs
  }

  /// The bullet a line starts with, where it stands, and how many characters it takes with the
  /// space after it; nil when the line has no bullet (a glyph needs a gap after it, or nothing).
  static func bullet(of line: Fragment) -> (glyph: Unicode.Scalar, left: Double, length: Int)? {
    guard let first = line.characters.first, let glyph = BulletGlyph.of(first) else { return nil }
    var length = 1
    while length < line.characters.count, line.characters[length].scalar == " " { length += 1 }
    let isApart =
      length > 1 || line.characters.count == 1
      || line.characters[1].box.left - first.box.right > 0.2 * max(first.font?.size ?? 0, 1)
    return isApart ? (glyph, first.box.left, length) : nil
  }

  /// The depth of each bullet position: the positions from left to right, those closer than half
  /// the text's size counted as one.
  static func depths(of lefts: [Double], size: Double) -> [Double: Int] {
    var depths: [Double: Int] = [:]
    var depth = -1
    var last = -Double.infinity
    for left in lefts.sorted() {
      if left - last > size / 2 { depth += 1 }
      last = left
      depths[left] = depth
    }
    return depths
  }

  /// Whether `line` goes on with the paragraph whose last line is `above`: the same size and
  /// language, no gap between them.
  static func goesOn(_ above: Fragment, with line: Fragment) -> Bool {
    abs(above.size - line.size) < 0.5 && line.top - above.bottom < 0.5 * max(above.size, 1)
      && above.characters.contains { $0.scalar.isCJK } == line.characters.contains { $0.scalar.isCJK }
  }

  /// Whether the slide wrapped the line `above` into `line` (which goes on with it).
  static func wraps(_ above: Fragment, into line: Fragment, in block: Block, headingSize: Double) -> Bool {
    guard let first = line.characters.first else { return false }
    if above.size >= headingSize { return true }
    let size = max(above.size, 1)
    // Where the text box ends: as far as its long lines of this size reach. Only a long line
    // can have been wrapped (a short one may end anywhere: a title broken by hand).
    let isLong = { (line: Fragment) in abs(line.size - above.size) < 0.5 && line.right - line.left >= 20 * size }
    guard isLong(above), let right = block.lines.filter(isLong).map(\.right).max() else { return false }
    // The first word of the line: up to a space, or its first character in Chinese.
    let wordEnd = first.scalar.isCJK ? first : line.characters.prefix { $0.scalar != " " }.last ?? first
    let spaceWidth = hasHan(above.characters) ? 0 : 0.3 * size
    return above.right + spaceWidth + (wordEnd.box.right - first.box.left) > right - 0.1 * size
  }

  /// Chinese when it has a Chinese character, English when it has a Latin letter; nil for neither (a date).
  var language: DeckLanguage? { Paragraph.language(of: lines) }

  /// The language of `lines`, as `language` says it.
  static func language(of lines: [[PDFCharacter]]) -> DeckLanguage? {
    DeckLanguage.of(lines.joined().lazy.map(\.scalar))
  }

  /// Joins `continuation` to the last line, with a space where the wrap took one (`joinsWithSpace`).
  mutating func append(_ continuation: [PDFCharacter]) {
    let index = lines.count - 1
    if let last = lines[index].last, let first = continuation.first, Paragraph.joinsWithSpace(last.scalar, first.scalar)
    {
      lines[index].append(PDFCharacter(" ", box: last.box, font: last.font))
    }
    lines[index] += continuation
  }

  /// Whether a line that ends in `last` and its continuation starting with `first` are joined with
  /// a space: between words and between a Chinese character and a Latin word (`中心 InnoLife`), as
  /// the slide text writes them; not within Chinese, between Chinese and a figure (`撥款20億元`),
  /// next to Chinese punctuation, nor after a hyphen.
  static func joinsWithSpace(_ last: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
    switch (last.isCJK, first.isCJK) {
    case (false, false): last != "-"
    case (true, true): false
    case (true, false): last.isHan && isLatinLetter(first)
    case (false, true): isLatinLetter(last) && first.isHan
    }
  }
}

/// A letter of the Latin alphabet, A to Z either case.
func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
}

/// Whether the characters have a Chinese one.
func hasHan(_ characters: [PDFCharacter]) -> Bool {
  characters.contains { $0.scalar.isHan }
}
