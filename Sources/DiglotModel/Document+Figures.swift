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
    var placer = FigurePlacer()
    placer.visitDocument(self)
    return placer.placed
  }
}

/// Each text's figures, with the area and topic the walk is in.
private struct FigurePlacer: DocumentWalker {
  var placed: [PlacedFigure] = []
  var area: Int?
  var topic: Int?

  mutating func visitArea(_ area: Area, at index: Int) {
    self.area = index
    descend(into: area)
    self.area = nil
  }

  mutating func visitTopic(_ topic: Topic, at index: Int) {
    self.topic = index
    descend(into: topic)
    self.topic = nil
  }

  mutating func visitText(_ text: Bilingual) {
    for figure in text.figures { placed.append(PlacedFigure(figure: figure, area: area, topic: topic)) }
  }
}
