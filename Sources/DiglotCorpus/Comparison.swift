import DiglotModel

/// What an address changes from the one before it of the same kind and bureau.
public struct Comparison: Hashable, Sendable {
  /// What became of one initiative between the two addresses.
  public struct Change: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
      /// Mentioned by the later address only.
      case new
      /// Mentioned by both.
      case continued
      /// Mentioned by the earlier address only.
      case dropped
    }

    public var status: Status
    /// The initiative's index in `Corpus.initiatives`.
    public var initiative: Int
    /// Its mentions in the earlier address.
    public var earlier: [Mention]
    /// Its mentions in the later address.
    public var later: [Mention]

    /// The money figures the earlier address gives it, in reading order.
    public var earlierMoney: [Figure] { earlier.flatMap(\.money) }
    /// The money figures the later address gives it, in reading order.
    public var laterMoney: [Figure] { later.flatMap(\.money) }

    /// For a continued initiative: the amounts are not the same (`$3 billion → $5 billion`).
    public var figuresChanged: Bool {
      status == .continued && earlierMoney.map(FigureTable.amount) != laterMoney.map(FigureTable.amount)
    }
  }

  /// The changes of one area: of the later address for new and continued initiatives, of the
  /// earlier address for those no longer mentioned.
  public struct Section: Hashable, Sendable {
    /// The document whose area this is: `Comparison.later` or `Comparison.earlier`.
    public var document: Int
    public var area: Int
    public var changes: [Change]
  }

  /// The earlier address's index in `Corpus.documents`.
  public var earlier: Int
  /// The later address's index in `Corpus.documents`.
  public var later: Int
  /// Area by area: the later address's areas in order, then the earlier's for what it dropped.
  public var sections: [Section]

  /// - Parameter mentions: for each document, the mentions of each initiative it names, by the
  ///   initiative's index in `Corpus.initiatives`.
  init(earlier: Int, later: Int, mentions: [[Int: [Mention]]]) {
    self.earlier = earlier
    self.later = later
    var laterSections: [Int: [Change]] = [:]
    var earlierSections: [Int: [Change]] = [:]
    for index in Set(mentions[earlier].keys).union(mentions[later].keys).sorted() {
      let before = mentions[earlier][index] ?? []
      let after = mentions[later][index] ?? []
      switch (before.isEmpty, after.isEmpty) {
      case (true, true): continue
      case (true, false):
        laterSections[after[0].place.area, default: []].append(
          Change(status: .new, initiative: index, earlier: [], later: after))
      case (false, false):
        laterSections[after[0].place.area, default: []].append(
          Change(status: .continued, initiative: index, earlier: before, later: after))
      case (false, true):
        earlierSections[before[0].place.area, default: []].append(
          Change(status: .dropped, initiative: index, earlier: before, later: []))
      }
    }
    func grouped(_ byArea: [Int: [Change]], document: Int) -> [Section] {
      byArea.keys.sorted().map { area in
        let changes = byArea[area]!.sorted { a, b in
          let (x, y) = ((a.later + a.earlier)[0].place, (b.later + b.earlier)[0].place)
          return x != y ? x < y : a.initiative < b.initiative
        }
        return Section(document: document, area: area, changes: changes)
      }
    }
    sections = grouped(laterSections, document: later) + grouped(earlierSections, document: earlier)
  }
}
