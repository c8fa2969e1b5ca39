import DiglotDeck
import DiglotModel
import DiglotPoppler

/// A table on a slide: text boxes side by side whose lines fall into the same rows. The boxes
/// one above the other make a column (a box may be one cell or a whole column), cut into cells
/// where a gap wider than half a line parts its lines; the cells of a row start at the same
/// height. (A PDF keeps no table, only where its text stands.)
struct PDFTable {
  /// The rows, each a cell per column, each cell its lines top to bottom.
  var rows: [[[Fragment]]]

  /// The table that `blocks` (rows of blocks side by side, in reading order) make, or nil: two or
  /// more columns with as many cells each, two or more, whose tops align row by row. A Chinese
  /// column beside an English one is a slide's two languages side by side, not a table.
  init?(_ blocks: [Block]) {
    var groups = UnionFind(count: blocks.count)
    for a in blocks.indices {
      for b in blocks.indices where b > a && min(blocks[a].right, blocks[b].right) > max(blocks[a].left, blocks[b].left)
      {
        groups.union(a, b)
      }
    }
    let columns = Dictionary(grouping: blocks.indices, by: { groups.find($0) }).values
      .map { members in members.flatMap { blocks[$0].lines }.sorted { $0.top < $1.top } }
      .sorted { ($0.map(\.left).min() ?? 0) < ($1.map(\.left).min() ?? 0) }
    guard columns.count >= 2 else { return nil }
    let cells = columns.map(PDFTable.cells(of:))
    let count = cells[0].count
    guard count >= 2, cells.allSatisfy({ $0.count == count }) else { return nil }
    for row in 0..<count {
      let firstLines = cells.map { $0[row][0] }
      let size = max(firstLines.map(\.size).max() ?? 1, 1)
      let tops = firstLines.map(\.top)
      guard tops.max()! - tops.min()! < size / 2 else { return nil }
    }
    let languages = cells.map { column in Set(column.joined().map { Paragraph.language(of: [$0.characters]) }) }
    if columns.count == 2, Set(languages) == [[.zh], [.en]] { return nil }
    rows = (0..<count).map { row in cells.map { $0[row] } }
  }

  /// A column's lines cut into cells where a gap wider than half a line parts them.
  static func cells(of lines: [Fragment]) -> [[Fragment]] {
    var cells: [[Fragment]] = []
    for line in lines {
      if let last = cells.last?.last, line.top - last.bottom <= 0.5 * max(last.size, line.size, 1) {
        cells[cells.count - 1].append(line)
      } else {
        cells.append([line])
      }
    }
    return cells
  }

  /// The table as slide text (`SlideTable`), a cell's lines joined as a paragraph's wrapped lines.
  var lines: [String] {
    SlideTable.lines(
      rows, language: { Paragraph.language(of: [$0.characters]) },
      cell: { cell in
        var characters: [PDFCharacter] = []
        for line in cell {
          if let last = characters.last, let first = line.characters.first,
            Paragraph.joinsWithSpace(last.scalar, first.scalar)
          {
            characters.append(PDFCharacter(" ", box: last.box, font: last.font))
          }
          characters += line.characters
        }
        return InlineText.markdown(characters)
      })
  }
}
