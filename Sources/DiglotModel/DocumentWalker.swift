/// A walk through a document's tree in reading order, as swift-markdown's `MarkupWalker` walks
/// markup: each `visit` method descends into the node's children unless a walker overrides it,
/// and an override calls `descend(into:)` to go on below its node.
///
/// The order: the title, subtitle and bureau; the front; each area (its title, its blocks, then
/// each topic: its title, then its blocks); the closing. An item's text comes before its
/// sub-items; a table's cells row by row.
public protocol DocumentWalker {
  mutating func visitDocument(_ document: Document)
  mutating func visitArea(_ area: Area, at index: Int)
  mutating func visitTopic(_ topic: Topic, at index: Int)
  mutating func visitBlock(_ block: Block)
  mutating func visitItem(_ item: Item)
  /// Every text of the tree; the walk ends here.
  mutating func visitText(_ text: Bilingual)
}

extension DocumentWalker {
  public mutating func visitDocument(_ document: Document) { descend(into: document) }
  public mutating func visitArea(_ area: Area, at index: Int) { descend(into: area) }
  public mutating func visitTopic(_ topic: Topic, at index: Int) { descend(into: topic) }
  public mutating func visitBlock(_ block: Block) { descend(into: block) }
  public mutating func visitItem(_ item: Item) { descend(into: item) }
  public mutating func visitText(_ text: Bilingual) {}

  /// Visits the document's parts in reading order.
  public mutating func descend(into document: Document) {
    visitText(document.titleSlide.title)
    if let subtitle = document.titleSlide.subtitle { visitText(subtitle) }
    if let bureau = document.titleSlide.bureau { visitText(bureau) }
    for block in document.front { visitBlock(block) }
    for (index, area) in document.areas.enumerated() { visitArea(area, at: index) }
    for block in document.closing { visitBlock(block) }
  }

  /// Visits the area's title, its blocks, then its topics.
  public mutating func descend(into area: Area) {
    visitText(area.title)
    for block in area.blocks { visitBlock(block) }
    for (index, topic) in area.topics.enumerated() { visitTopic(topic, at: index) }
  }

  /// Visits the topic's title, then its blocks.
  public mutating func descend(into topic: Topic) {
    visitText(topic.title)
    for block in topic.blocks { visitBlock(block) }
  }

  /// Visits the block's item, or its texts.
  public mutating func descend(into block: Block) {
    switch block {
    case .item(let item): visitItem(item)
    case .paragraph(let text), .note(let text): visitText(text)
    case .labels(let labels): for label in labels { visitText(label) }
    case .table(let table): for row in table.rows { for cell in row { visitText(cell) } }
    }
  }

  /// Visits the item's text, then its sub-items.
  public mutating func descend(into item: Item) {
    visitText(item.text)
    for child in item.children { visitItem(child) }
  }
}

/// Calls a closure with every text a walk visits, in order.
private struct TextVisitor: DocumentWalker {
  let body: (Bilingual) -> Void

  mutating func visitText(_ text: Bilingual) { body(text) }
}

extension Document {
  /// Calls `body` with every text of the document in reading order, without collecting them.
  public func forEachText(_ body: (Bilingual) -> Void) {
    withoutActuallyEscaping(body) { body in
      var visitor = TextVisitor(body: body)
      visitor.visitDocument(self)
    }
  }

  /// Every text of the document in reading order.
  public var texts: [Bilingual] {
    var texts: [Bilingual] = []
    forEachText { texts.append($0) }
    return texts
  }
}

extension Block {
  /// Calls `body` with the texts of the block in reading order, sub-bullets included, without
  /// collecting them.
  public func forEachText(_ body: (Bilingual) -> Void) {
    withoutActuallyEscaping(body) { body in
      var visitor = TextVisitor(body: body)
      visitor.visitBlock(self)
    }
  }

  /// The texts of the block in reading order, sub-bullets included.
  public var texts: [Bilingual] {
    var texts: [Bilingual] = []
    forEachText { texts.append($0) }
    return texts
  }
}
