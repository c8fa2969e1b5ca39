/// A table written as slide text, as the input format writes one: a row a line, cells parted by
/// tabs (a tab inside a cell becomes a space). A table whose cells hold both languages is written
/// twice: the Chinese table, a blank line, then the English one; a line in neither language (a
/// figure, a date) stands in both.
public enum SlideTable {
  /// `rows`, each a cell per column, each cell its lines top to bottom, as slide text lines.
  /// `language` tells a line's language (nil for neither); `cell` writes a cell's lines as one.
  public static func lines<Line>(
    _ rows: [[[Line]]], language: (Line) -> DeckLanguage?, cell: ([Line]) -> String
  ) -> [String] {
    let isBilingual = rows.joined().contains { lines in
      Set(lines.compactMap(language)).isSuperset(of: [.zh, .en])
    }
    func written(_ keeps: (DeckLanguage?) -> Bool) -> [String] {
      rows.map { row in
        row.map { lines in
          String(cell(lines.filter { keeps(language($0)) }).map { $0 == "\t" ? " " : $0 })
        }.joined(separator: "\t")
      }
    }
    guard isBilingual else { return written { _ in true } }
    return written { $0 != .en } + [""] + written { $0 != .zh }
  }
}
