import DiglotModel
import DiglotPoppler

/// A text box as rebuilt from the page: lines close enough together, one above the other or side by
/// side, in reading order. Two boxes side by side are two blocks, read one after the other.
struct Block: Equatable {
  /// The lines top to bottom, each the fragments on one baseline joined.
  var lines: [Fragment]
  var left: Double { lines.map(\.left).min() ?? 0 }
  var top: Double { lines.first?.top ?? 0 }
  var right: Double { lines.map(\.right).max() ?? 0 }
}

enum Layout {
  /// The page's fragments grouped into blocks, in reading order: top to bottom, and left to right
  /// among blocks that start at the same height.
  static func blocks(of fragments: [Fragment]) -> [Block] {
    var groups = UnionFind(count: fragments.count)
    // Only fragments near each other down the page can belong together: each is compared with
    // those starting below its top and above its bottom plus one and a half of the largest size,
    // so that a page of many fragments takes no more than a few comparisons for each.
    let byTop = fragments.indices.sorted { fragments[$0].top < fragments[$1].top }
    let reach = 1.5 * max(fragments.map(\.size).max() ?? 1, 1)
    for (position, a) in byTop.enumerated() {
      for b in byTop[(position + 1)...] {
        guard fragments[b].top <= fragments[a].bottom + reach else { break }
        if belongTogether(fragments[a], fragments[b]) { groups.union(a, b) }
      }
    }
    var members: [Int: [Fragment]] = [:]
    var order: [Int] = []
    for index in fragments.indices {
      let root = groups.find(index)
      if members[root] == nil { order.append(root) }
      members[root, default: []].append(fragments[index])
    }
    let blocks = order.map { Block(lines: lines(of: members[$0]!)) }
    return readingOrder(blocks)
  }

  /// Whether two fragments are of one text box: on one line with a gap narrower than the gutter
  /// between two boxes, or one above the other, overlapping across, with less than one and a half
  /// lines between them.
  static func belongTogether(_ a: Fragment, _ b: Fragment) -> Bool {
    let size = max(a.size, b.size, 1)
    let sameLine = abs(a.middle - b.middle) < min(a.height, b.height) / 2
    if sameLine {
      let gap = max(a.left, b.left) - min(a.right, b.right)
      return gap <= 1.5 * size
    }
    let overlapsAcross = min(a.right, b.right) > max(a.left, b.left)
    let (upper, lower) = a.top <= b.top ? (a, b) : (b, a)
    return overlapsAcross && lower.top - upper.bottom <= 1.5 * size
  }

  /// A block's fragments as lines, top to bottom; fragments on one baseline make one line, left to
  /// right, with a space where they are apart (a bullet glyph and its text).
  static func lines(of fragments: [Fragment]) -> [Fragment] {
    var rows: [[Fragment]] = []
    for fragment in fragments.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
      if let last = rows.last?.last, abs(last.middle - fragment.middle) < min(last.height, fragment.height) / 2 {
        rows[rows.count - 1].append(fragment)
      } else {
        rows.append([fragment])
      }
    }
    return rows.map { row in
      let row = row.sorted { $0.left < $1.left }
      var characters: [PDFCharacter] = []
      for (index, fragment) in row.enumerated() {
        if index > 0, let last = characters.last {
          let gap = fragment.left - row[index - 1].right
          let box = PDFRect(
            left: row[index - 1].right, top: last.box.top, right: fragment.left, bottom: last.box.bottom)
          if gap > 0.2 * max(fragment.size, 1) { characters.append(PDFCharacter(" ", box: box, font: last.font)) }
        }
        characters += fragment.characters
      }
      return Fragment(characters)
    }
  }

  /// Blocks top to bottom; blocks whose first lines stand at the same height, left to right.
  static func readingOrder(_ blocks: [Block]) -> [Block] {
    rows(of: blocks.sorted(by: { $0.top < $1.top })).flatMap { $0.sorted { $0.left < $1.left } }
  }

  /// Blocks ordered top to bottom cut into rows: the blocks whose first lines stand at the same
  /// height as the row's first block's, side by side.
  static func rows(of blocks: [Block]) -> [[Block]] {
    var rows: [[Block]] = []
    for block in blocks {
      if let first = rows.last?.first, let line = first.lines.first, abs(block.top - first.top) < line.height / 2 {
        rows[rows.count - 1].append(block)
      } else {
        rows.append([block])
      }
    }
    return rows
  }
}
