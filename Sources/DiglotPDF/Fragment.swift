import DiglotPoppler

/// A run of characters drawn left to right on one baseline, with no wide gap inside: a piece of a
/// line of one text box. Poppler's own lines may join pieces of two text boxes side by side, or
/// a bullet glyph and its text on different lines; pieces are what the layout is rebuilt from.
/// A line of a text box is a fragment too: the fragments on its baseline joined.
struct Fragment: Equatable {
  /// The characters, spaces between words included, none at either end.
  var characters: [PDFCharacter]
  var left: Double
  var top: Double
  var right: Double
  var bottom: Double
  /// The size most of the characters are drawn at.
  var size: Double

  init(_ characters: [PDFCharacter]) {
    self.characters = characters
    let inked = characters.filter { $0.scalar != " " }
    left = inked.map(\.box.left).min() ?? 0
    top = inked.map(\.box.top).min() ?? 0
    right = inked.map(\.box.right).max() ?? 0
    bottom = inked.map(\.box.bottom).max() ?? 0
    size = Fragment.dominantSize(of: inked)
  }

  var height: Double { bottom - top }
  var middle: Double { (top + bottom) / 2 }
  var text: String { String(String.UnicodeScalarView(characters.map(\.scalar))) }

  /// The size drawn most, counted by character; ties to the larger.
  static func dominantSize(of characters: [PDFCharacter]) -> Double {
    var counts: [Double: Int] = [:]
    for character in characters {
      guard let size = character.font?.size else { continue }
      counts[(size * 2).rounded() / 2, default: 0] += 1
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
  }

  /// A page's characters cut into fragments: at poppler's line ends, where the text jumps back or
  /// to another baseline, and at a gap wider than one and a half times the text's size.
  static func fragments(of page: PDFPage) -> [Fragment] {
    var fragments: [Fragment] = []
    var current: [PDFCharacter] = []
    func finish() {
      while current.last?.scalar == " " { current.removeLast() }
      if !current.isEmpty { fragments.append(Fragment(current)) }
      current = []
    }
    for character in page.characters {
      if character.scalar == "\n" || character.scalar == "\r" {
        finish()
        continue
      }
      if character.scalar == " " {
        if !current.isEmpty { current.append(character) }
        continue
      }
      if let previous = current.last(where: { $0.scalar != " " }) {
        let size = max(character.font?.size ?? 0, previous.font?.size ?? 0, 1)
        let previousMiddle = (previous.box.top + previous.box.bottom) / 2
        let middle = (character.box.top + character.box.bottom) / 2
        let jumpsBack = character.box.left < previous.box.left - 1
        let otherBaseline = abs(middle - previousMiddle) > size / 2
        let wideGap = character.box.left - previous.box.right > 1.5 * size
        if jumpsBack || otherBaseline || wideGap { finish() }
      }
      current.append(character)
    }
    finish()
    return fragments
  }
}
