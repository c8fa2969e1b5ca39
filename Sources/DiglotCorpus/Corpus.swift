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
  /// For each document, the initiatives (indices into `initiatives`) each of its bullets names.
  public let initiativesByItem: [[ItemPlace: [Int]]]
  /// The names each document's bullets give, by the document's index.
  public let names: [[BulletName]]

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
    initiativesByItem = byItem
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

  /// An initiative's money in each address that mentions it, oldest first: the sum of the money
  /// figures of its bullets there that the address's totals count (`nil` where they state none).
  public func amounts(ofInitiative index: Int) -> [(document: Int, total: Decimal?)] {
    var result: [(document: Int, total: Decimal?)] = []
    for mention in initiatives[index].mentions.reversed() {
      if result.last?.document != mention.document { result.append((mention.document, nil)) }
      var counted: Decimal?
      for area in figureTables[mention.document].areas {
        for entry in area.figures where entry.place == mention.place && entry.isCounted {
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
