import DiglotModel
import Foundation

/// The money figures of one address, grouped by area and sorted by amount, with totals.
///
/// Totals count each sum of money once. A slide lists the parts of a sum as the sub-bullets of
/// the bullet that states it (`From the $10 billion earmarked:` then `➤ $6 billion to …`), and
/// bounds a sum in the same bullet (`a $10 billion scheme, up to $200 million per enterprise`).
/// So a money figure is not added again when a bullet above it states a sum (it is a part of
/// that sum), or when it is `up to`, `no more than` or `no less than` an amount smaller than a
/// sum its own bullet states without such a word (it is a bound of that sum).
public struct FigureTable: Hashable, Sendable {
  /// A money figure, where it stands, and whether the totals count it.
  /// The figure is held as its index in the text, the sum as its amount, not as copies: a large
  /// deck has tens of thousands of money figures.
  public struct Entry: Hashable, Sendable {
    /// The bullet the figure stands in; `nil` for a heading, a paragraph, a note or a table.
    public var place: ItemPlace?
    /// The text the figure stands in (a bullet's own text, without its sub-bullets).
    public var text: Bilingual
    /// The figure's index in the text's figures.
    private var index: Int
    /// The amount of the sum this figure is a part or a bound of, in HKD, so the totals leave
    /// it out; `nil` if counted.
    public var within: Decimal?

    init(figure index: Int, of text: Bilingual, place: ItemPlace?, within: Decimal?) {
      self.place = place
      self.text = text
      self.index = index
      self.within = within
    }

    public var figure: Figure { text.figures[index] }

    /// Whether the totals count the figure.
    public var isCounted: Bool { within == nil }

    /// The first bold run of the text in one language that is more than a figure
    /// (`**life and health technology research institutes**`, not `**$6 billion**`).
    public func boldPhrase(inChinese chinese: Bool) -> String? {
      text.boldRuns(inChinese: chinese).first { InitiativeName.hasWords($0.rest) }?.run.trimmingSpaces
    }
  }

  /// The money figures of one area, largest first.
  public struct AreaFigures: Hashable, Sendable {
    /// The area's index in the document; `nil` for figures outside any area (the title slide).
    public var area: Int?
    public var figures: [Entry]
    /// The sum of the counted figures' values, in HKD.
    public var total: Decimal
  }

  /// The document's index in `Corpus.documents`.
  public var document: Int
  /// The areas that have money figures, in the document's order; figures outside areas last.
  public var areas: [AreaFigures]

  /// The sum of every area's total, in HKD.
  public var total: Decimal { areas.reduce(0) { $0 + $1.total } }

  init(document index: Int, _ document: Document) {
    self.document = index
    var byArea: [Int?: [Entry]] = [:]
    for (area, entry) in Self.entries(of: document) { byArea[area, default: []].append(entry) }
    let order: [Int?] = document.areas.indices.map { $0 } + [nil]
    areas = order.compactMap { area in
      guard let figures = byArea[area] else { return nil }
      // A stable sort keeps reading order among equal amounts.
      let sorted = figures.enumerated().sorted { a, b in
        let (x, y) = (Self.amount(a.element.figure), Self.amount(b.element.figure))
        return x != y ? x > y : a.offset < b.offset
      }.map(\.element)
      let total = sorted.reduce(Decimal(0)) { $0 + ($1.isCounted ? Self.amount($1.figure) : 0) }
      return AreaFigures(area: area, figures: sorted, total: total)
    }
  }

  /// A money figure's amount in HKD.
  public static func amount(_ figure: Figure) -> Decimal { figure.value.first ?? 0 }

  /// Whether the figure's qualifier makes it a bound of a sum rather than a sum of its own.
  private static func isBound(_ figure: Figure) -> Bool {
    [.upTo, .noMoreThan, .noLessThan].contains(figure.qualifier)
  }

  /// Every money figure of the document in reading order, with the area it stands in.
  private static func entries(of document: Document) -> [(area: Int?, entry: Entry)] {
    var finder = EntryFinder()
    finder.visitDocument(document)
    return finder.entries
  }

  /// Each text's money figures; a bullet's (one in an area) marked as a part or a bound of a sum.
  private struct EntryFinder: DocumentWalker {
    var entries: [(area: Int?, entry: Entry)] = []
    /// The amounts of the sums stated by the bullets the walk is under, the largest first.
    var above: [Decimal] = []

    mutating func visitItem(_ item: Item, at place: Place) {
      guard let bullet = place.bullet else { return descend(into: item, at: place) }
      let figures = item.text.figures
      let money = figures.indices.filter { figures[$0].kind == .money }
      let sums = money.map { figures[$0] }.filter { !isBound($0) }.map(amount)
      for index in money {
        var within = above.first
        if within == nil, isBound(figures[index]) {
          within = sums.filter { $0 > amount(figures[index]) }.max()
        }
        entries.append((bullet.area, Entry(figure: index, of: item.text, place: bullet, within: within)))
      }
      let outer = above
      if above.isEmpty { above = sums.sorted(by: >) }
      descend(into: item, at: place)
      above = outer
    }

    /// The figures of a text that is no bullet's in an area; a bullet's are found with its item.
    mutating func visitText(_ text: Bilingual, at place: Place) {
      guard place.bullet == nil else { return }
      for index in text.figures.indices where text.figures[index].kind == .money {
        entries.append((place.area, Entry(figure: index, of: text, place: nil, within: nil)))
      }
    }
  }
}
