import DiglotModel
import Foundation

/// The money figures of one address, grouped by area and sorted by amount, with totals.
///
/// Totals add up the figures as the address states them; a figure that is part of another (`$6
/// billion` of the `$10 billion` earmarked) is counted in both.
public struct FigureTable: Hashable, Sendable {
  /// The money figures of one area, largest first.
  public struct AreaFigures: Hashable, Sendable {
    /// The area's index in the document; `nil` for figures outside any area (the title slide).
    public var area: Int?
    public var figures: [PlacedFigure]
    /// The sum of the figures' values, in HKD.
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
    var byArea: [Int?: [PlacedFigure]] = [:]
    for placed in document.placedFigures where placed.figure.kind == .money {
      byArea[placed.area, default: []].append(placed)
    }
    let order: [Int?] = document.areas.indices.map { $0 } + [nil]
    areas = order.compactMap { area in
      guard let figures = byArea[area] else { return nil }
      // A stable sort keeps reading order among equal amounts.
      let sorted = figures.enumerated().sorted { a, b in
        let (x, y) = (Self.amount(a.element.figure), Self.amount(b.element.figure))
        return x != y ? x > y : a.offset < b.offset
      }.map(\.element)
      return AreaFigures(area: area, figures: sorted, total: sorted.reduce(0) { $0 + Self.amount($1.figure) })
    }
  }

  /// A money figure's amount in HKD.
  public static func amount(_ figure: Figure) -> Decimal { figure.value.first ?? 0 }
}
