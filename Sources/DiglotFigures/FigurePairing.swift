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
    // Which English figures are paired, kept on the stack: an array on the heap would cost more
    // than pairing the few figures of a bullet.
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: en.count) { taken in
      taken.initialize(repeating: false)
      var pairing = Pairing(zh: zh, en: en, taken: taken)
      pairing.match(as: .agree) {
        PairingKey(kind: $0.kind, values: $0.amount.values, qualifier: $0.amount.qualifier)
      }
      pairing.match(as: .agree) { PairingKey(kind: $0.kind, values: $0.amount.values) }
      pairing.match(as: .differ) { PairingKey(kind: $0.kind) }
      return pairing.result()
    }
  }
}

/// The figures of one text as they are being paired.
private struct Pairing {
  let zh: [FoundFigure]
  let en: [FoundFigure]
  /// A figure for each Chinese one, one-sided until a pass gives it an English partner.
  private var figures: [Figure] = []
  private let taken: UnsafeMutableBufferPointer<Bool>

  init(zh: [FoundFigure], en: [FoundFigure], taken: UnsafeMutableBufferPointer<Bool>) {
    self.zh = zh
    self.en = en
    self.taken = taken
    figures.reserveCapacity(zh.count + en.count)
    for z in zh.indices {
      figures.append(Figure(kind: zh[z].kind, zh: zh[z].amount, en: nil, agreement: .oneSided))
    }
  }

  /// Gives each unpaired Chinese figure, in order, the first free English one with the same key.
  /// The free English figures wait in one queue per key, so a pass takes time in proportion to
  /// the number of figures, however many a text has.
  mutating func match(as agreement: Agreement, by key: (FoundFigure) -> PairingKey) {
    // A bullet has a few figures: looking through them costs less than hashing them.
    if zh.count * en.count <= 64 {
      for z in zh.indices where figures[z].agreement == .oneSided {
        let wanted = key(zh[z])
        guard let e = en.indices.first(where: { !taken[$0] && key(en[$0]) == wanted }) else { continue }
        pair(z, with: e, agreement)
      }
      return
    }
    var queues: [PairingKey: Queue] = [:]
    for e in en.indices where !taken[e] { queues[key(en[e]), default: Queue()].items.append(e) }
    for z in zh.indices where figures[z].agreement == .oneSided {
      guard let e = queues[key(zh[z])]?.next() else { continue }
      pair(z, with: e, agreement)
    }
  }

  private mutating func pair(_ z: Int, with e: Int, _ agreement: Agreement) {
    figures[z].en = en[e].amount
    figures[z].agreement = agreement
    taken[e] = true
  }

  /// The figures in reading order: the Chinese order, with the English-only ones after.
  consuming func result() -> [Figure] {
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
