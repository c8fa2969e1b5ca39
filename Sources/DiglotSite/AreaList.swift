import DiglotModel

/// The front of an address without the list of its areas that an overview slide gives: the
/// overview page lists the areas once, linked, under the list's own heading if it has one.
struct AreaList {
  /// The front's blocks less the paragraphs that repeat an area's title and their heading.
  var blocks: [Block]
  /// The paragraph just before the repeated titles that names them (`Areas of key initiatives`).
  var heading: Bilingual?

  init(_ document: Document) {
    let titles = document.areas.map { Self.key($0.title) }
    func repeatsArea(_ block: Block) -> Bool {
      guard case .paragraph(let text) = block else { return false }
      let key = Self.key(text)
      return titles.contains { title in
        (key.zh != nil && key.zh == title.zh) || (key.en != nil && key.en == title.en)
      }
    }
    let front = document.front
    guard let first = front.firstIndex(where: repeatsArea) else {
      (blocks, heading) = (front, nil)
      return
    }
    var kept = front.indices.filter { !repeatsArea(front[$0]) }
    heading = nil
    if first > 0, case .paragraph(let text) = front[first - 1], Self.isHeading(text) {
      heading = text
      kept.removeAll { $0 == first - 1 }
    }
    blocks = kept.map { front[$0] }
  }

  /// A short line with no figure that does not end a sentence: `Areas of key initiatives`.
  private static func isHeading(_ text: Bilingual) -> Bool {
    let sides = [text.zh, text.en].compactMap { $0?.plainText }
    return text.figures.isEmpty && !sides.isEmpty
      && sides.allSatisfy { $0.count <= 60 && !($0.last.map { ".。:：".contains($0) } ?? true) }
  }

  /// A text's letters and digits in each language, lower-cased, for comparing titles.
  private static func key(_ text: Bilingual) -> (zh: String?, en: String?) {
    func letters(_ inline: Inline?) -> String? {
      let kept = (inline?.plainText ?? "").lowercased().filter { $0.isLetter || $0.isNumber }
      return kept.isEmpty ? nil : kept
    }
    return (letters(text.zh), letters(text.en))
  }
}
