extension Document {
  /// The document with every text (titles, blocks, items and their children, labels, table
  /// cells) changed by `transform`; the structure is kept.
  public func mappingTexts(_ transform: (Bilingual) -> Bilingual) -> Document {
    func block(_ block: Block) -> Block {
      switch block {
      case .item(let item): .item(self.item(item, transform))
      case .paragraph(let text): .paragraph(transform(text))
      case .note(let text): .note(transform(text))
      case .labels(let labels): .labels(labels.map(transform))
      case .table(let table):
        .table(Table(rows: table.rows.map { $0.map(transform) }, hasHeaderRow: table.hasHeaderRow))
      }
    }
    var document = self
    document.titleSlide.title = transform(titleSlide.title)
    document.titleSlide.subtitle = titleSlide.subtitle.map(transform)
    document.titleSlide.bureau = titleSlide.bureau.map(transform)
    document.front = front.map(block)
    document.areas = areas.map { area in
      var area = area
      area.title = transform(area.title)
      area.blocks = area.blocks.map(block)
      area.topics = area.topics.map { Topic(title: transform($0.title), blocks: $0.blocks.map(block)) }
      return area
    }
    document.closing = closing.map(block)
    return document
  }

  private func item(_ item: Item, _ transform: (Bilingual) -> Bilingual) -> Item {
    Item(text: transform(item.text), children: item.children.map { self.item($0, transform) })
  }
}
