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
    func collect(_ text: Bilingual, area: Int?, topic: Int?) {
      result += text.figures.map { PlacedFigure(figure: $0, area: area, topic: topic) }
    }
    func collect(_ blocks: [Block], area: Int?, topic: Int?) {
      for block in blocks {
        for text in block.texts { collect(text, area: area, topic: topic) }
      }
    }
    collect(title, area: nil, topic: nil)
    if let subtitle { collect(subtitle, area: nil, topic: nil) }
    if let bureau { collect(bureau, area: nil, topic: nil) }
    collect(front, area: nil, topic: nil)
    for (areaIndex, area) in areas.enumerated() {
      collect(area.title, area: areaIndex, topic: nil)
      collect(area.blocks, area: areaIndex, topic: nil)
      for (topicIndex, topic) in area.topics.enumerated() {
        collect(topic.title, area: areaIndex, topic: topicIndex)
        collect(topic.blocks, area: areaIndex, topic: topicIndex)
      }
    }
    collect(closing, area: nil, topic: nil)
    return result
  }
}

extension Block {
  /// The texts of the block in reading order, sub-bullets included.
  public var texts: [Bilingual] {
    switch self {
    case .item(let item): item.texts
    case .paragraph(let text), .note(let text): [text]
    case .labels(let labels): labels
    case .table(let table): table.rows.flatMap { $0 }
    }
  }
}

extension Item {
  /// The bullet's text, then its sub-bullets' texts, in reading order.
  public var texts: [Bilingual] { [text] + children.flatMap(\.texts) }
}
