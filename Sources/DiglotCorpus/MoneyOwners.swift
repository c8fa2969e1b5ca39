import DiglotModel
import Foundation

/// Which of a bullet's money figures each initiative it names is given, when it names more than
/// one: `撥出20億元支持「InnoHK…」…，以及撥出2億元…設立「InnoLife Healthtech Hub」` gives $2 billion to
/// the first and $200 million to the second, not both to each.
enum MoneyOwners {
  /// For each name, in order, the money figures of the text that are its own.
  ///
  /// Each name takes the figure nearest to it (`為「甲計劃」注資10億元，並為「乙計劃」注資5億元`; `allocate
  /// $2 billion to the X Scheme`); a figure no name took goes to the name nearest to it. Nearness
  /// is counted in bytes of text between the two, a clause mark (`，`, `；`, `,`, `;` …) between
  /// them counting for more than any text. Names are looked for in the language that places
  /// more of them, English first; a name not found there is given none. When no language places
  /// the figures and a name, every name keeps every figure, as the one name of a bullet does.
  static func money(of names: [InitiativeName], in text: Bilingual) -> [[Figure]] {
    let money = text.figures.filter { $0.kind == .money }
    guard names.count > 1, !money.isEmpty else { return names.map { _ in money } }
    let placements = [false, true].map { chinese in owners(of: money, names, in: text, chinese: chinese) }
    guard let best = placements.compactMap({ $0 }).max(by: { $0.placedNames < $1.placedNames }) else {
      return names.map { _ in money }
    }
    var owned = names.map { _ in [Figure]() }
    for (figure, owner) in zip(money, best.owners) { owned[owner].append(figure) }
    return owned
  }

  /// Each figure's owner (an index of `names`) by where names and figures stand in one language's
  /// text, with how many names were found there; nil when a figure has no place there or no
  /// name was found. Near-linear in the figures: a long bullet may have thousands.
  private static func owners(
    of money: [Figure], _ names: [InitiativeName], in text: Bilingual, chinese: Bool
  ) -> (owners: [Int], placedNames: Int)? {
    guard let plain = (chinese ? text.zh : text.en)?.plainText else { return nil }
    let figures = money.compactMap { (chinese ? $0.zh : $0.en)?.offsets }
    guard figures.count == money.count else { return nil }
    let found: [(name: Int, place: Range<Int>)] = names.indices.compactMap { index in
      guard let written = chinese ? names[index].zh : names[index].en, let range = plain.range(of: written) else {
        return nil
      }
      let start = plain.utf8.distance(from: plain.startIndex, to: range.lowerBound)
      return (index, start..<(start + written.utf8.count))
    }
    guard !found.isEmpty else { return nil }
    // Clause marks before each byte offset, to count those between two places at once.
    var marks = [0]
    marks.reserveCapacity(plain.utf8.count + 1)
    for scalar in plain.unicodeScalars {
      let count = marks[marks.count - 1] + (clauseMarks.contains(scalar) ? 1 : 0)
      for _ in 0..<UTF8.width(scalar) { marks.append(count) }
    }
    func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
      let (from, to) = a.upperBound <= b.lowerBound ? (a.upperBound, b.lowerBound) : (b.upperBound, a.lowerBound)
      guard from < to else { return 0 }
      return (marks[to] - marks[from]) * (plain.utf8.count + 1) + (to - from)
    }
    /// Of places sorted by start, the nearest to `place`: the last one ending before it, or the
    /// first one starting after it.
    func nearest(to place: Range<Int>, among sorted: [Range<Int>]) -> Int? {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle].lowerBound < place.lowerBound { low = middle + 1 } else { high = middle }
      }
      let candidates = [low - 1, low].filter { sorted.indices.contains($0) }
      return candidates.min { distance(sorted[$0], place) < distance(sorted[$1], place) }
    }
    let figureOrder = figures.indices.sorted { figures[$0].lowerBound < figures[$1].lowerBound }
    let sortedFigures = figureOrder.map { figures[$0] }
    var owners = [Int?](repeating: nil, count: figures.count)
    var taken = [Int](repeating: Int.max, count: figures.count)
    for name in found {
      guard let position = nearest(to: name.place, among: sortedFigures) else { continue }
      let figure = figureOrder[position]
      let gap = distance(name.place, figures[figure])
      if gap < taken[figure] { (owners[figure], taken[figure]) = (name.name, gap) }
    }
    let byStart = found.sorted { $0.place.lowerBound < $1.place.lowerBound }
    let namePlaces = byStart.map(\.place)
    for figure in figures.indices where owners[figure] == nil {
      owners[figure] = nearest(to: figures[figure], among: namePlaces).map { byStart[$0].name }
    }
    return (owners.map { $0 ?? found[0].name }, found.count)
  }

  /// Marks that end a clause: a name and a figure on either side of one belong together less.
  private static let clauseMarks: Set<Unicode.Scalar> = ["，", "；", "。", "、", ",", ";", "."]
}
