/// A figure with the place in the document where it stands.
public struct PlacedFigure: Hashable, Sendable {
  public var figure: Figure
  /// The index of the area in `Document.areas`, if the figure stands in one.
  public var area: Int?
  /// The index of the topic in that area's `topics`, if the figure stands in one.
  public var topic: Int?
}

extension Document {
  /// Every figure of the document in reading order, with its area and topic.
  public var placedFigures: [PlacedFigure] {
    var result: [PlacedFigure] = []
    forEachText { text, area, topic in
      for figure in text.figures { result.append(PlacedFigure(figure: figure, area: area, topic: topic)) }
    }
    return result
  }

  /// Calls `body` with every text of the document in reading order, with the index of its area and
  /// of its topic in that area, if it stands in one.
  public func forEachText(_ body: (Bilingual, _ area: Int?, _ topic: Int?) -> Void) {
    func visit(_ blocks: [Block], area: Int?, topic: Int?) {
      for block in blocks { block.forEachText { body($0, area, topic) } }
    }
    body(title, nil, nil)
    if let subtitle { body(subtitle, nil, nil) }
    if let bureau { body(bureau, nil, nil) }
    visit(front, area: nil, topic: nil)
    for (areaIndex, area) in areas.enumerated() {
      body(area.title, areaIndex, nil)
      visit(area.blocks, area: areaIndex, topic: nil)
      for (topicIndex, topic) in area.topics.enumerated() {
        body(topic.title, areaIndex, topicIndex)
        visit(topic.blocks, area: areaIndex, topic: topicIndex)
      }
    }
    visit(closing, area: nil, topic: nil)
  }
}

extension Block {
  /// The texts of the block in reading order, sub-bullets included.
  public var texts: [Bilingual] {
    var texts: [Bilingual] = []
    forEachText { texts.append($0) }
    return texts
  }

  /// Calls `body` with the texts of the block in reading order, sub-bullets included.
  public func forEachText(_ body: (Bilingual) -> Void) {
    switch self {
    case .item(let item): item.forEachText(body)
    case .paragraph(let text), .note(let text): body(text)
    case .labels(let labels): labels.forEach(body)
    case .table(let table): for row in table.rows { row.forEach(body) }
    }
  }
}

extension Item {
  /// Calls `body` with the bullet's text, then its sub-bullets' texts, in reading order.
  public func forEachText(_ body: (Bilingual) -> Void) {
    body(text)
    for child in children { child.forEachText(body) }
  }
}
