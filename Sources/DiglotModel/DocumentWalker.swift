/// A walk through a document's tree in reading order, as swift-markdown's `MarkupWalker` walks
/// markup: each `visit` method descends into the node's children unless a walker overrides it,
/// and an override calls `descend(into:)` to go on below its node.
///
/// The order: the title, subtitle and bureau; the front; each area (its title, its blocks, then
/// each topic: its title, then its blocks); the closing. An item's text comes before its
/// sub-items; a table's cells row by row.
public protocol DocumentWalker {
  mutating func visitDocument(_ document: Document)
  mutating func visitArea(_ area: Area, at place: Place)
  mutating func visitTopic(_ topic: Topic, at place: Place)
  mutating func visitBlock(_ block: Block, at place: Place)
  mutating func visitItem(_ item: Item, at place: Place)
  /// Every text of the tree; the walk ends here.
  mutating func visitText(_ text: Bilingual, at place: Place)
}

extension DocumentWalker {
  public mutating func visitDocument(_ document: Document) { descend(into: document) }
  public mutating func visitArea(_ area: Area, at place: Place) { descend(into: area, at: place) }
  public mutating func visitTopic(_ topic: Topic, at place: Place) { descend(into: topic, at: place) }
  public mutating func visitBlock(_ block: Block, at place: Place) { descend(into: block, at: place) }
  public mutating func visitItem(_ item: Item, at place: Place) { descend(into: item, at: place) }
  public mutating func visitText(_ text: Bilingual, at place: Place) {}

  /// Visits the document's parts in reading order.
  public mutating func descend(into document: Document) {
    let outside = Place()
    visitText(document.titleSlide.title, at: outside)
    if let subtitle = document.titleSlide.subtitle { visitText(subtitle, at: outside) }
    if let bureau = document.titleSlide.bureau { visitText(bureau, at: outside) }
    visitBlocks(document.front, at: outside)
    for (index, area) in document.areas.enumerated() { visitArea(area, at: Place(area: index)) }
    visitBlocks(document.closing, at: outside)
  }

  /// Visits the area's title, its blocks, then its topics.
  public mutating func descend(into area: Area, at place: Place) {
    visitText(area.title, at: place)
    visitBlocks(area.blocks, at: place)
    for (index, topic) in area.topics.enumerated() {
      visitTopic(topic, at: Place(area: place.area, topic: index))
    }
  }

  /// Visits the topic's title, then its blocks.
  public mutating func descend(into topic: Topic, at place: Place) {
    visitText(topic.title, at: place)
    visitBlocks(topic.blocks, at: place)
  }

  /// Visits the block's item, or its texts: those stand in no bullet, so their place has no path.
  public mutating func descend(into block: Block, at place: Place) {
    let outside = Place(area: place.area, topic: place.topic)
    switch block {
    case .item(let item): visitItem(item, at: place)
    case .paragraph(let text), .note(let text): visitText(text, at: outside)
    case .labels(let labels): for label in labels { visitText(label, at: outside) }
    case .table(let table): for row in table.rows { for cell in row { visitText(cell, at: outside) } }
    }
  }

  /// Visits the item's text, then its sub-items.
  public mutating func descend(into item: Item, at place: Place) {
    visitText(item.text, at: place)
    for (index, child) in item.children.enumerated() {
      visitItem(child, at: Place(area: place.area, topic: place.topic, path: place.path + [index]))
    }
  }

  /// Visits each of a list of blocks, at a place whose path is the block's index.
  private mutating func visitBlocks(_ blocks: [Block], at place: Place) {
    for (index, block) in blocks.enumerated() {
      visitBlock(block, at: Place(area: place.area, topic: place.topic, path: [index]))
    }
  }
}

/// Calls a closure with every text a walk visits, in order, and where it stands.
private struct TextVisitor: DocumentWalker {
  let body: (Bilingual, Place) -> Void

  mutating func visitText(_ text: Bilingual, at place: Place) { body(text, place) }
}

extension Document {
  /// Calls `body` with every text of the document in reading order and where it stands.
  public func forEachPlacedText(_ body: (Bilingual, Place) -> Void) {
    withoutActuallyEscaping(body) { body in
      var visitor = TextVisitor(body: body)
      visitor.visitDocument(self)
    }
  }

  /// Calls `body` with every text of the document in reading order, without collecting them.
  public func forEachText(_ body: (Bilingual) -> Void) { forEachPlacedText { text, _ in body(text) } }

  /// Every text of the document in reading order.
  public var texts: [Bilingual] {
    var texts: [Bilingual] = []
    forEachText { texts.append($0) }
    return texts
  }
}

extension Area {
  /// Calls `body` with every text of the area in reading order and where it stands; `index` is
  /// the area's index in its document.
  public func forEachPlacedText(at index: Int, _ body: (Bilingual, Place) -> Void) {
    withoutActuallyEscaping(body) { body in
      var visitor = TextVisitor(body: body)
      visitor.visitArea(self, at: Place(area: index))
    }
  }
}

extension Block {
  /// Calls `body` with the texts of the block in reading order, sub-bullets included, without
  /// collecting them.
  public func forEachText(_ body: (Bilingual) -> Void) {
    withoutActuallyEscaping(body) { body in
      var visitor = TextVisitor(body: { text, _ in body(text) })
      visitor.visitBlock(self, at: Place())
    }
  }

  /// The texts of the block in reading order, sub-bullets included.
  public var texts: [Bilingual] {
    var texts: [Bilingual] = []
    forEachText { texts.append($0) }
    return texts
  }
}
