import DiglotModel
import Foundation

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
    guard !zh.isEmpty || !en.isEmpty else { return [] }  // most texts: nothing to pair
    var partner: [Int?] = Array(repeating: nil, count: zh.count)
    var taken = Array(repeating: false, count: en.count)

    // Gives each unpaired Chinese figure, in order, the first free English one with the same key.
    // The free English figures wait in one queue per key, so a pass takes time in proportion to
    // the number of figures, however many a text has.
    func match(by key: (FoundFigure) -> PairingKey) {
      // A bullet has a few figures: looking through them costs less than hashing them.
      if zh.count * en.count <= 64 {
        for z in zh.indices where partner[z] == nil {
          let wanted = key(zh[z])
          guard let e = en.indices.first(where: { !taken[$0] && key(en[$0]) == wanted }) else { continue }
          partner[z] = e
          taken[e] = true
        }
        return
      }
      var queues: [PairingKey: Queue] = [:]
      for e in en.indices where !taken[e] { queues[key(en[e]), default: Queue()].items.append(e) }
      for z in zh.indices where partner[z] == nil {
        guard let e = queues[key(zh[z])]?.next() else { continue }
        partner[z] = e
        taken[e] = true
      }
    }
    match { PairingKey(kind: $0.kind, values: $0.amount.values, qualifier: $0.amount.qualifier) }
    match { PairingKey(kind: $0.kind, values: $0.amount.values) }
    let agreed = partner.map { $0 != nil }
    match { PairingKey(kind: $0.kind) }

    var figures: [Figure] = []
    figures.reserveCapacity(zh.count + taken.lazy.filter { !$0 }.count)
    figures += zh.indices.map { z in
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

/// What two figures must share to be paired in one pass of `FigurePairing.pair`.
private struct PairingKey: Hashable {
  var kind: FigureKind
  var values: [Decimal] = []
  var qualifier: Qualifier?
}

/// English figure indices in text order, taken from the front.
private struct Queue {
  var items: [Int] = []
  private var front = 0

  mutating func next() -> Int? {
    guard front < items.count else { return nil }
    front += 1
    return items[front - 1]
  }
}
