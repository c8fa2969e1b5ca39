import DiglotModel

/// Pairs the figures found in the Chinese and the English text of one bullet or paragraph.
public enum FigurePairing {
  /// Pairs the figures of one bullet (or paragraph): per kind, first match equal values (a multiset
  /// match, respecting order), then pair the remaining ones in order as `.differ`; leftovers are
  /// `.oneSided`. Returns them in reading order: the Chinese order, with any English-only ones after,
  /// in English order.
  ///
  /// Among equal values, those with the same qualifier are matched first, so `不少於2億元` goes with
  /// `no less than $200 million` even where the English puts another `$200 million` before it.
  public static func pair(zh: [FoundFigure], en: [FoundFigure]) -> [Figure] {
    var partner: [Int?] = Array(repeating: nil, count: zh.count)
    var taken = Array(repeating: false, count: en.count)

    // Gives each unpaired Chinese figure, in order, the first free English one that `fits`.
    func match(_ fits: (FoundFigure, FoundFigure) -> Bool) {
      for z in zh.indices where partner[z] == nil {
        if let e = en.indices.first(where: { !taken[$0] && en[$0].kind == zh[z].kind && fits(zh[z], en[$0]) }) {
          partner[z] = e
          taken[e] = true
        }
      }
    }
    match { $0.amount.values == $1.amount.values && $0.amount.qualifier == $1.amount.qualifier }
    match { $0.amount.values == $1.amount.values }
    let agreed = partner.map { $0 != nil }
    match { _, _ in true }

    var figures: [Figure] = zh.indices.map { z in
      guard let e = partner[z] else {
        return Figure(kind: zh[z].kind, zh: zh[z].amount, en: nil, agreement: .oneSided)
      }
      return Figure(kind: zh[z].kind, zh: zh[z].amount, en: en[e].amount, agreement: agreed[z] ? .agree : .differ)
    }
    for e in en.indices where !taken[e] {
      figures.append(Figure(kind: en[e].kind, zh: nil, en: en[e].amount, agreement: .oneSided))
    }
    return figures
  }
}
