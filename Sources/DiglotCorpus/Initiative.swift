import DiglotModel

/// A bullet that names an initiative.
public struct Mention: Hashable, Sendable {
  /// The document's index in `Corpus.documents`.
  public var document: Int
  public var place: ItemPlace
  /// The name as this bullet writes it.
  public var name: InitiativeName
  /// The bullet's own text (without its sub-bullets), with its figures.
  public var text: Bilingual
  /// The bullet's money figures that are this initiative's, in reading order: all of them,
  /// unless the bullet names other initiatives too (`MoneyOwners`).
  public var money: [Figure]
}

/// One initiative across addresses: every bullet that names it.
public struct Initiative: Hashable, Sendable {
  /// The name of the newest mention that gives one, in each language.
  public var name: InitiativeName
  /// The mentions, newest address first, in reading order within an address.
  public var mentions: [Mention]
}

/// A name a bullet gives an initiative: where the bullet stands, the name as written, and the keys
/// by which it is the same initiative as other bullets' names (under the rules it was found with).
/// What a document names depends on that document and the rules alone, so a build keeps it for
/// the next one.
public struct BulletName: Hashable, Sendable {
  public var place: ItemPlace
  public var name: InitiativeName
  public var keys: [String]

  public init(place: ItemPlace, name: InitiativeName, keys: [String]) {
    self.place = place
    self.name = name
    self.keys = keys
  }
}

/// Recognises initiatives across documents: bullets whose names, once normalised, are the same in
/// either language name the same initiative, and so do the names a merge rule groups.
enum InitiativeFinder {
  /// The initiatives of `documents` (given newest first), most recently mentioned first, from the
  /// names each document's bullets give (`names(in:rules:)`, in the documents' order).
  static func initiatives(in documents: [Document], names: [[BulletName]], rules: InitiativeRules) -> [Initiative] {
    let found = zip(documents.indices, names).flatMap { index, names in
      names.compactMap { name in
        item(at: name.place, in: documents[index]).map { item in
          (
            mention: Mention(
              document: index, place: name.place, name: name.name, text: item.text,
              money: item.text.figures.filter { $0.kind == .money }),
            keys: name.keys
          )
        }
      }
    }
    let mentions = found.map(\.mention)

    // Mentions that share a key are one initiative; a merge group makes its names one key.
    var sets = UnionFind(count: mentions.count)
    var merged: [String: String] = [:]
    for group in rules.merge {
      let keys = group.map { key($0, normalised: InitiativeName.normalised($0)) }
      for key in keys { merged[key] = keys[0] }
    }
    var owner: [String: Int] = [:]
    for (index, (_, keys)) in found.enumerated() {
      for key in keys {
        let canonical = merged[key] ?? key
        if let first = owner[canonical] { sets.union(first, index) } else { owner[canonical] = index }
      }
    }

    var groups: [Int: [Mention]] = [:]
    var placed: [Bullet: Int] = [:]
    for (index, mention) in mentions.enumerated() {
      // One mention per bullet, even when its two languages' names were not paired: it takes
      // the bullet's name in each language (`產學研1+計劃` and, unpaired, `Research, Academic and
      // Industry Sectors One-plus Scheme`).
      let root = sets.find(index)
      let bullet = Bullet(initiative: root, document: mention.document, place: mention.place)
      if let kept = placed[bullet] {
        groups[root]![kept].name.zh = groups[root]![kept].name.zh ?? mention.name.zh
        groups[root]![kept].name.en = groups[root]![kept].name.en ?? mention.name.en
        continue
      }
      placed[bullet] = groups[root]?.count ?? 0
      groups[root, default: []].append(mention)
    }
    // A bullet that names several initiatives gives each its own money.
    var byBullet: [Int: [ItemPlace: [(root: Int, index: Int)]]] = [:]
    for (root, mentions) in groups {
      for (index, mention) in mentions.enumerated() where !mention.money.isEmpty {
        byBullet[mention.document, default: [:]][mention.place, default: []].append((root, index))
      }
    }
    for bullet in byBullet.values.flatMap(\.values) where bullet.count > 1 {
      let shared = bullet.sorted { $0.root < $1.root }
      let mentions = shared.map { groups[$0.root]![$0.index] }
      let owned = MoneyOwners.money(of: mentions.map(\.name), in: mentions[0].text)
      for (mention, money) in zip(shared, owned) { groups[mention.root]![mention.index].money = money }
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

  /// A bullet of a document as one initiative's: it mentions the initiative once.
  private struct Bullet: Hashable {
    var initiative: Int
    var document: Int
    var place: ItemPlace
  }

  /// The names the bullets of a document give, in reading order, each with its keys (but for
  /// names a split rule keeps apart). Names an ignore rule lists are left out.
  static func names(in document: Document, rules: InitiativeRules) -> [BulletName] {
    let ignored = Set(rules.ignore.map(InitiativeName.normalised))
    let split = Set(rules.split.map(InitiativeName.normalised))
    var result: [BulletName] = []
    document.forEachPlacedText { text, place in
      guard let place = place.bullet else { return }
      var seen: Set<InitiativeName> = []
      for name in InitiativeName.names(in: text) {
        let kept = [name.zh, name.en].map { written in
          written.map { ($0, InitiativeName.normalised($0)) }.flatMap { ignored.contains($0.1) ? nil : $0 }
        }
        let keptName = InitiativeName(zh: kept[0]?.0, en: kept[1]?.0)
        guard keptName.zh != nil || keptName.en != nil, seen.insert(keptName).inserted else { continue }
        let keys = kept.compactMap { $0 }.filter { !split.contains($0.1) }.map { key($0.0, normalised: $0.1) }
        result.append(BulletName(place: place, name: keptName, keys: keys))
      }
    }
    return result
  }

  /// A name's key: its language and its normalised form.
  static func key(_ name: String, normalised: String) -> String {
    (InitiativeName.isChinese(name) ? "zh:" : "en:") + normalised
  }

  /// The bullet or sub-bullet at a place of the document, if there is one.
  static func item(at place: ItemPlace, in document: Document) -> Item? {
    guard document.areas.indices.contains(place.area), let first = place.path.first else { return nil }
    let area = document.areas[place.area]
    let blocks: [Block]
    if let topic = place.topic {
      guard area.topics.indices.contains(topic) else { return nil }
      blocks = area.topics[topic].blocks
    } else {
      blocks = area.blocks
    }
    guard blocks.indices.contains(first), case .item(var item) = blocks[first] else { return nil }
    for index in place.path.dropFirst() {
      guard item.children.indices.contains(index) else { return nil }
      item = item.children[index]
    }
    return item
  }
}
