/// Lines in columns (cells separated by a tab or a run of two or more spaces), read as a table.
enum TableLines {
  /// The cells of the table whose first line is at `start`: two or more lines in a row of plain
  /// text, each with the same number (two or more) of cells. Nil if no table starts there.
  static func rows(startingAt start: Int, in block: ArraySlice<Line>) -> [[LocatedText]]? {
    guard let first = cells(ofLineAt: start, in: block) else { return nil }
    var rows = [first]
    var index = start + 1
    while index < block.endIndex, let row = cells(ofLineAt: index, in: block), row.count == first.count {
      rows.append(row)
      index += 1
    }
    return rows.count >= 2 ? rows : nil
  }

  /// The table as one segment: its language is that of all its cells together.
  static func segment(_ rows: [[LocatedText]]) -> Segment {
    let all = rows.flatMap { $0.flatMap(\.scalars) }
    return Segment(
      kind: .table, language: LineLexer.language(of: all), text: rows[0][0], rows: rows, lastLineHardBreak: false)
  }

  /// The cells of the line at `lineIndex`, if it is plain text with at least two of them. Most
  /// lines are ruled out by what the lexer found, without being copied.
  private static func cells(ofLineAt lineIndex: Int, in block: ArraySlice<Line>) -> [LocatedText]? {
    guard block[lineIndex].hasColumnGap else { return nil }
    let line = block[lineIndex]
    guard line.kind == .text || line.kind.isNumbered else { return nil }
    let scalars = line.content.scalars
    var cells: [LocatedText] = []
    var cell = LocatedText()
    var index = 0
    while index < scalars.count {
      var end = index
      while end < scalars.count, scalars[end] == " " || scalars[end] == "\t" { end += 1 }
      if end > index {
        let isGap = scalars[index] == "\t" || end - index >= 2 || (end < scalars.count && scalars[end - 1] == "\t")
        if isGap {
          cells.append(cell)
          cell = LocatedText()
        } else {
          for space in index..<end { cell.append(scalars[space], at: line.content.positions[space]) }
        }
        index = end
        continue
      }
      cell.append(scalars[index], at: line.content.positions[index])
      index += 1
    }
    cells.append(cell)
    // A Chinese cell beside an English one is a line of a slide with both languages side by
    // side, not a row of a table.
    if cells.count == 2, BothLanguages.split(line, hasMarker: false) != nil { return nil }
    return cells.count >= 2 ? cells : nil
  }
}

extension LineKind {
  fileprivate var isNumbered: Bool {
    if case .numbered = self { true } else { false }
  }
}
