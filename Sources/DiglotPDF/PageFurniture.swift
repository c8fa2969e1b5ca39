import DiglotModel

/// What a deck repeats at the foot (or head) of its slides: page numbers, and a footer repeated
/// on most slides. Not the deck's content: left out, with one note saying what was left out.
enum PageFurniture {
  /// The band at the top and at the bottom of a page where furniture stands, as a share of its height.
  static let topBand = 0.08
  static let bottomBand = 0.12

  /// Removes the furniture from each page's fragments (`heights`: the pages' heights); returns the note.
  static func remove(from pages: inout [[Fragment]], heights: [Double], file: String) -> Diagnostic? {
    func inBottomBand(_ fragment: Fragment, _ page: Int) -> Bool {
      fragment.middle > heights[page] * (1 - bottomBand)
    }
    var footerPages: [String: Set<Int>] = [:]
    for (page, fragments) in pages.enumerated() {
      for fragment in fragments where inBottomBand(fragment, page) && !isPageNumber(fragment.text) {
        footerPages[fragment.text, default: []].insert(page)
      }
    }
    let footers = Set(footerPages.filter { pages.count >= 3 && $0.value.count * 2 > pages.count }.keys)
    var removed = 0
    var first: Int?
    var numbered = false
    var repeated: [String] = []
    for page in pages.indices {
      pages[page].removeAll { fragment in
        let inBand = inBottomBand(fragment, page) || fragment.middle < heights[page] * topBand
        let isNumber = inBand && isPageNumber(fragment.text)
        let isFooter = inBottomBand(fragment, page) && footers.contains(fragment.text)
        guard isNumber || isFooter else { return false }
        removed += 1
        first = first ?? page
        if isNumber { numbered = true } else if !repeated.contains(fragment.text) { repeated.append(fragment.text) }
        return true
      }
    }
    guard let first else { return nil }
    var what = repeated.map { "the line `\($0)`" }
    if numbered { what.insert("page numbers", at: 0) }
    return Diagnostic(
      .note,
      "left out what is repeated on the slides: \(what.joined(separator: " and ")) (\(removed) lines on \(pages.count) slides)",
      file: file, position: SourcePosition(line: first + 1, column: 1))
  }

  /// One to four digits alone, or `n / m`.
  static func isPageNumber(_ text: String) -> Bool {
    let parts = text.split(separator: "/").map { $0.trimmingCharacters(in: " ") }
    return (1...2).contains(parts.count)
      && parts.allSatisfy { (1...4).contains($0.count) && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> Substring {
    var text = self
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return text
  }
}
