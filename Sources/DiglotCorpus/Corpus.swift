import DiglotModel
import Foundation

/// What the addresses say together: initiatives across addresses, figure tables, and what each
/// address changes from the one before it. Computed from the documents alone, once per build.
public struct Corpus: Sendable {
  /// The documents, in the order given (the site's: newest first).
  public let documents: [Document]
  /// Initiatives, the most recently mentioned first.
  public let initiatives: [Initiative]
  /// The money figures of each document, by the document's index.
  public let figureTables: [FigureTable]
  /// For each address that has an earlier one of the same kind and bureau, what changed.
  public let comparisons: [Comparison]
  /// For each document, the initiatives (indices into `initiatives`) each of its bullets names,
  /// in the order the bullet names them.
  public let initiativesByItem: [[ItemPlace: [Int]]]
  /// The names each document's bullets give, by the document's index.
  public let names: [[BulletName]]
  /// For each document, for each bullet that names several initiatives, the initiatives each of
  /// its money figures is for (`Mention.money`).
  private let figureOwners: [[ItemPlace: [Figure: [Int]]]]

  /// - Parameters:
  ///   - documents: newest first, as the site lists them; indices in the corpus refer to this order.
  ///   - known: the names a document's bullets give, where they were found before with the same
  ///     rules, by the document's index; the others are found here.
  public init(documents: [Document], rules: InitiativeRules = InitiativeRules(), names known: [[BulletName]?] = []) {
    self.documents = documents
    // Document by document, on all cores; the order stays the documents'.
    names = documents.indices.concurrentMap(batchSize: 8) { index in
      (known.indices.contains(index) ? known[index] : nil) ?? InitiativeFinder.names(in: documents[index], rules: rules)
    }
    initiatives = InitiativeFinder.initiatives(in: documents, names: names, rules: rules)
    figureTables = documents.indices.concurrentMap(batchSize: 8) { FigureTable(document: $0, documents[$0]) }
    var byItem = [[ItemPlace: [Int]]](repeating: [:], count: documents.count)
    var mentions = [[Int: [Mention]]](repeating: [:], count: documents.count)
    for (index, initiative) in initiatives.enumerated() {
      for mention in initiative.mentions {
        byItem[mention.document][mention.place, default: []].append(index)
        mentions[mention.document][index, default: []].append(mention)
      }
    }
    // A bullet's initiatives in the order it names them, which no other address changes.
    // A mention's name may join two of the bullet's names (one per language): the first counts.
    for document in documents.indices {
      var order: [ItemPlace: [String: Int]] = [:]
      for (position, name) in names[document].enumerated() where byItem[document][name.place]?.count ?? 0 > 1 {
        for written in [name.name.zh, name.name.en].compactMap({ $0 }) {
          order[name.place, default: [:]][written] = order[name.place]?[written] ?? position
        }
      }
      for (place, order) in order {
        let position = { (initiative: Int) in
          let name = mentions[document][initiative]?.first { $0.place == place }?.name
          return [name?.zh, name?.en].compactMap { $0.flatMap { order[$0] } }.min() ?? Int.max
        }
        byItem[document][place]?.sort { position($0) < position($1) }
      }
    }
    initiativesByItem = byItem
    var owners = [[ItemPlace: [Figure: [Int]]]](repeating: [:], count: documents.count)
    for (index, initiative) in initiatives.enumerated() {
      for mention in initiative.mentions where byItem[mention.document][mention.place]?.count ?? 0 > 1 {
        for figure in mention.money {
          owners[mention.document][mention.place, default: [:]][figure, default: []].append(index)
        }
      }
    }
    figureOwners = owners
    var comparisons: [Comparison] = []
    var latest: [Series: Int] = [:]
    // Walking from the oldest, each address is compared with the last one seen of its series.
    for index in documents.indices.reversed() where documents[index].titleSlide.date != nil {
      let series = Series(documents[index])
      if let earlier = latest[series] {
        comparisons.append(Comparison(earlier: earlier, later: index, mentions: mentions))
      }
      latest[series] = index
    }
    self.comparisons = comparisons.sorted { $0.later < $1.later }
  }

  /// The comparison in which the document is the later address.
  public func comparison(toEarlierOf document: Int) -> Comparison? {
    comparisons.first { $0.later == document }
  }

  /// The comparison in which the document is the earlier address.
  public func comparison(toLaterOf document: Int) -> Comparison? {
    comparisons.first { $0.earlier == document }
  }

  /// The initiatives a bullet's money figure is for, of those the bullet names: all of them,
  /// unless it names several, which share its money (`Mention.money`).
  public func initiatives(ofFigure figure: Figure, atBullet place: ItemPlace, in document: Int) -> [Int] {
    let named = initiativesByItem[document][place] ?? []
    guard named.count > 1 else { return named }
    return figureOwners[document][place]?[figure] ?? []
  }

  /// An initiative's money in each address that mentions it, oldest first: the sum of the money
  /// figures of its bullets there that are its own and that the address's totals count (`nil`
  /// where they state none).
  public func amounts(ofInitiative index: Int) -> [(document: Int, total: Decimal?)] {
    var result: [(document: Int, total: Decimal?)] = []
    for mention in initiatives[index].mentions.reversed() {
      if result.last?.document != mention.document { result.append((mention.document, nil)) }
      var counted: Decimal?
      for area in figureTables[mention.document].areas {
        for entry in area.figures where entry.place == mention.place && entry.isCounted {
          guard initiatives(ofFigure: entry.figure, atBullet: mention.place, in: mention.document).contains(index)
          else { continue }
          counted = (counted ?? 0) + FigureTable.amount(entry.figure)
        }
      }
      if let counted { result[result.count - 1].total = (result.last?.total ?? 0) + counted }
    }
    return result
  }

  /// Addresses of one kind from one bureau, compared with one another.
  private struct Series: Hashable {
    var kind: DocumentKind
    var bureau: String

    init(_ document: Document) {
      kind = document.titleSlide.kind
      bureau = InitiativeName.normalised(
        document.titleSlide.bureau?.en?.plainText ?? document.titleSlide.bureau?.zh?.plainText ?? "")
    }
  }
}
