import DiglotPoppler

/// A paragraph of a slide: the lines the slide wrapped, joined again, with its bullet if it has one.
struct Paragraph: Equatable {
  var characters: [PDFCharacter]
  /// The glyph as the input format writes it, and the bullet's depth from 0.
  var bullet: (glyph: Unicode.Scalar, depth: Int)?
  var size: Double
  /// Whether a blank line goes before it: it starts a text box or stands apart from the one above.
  var standsApart: Bool

  static func == (a: Paragraph, b: Paragraph) -> Bool {
    a.characters == b.characters && a.bullet?.glyph == b.bullet?.glyph && a.bullet?.depth == b.bullet?.depth
      && a.size == b.size && a.standsApart == b.standsApart
  }

  /// A block's lines as paragraphs. A line continues the paragraph above when the slide wrapped it
  /// there: no bullet, the same size and language, no gap, and either both are headings (a heading
  /// is one line per language) or the line above was full (its next word would not have fitted
  /// at its end). Lines at least `headingSize` are headings.
  static func paragraphs(of block: Block, headingSize: Double) -> [Paragraph] {
    let bullets = block.lines.map(bullet(of:))
    let depths = depths(of: bullets.compactMap { $0?.left }, size: block.lines.map(\.size).max() ?? 1)
    var paragraphs: [Paragraph] = []
    var previous: Fragment?
    for (line, bullet) in zip(block.lines, bullets) {
      var characters = line.characters
      if let bullet { characters.removeFirst(bullet.length) }
      if bullet == nil, let previous, continues(previous, with: line, in: block, headingSize: headingSize) {
        paragraphs[paragraphs.count - 1].append(characters)
      } else {
        let gap = previous.map { line.top - $0.bottom } ?? .infinity
        paragraphs.append(
          Paragraph(
            characters: characters,
            bullet: bullet.map { ($0.glyph, depths[$0.left] ?? 0) },
            size: line.size,
            standsApart: gap > 0.6 * max(line.size, 1)))
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
    guard length > 1 || line.characters.count == 1 else { return nil }
    return (glyph, first.box.left, length)
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

  /// Whether `line` is the rest of the paragraph whose last line is `above`.
  static func continues(_ above: Fragment, with line: Fragment, in block: Block, headingSize: Double) -> Bool {
    let size = max(above.size, 1)
    guard abs(above.size - line.size) < 0.5, line.top - above.bottom < 0.5 * size else { return false }
    let (aboveHan, lineHan) = (
      above.characters.contains { isHan($0.scalar) }, line.characters.contains { isHan($0.scalar) }
    )
    guard aboveHan == lineHan, let first = line.characters.first else { return false }
    if above.size >= headingSize { return true }
    // Where the text box ends: as far as its lines of this size reach, when two of them reach
    // there (one line alone may end anywhere: a title broken by hand).
    let rights = block.lines.filter { abs($0.size - above.size) < 0.5 }.map(\.right)
    guard let right = rights.max(), rights.filter({ $0 >= right - size }).count >= 2,
      above.right - above.left >= 10 * size
    else { return false }
    // The first word of the line: up to a space, or its first character in Chinese.
    let wordEnd =
      isCJK(first.scalar) ? first : line.characters.prefix { $0.scalar != " " }.last ?? first
    let spaceWidth = aboveHan ? 0 : 0.3 * size
    return above.right + spaceWidth + (wordEnd.box.right - first.box.left) > right - 0.1 * size
  }

  mutating func append(_ continuation: [PDFCharacter]) {
    guard let last = characters.last, let first = continuation.first else {
      characters += continuation
      return
    }
    if !isCJK(last.scalar) && !isCJK(first.scalar) {
      characters.append(PDFCharacter(" ", box: last.box, font: last.font))
    }
    characters += continuation
  }
}

/// A Chinese character.
func isHan(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
  default: false
  }
}

/// A Chinese character, or CJK punctuation or a full-width form.
func isCJK(_ scalar: Unicode.Scalar) -> Bool {
  isHan(scalar) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
}
