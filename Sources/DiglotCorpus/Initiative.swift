import DiglotModel

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

/// A bullet that names an initiative.
public struct Mention: Hashable, Sendable {
  /// The document's index in `Corpus.documents`.
  public var document: Int
  public var place: ItemPlace
  /// The name as this bullet writes it.
  public var name: InitiativeName
  /// The bullet's own text (without its sub-bullets), with its figures.
  public var text: Bilingual

  /// The bullet's money figures, in reading order.
  public var money: [Figure] { text.figures.filter { $0.kind == .money } }
}

/// One initiative across addresses: every bullet that names it.
public struct Initiative: Hashable, Sendable {
  /// The name of the newest mention that gives one, in each language.
  public var name: InitiativeName
  /// The mentions, newest address first, in reading order within an address.
  public var mentions: [Mention]
}

/// Recognises initiatives across documents: bullets whose names, once normalised, are the same in
/// either language name the same initiative, and so do the names a merge rule groups.
enum InitiativeFinder {
  /// The initiatives of `documents` (given newest first), most recently mentioned first.
  static func initiatives(in documents: [Document], rules: InitiativeRules) -> [Initiative] {
    let ignored = Set(rules.ignore.map(InitiativeName.normalised))
    let split = Set(rules.split.map(InitiativeName.normalised))
    var mentions: [Mention] = []
    for (index, document) in documents.enumerated() {
      for (place, item) in items(of: document) {
        var seen: Set<InitiativeName> = []
        for name in InitiativeName.names(in: item.text) {
          let kept = InitiativeName(
            zh: name.zh.flatMap { ignored.contains(InitiativeName.normalised($0)) ? nil : $0 },
            en: name.en.flatMap { ignored.contains(InitiativeName.normalised($0)) ? nil : $0 })
          guard kept.zh != nil || kept.en != nil, seen.insert(kept).inserted else { continue }
          mentions.append(Mention(document: index, place: place, name: kept, text: item.text))
        }
      }
    }

    // Mentions that share a key are one initiative; a merge group makes its names one key.
    var sets = DisjointSets(count: mentions.count)
    var merged: [String: String] = [:]
    for group in rules.merge {
      let keys = group.map(key)
      for key in keys { merged[key] = keys[0] }
    }
    var owner: [String: Int] = [:]
    for (index, mention) in mentions.enumerated() {
      for name in [mention.name.zh, mention.name.en].compactMap({ $0 }) {
        guard !split.contains(InitiativeName.normalised(name)) else { continue }
        let key = key(name)
        let canonical = merged[key] ?? key
        if let first = owner[canonical] { sets.union(first, index) } else { owner[canonical] = index }
      }
    }

    var groups: [Int: [Mention]] = [:]
    var placed: Set<[Int]> = []
    for (index, mention) in mentions.enumerated() {
      // One mention per bullet, even when its two languages' names were not paired.
      let root = sets.find(index)
      let bullet = [root, mention.document, mention.place.area, mention.place.topic ?? -1] + mention.place.path
      guard placed.insert(bullet).inserted else { continue }
      groups[root, default: []].append(mention)
    }
    // Mentions are already newest first (documents are), and in reading order within a document.
    let initiatives = groups.values.map { mentions in
      Initiative(
        name: InitiativeName(
          zh: mentions.lazy.compactMap(\.name.zh).first, en: mentions.lazy.compactMap(\.name.en).first),
        mentions: mentions)
    }
    return initiatives.sorted { a, b in
      let (x, y) = (a.mentions[0], b.mentions[0])
      if x.document != y.document { return x.document < y.document }
      if x.place != y.place { return x.place < y.place }
      return (a.name.en ?? "", a.name.zh ?? "") < (b.name.en ?? "", b.name.zh ?? "")
    }
  }

  /// A name's key: its language and its normalised form.
  static func key(_ name: String) -> String {
    (InitiativeName.isChinese(name) ? "zh:" : "en:") + InitiativeName.normalised(name)
  }

  /// Every bullet and sub-bullet in the document's areas, in reading order, with its place.
  static func items(of document: Document) -> [(ItemPlace, Item)] {
    var result: [(ItemPlace, Item)] = []
    func visit(_ item: Item, _ place: ItemPlace) {
      result.append((place, item))
      for (index, child) in item.children.enumerated() {
        visit(child, ItemPlace(area: place.area, topic: place.topic, path: place.path + [index]))
      }
    }
    func visit(_ blocks: [Block], area: Int, topic: Int?) {
      for (index, block) in blocks.enumerated() {
        if case .item(let item) = block { visit(item, ItemPlace(area: area, topic: topic, path: [index])) }
      }
    }
    for (areaIndex, area) in document.areas.enumerated() {
      visit(area.blocks, area: areaIndex, topic: nil)
      for (topicIndex, topic) in area.topics.enumerated() {
        visit(topic.blocks, area: areaIndex, topic: topicIndex)
      }
    }
    return result
  }
}

/// Union–find over `0..<count`, with path halving.
struct DisjointSets {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func find(_ element: Int) -> Int {
    var element = element
    while parent[element] != element {
      parent[element] = parent[parent[element]]
      element = parent[element]
    }
    return element
  }

  mutating func union(_ a: Int, _ b: Int) {
    let (x, y) = (find(a), find(b))
    if x != y { parent[max(x, y)] = min(x, y) }
  }
}
