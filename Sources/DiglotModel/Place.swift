/// Where a part of a document stands, as a walk of the tree finds it: the area and the topic it
/// is in, if any, and inside a bullet, the bullet's path through the blocks.
public struct Place: Hashable, Sendable {
  /// The area's index in `Document.areas`.
  public var area: Int?
  /// The topic's index in that area's `topics`.
  public var topic: Int?
  /// For a bullet, its text, and its block: the index of the block (in the area's, the topic's,
  /// the front's or the closing's blocks), then the index of each sub-bullet down to it; empty
  /// elsewhere.
  public var path: [Int]

  public init(area: Int? = nil, topic: Int? = nil, path: [Int] = []) {
    (self.area, self.topic, self.path) = (area, topic, path)
  }

  /// The bullet of an area that the place is in; `nil` outside bullets and outside areas.
  public var bullet: ItemPlace? {
    guard let area, !path.isEmpty else { return nil }
    return ItemPlace(area: area, topic: topic, path: path)
  }
}

/// Where a bullet stands in its document: its area, its topic if any, and its path through the
/// blocks (the block's index in the area's or topic's blocks, then the index of each sub-bullet).
public struct ItemPlace: Hashable, Comparable, Sendable {
  public var area: Int
  public var topic: Int?
  public var path: [Int]

  public init(area: Int, topic: Int?, path: [Int]) {
    self.area = area
    self.topic = topic
    self.path = path
  }

  public static func < (a: ItemPlace, b: ItemPlace) -> Bool {
    if a.area != b.area { return a.area < b.area }
    if a.topic != b.topic { return (a.topic ?? -1) < (b.topic ?? -1) }
    return a.path.lexicographicallyPrecedes(b.path)
  }
}
