import DiglotModel

/// What a converter repeats on every page of a deck split by form feeds: page numbers, and a
/// footer (or header) line. Such lines are not the deck's content: they are left out, and one
/// note says what was left out and where it starts.
enum PageFurniture {
  /// Blanks the furniture lines of `lines`; returns the note, or nil when there was none.
  static func remove(from lines: inout [Line], file: String) -> Diagnostic? {
    let starts = [0] + lines.indices.filter { $0 > 0 && lines[$0].startsPage }
    guard starts.count >= 3 else { return nil }
    let pages = zip(starts, starts.dropFirst() + [lines.count]).map { $0..<$1 }
    // A footer is one of the last two lines of more than half the pages; a header is the first
    // line of every page but one at most (an area's heading may top most of the pages).
    var tops: [Int] = []
    var bottoms: [Int] = []
    for page in pages {
      let filled = page.filter { lines[$0].kind != .blank }
      tops += filled.prefix(1)
      bottoms += filled.suffix(2).filter { !filled.prefix(1).contains($0) }
    }
    func pageCount(_ indices: [Int]) -> [String: Int] {
      var counts: [String: Int] = [:]
      for index in indices { counts[lines[index].content.string, default: 0] += 1 }
      return counts
    }
    let (topCounts, bottomCounts) = (pageCount(tops), pageCount(bottoms))
    let numberedPages = (tops + bottoms).filter { isPageNumber(lines[$0]) }.count
    let hasPageNumbers = numberedPages * 2 > pages.count
    var removed: [Int] = []
    var repeatedTexts: [String] = []
    for (indices, counts, needed) in [(tops, topCounts, pages.count - 1), (bottoms, bottomCounts, pages.count / 2 + 1)]
    {
      for index in indices {
        let text = lines[index].content.string
        if hasPageNumbers, isPageNumber(lines[index]) {
          removed.append(index)
        } else if counts[text, default: 0] >= needed, lines[index].kind == .text {
          removed.append(index)
          if !repeatedTexts.contains(text) { repeatedTexts.append(text) }
        }
      }
    }
    guard let first = removed.min() else { return nil }
    for index in removed {
      lines[index].kind = .blank
      lines[index].content = LocatedText()
    }
    var what = repeatedTexts.map { "the line `\($0)`" }
    if hasPageNumbers { what.insert("page numbers", at: 0) }
    return Diagnostic(
      .note,
      "left out what is repeated on the pages: \(what.joined(separator: " and ")) (\(removed.count) lines on \(pages.count) pages)",
      file: file, position: SourcePosition(line: lines[first].number, column: 1))
  }

  /// A line of one to four digits alone.
  private static func isPageNumber(_ line: Line) -> Bool {
    let scalars = line.content.scalars
    return (1...4).contains(scalars.count) && scalars.allSatisfy { ("0"..."9").contains($0) }
  }
}
