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
    var placed: [PlacedFigure] = []
    forEachPlacedText { text, place in
      for figure in text.figures { placed.append(PlacedFigure(figure: figure, area: place.area, topic: place.topic)) }
    }
    return placed
  }
}
