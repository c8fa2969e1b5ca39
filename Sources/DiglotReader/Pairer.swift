/// Chinese and English segments that say the same thing, or one segment alone.
///
/// A class, so that the array of a document's units is an array of references: the builder lets
/// go of each unit as soon as it is in the tree, and what it holds is freed with it.
final class Unit {
  var kind: Segment.Kind
  var zh: Segment?
  var en: Segment?
  /// Language-neutral text (no letters) stands for both languages.
  var neutral: Segment?

  init(kind: Segment.Kind, zh: Segment? = nil, en: Segment? = nil, neutral: Segment? = nil) {
    self.kind = kind
    self.zh = zh
    self.en = en
    self.neutral = neutral
  }

  var lead: Segment { (zh ?? en ?? neutral)! }
}

/// Pairs each segment with the next one in the other language, by position, never by
/// heading level: a heading `## 人工智能` pairs with `### Artificial Intelligence (AI)`.
/// A block of segments in one language followed by as many in the other, kind for kind (a whole
/// English slide above the Chinese one), is paired segment by segment.
enum Pairer {
  static func units(of segments: consuming [Segment]) -> [Unit] {
    var segments = segments
    var units: [Unit] = []
    units.reserveCapacity(segments.count)
    var pending: Int?  // the index of a segment that waits for its counterpart
    // Each segment is moved into its unit, an empty one left in its place, rather than copied: a
    // copy retains, and later releases, each array the segment holds.
    func take(_ index: Int) -> Segment {
      var segment = Segment(kind: .text, language: .neutral, text: LocatedText(), lastLineHardBreak: false)
      swap(&segment, &segments[index])
      return segment
    }
    func flush() {
      if let index = pending { units.append(single(take(index))) }
      pending = nil
    }
    var index = 0
    while index < segments.count {
      if pending.map({ !pairs(segments[$0], with: segments[index]) }) ?? true,
        let length = blockLength(at: index, in: segments)
      {
        flush()
        for offset in 0..<length {
          units.append(pair(take(index + offset), with: take(index + length + offset)))
        }
        index += 2 * length
        continue
      }
      let current = index
      index += 1
      if let lead = pending, pairs(segments[lead], with: segments[current]) {
        units.append(pair(take(lead), with: take(current)))
        pending = nil
        continue
      }
      flush()
      switch segments[current].kind {
      case .label, .date: units.append(single(take(current)))
      default:
        if segments[current].language == .neutral { units.append(single(take(current))) } else { pending = current }
      }
    }
    flush()
    return units
  }

  /// The length of a block of two or more segments in one language at `start` that the same
  /// number of segments in the other language translate, kind for kind; nil if there is none.
  private static func blockLength(at start: Int, in segments: [Segment]) -> Int? {
    let language = segments[start].language
    guard language != .neutral else { return nil }
    var length = 0
    while start + length < segments.count, segments[start + length].language == language,
      segments[start + length].kind.isPairable
    {
      length += 1
    }
    guard length >= 2, start + 2 * length <= segments.count else { return nil }
    for offset in 0..<length {
      let counterpart = segments[start + length + offset]
      guard counterpart.language != language, counterpart.language != .neutral,
        pairs(segments[start + offset], with: counterpart)
      else { return nil }
    }
    // The block ends where the other language does.
    let after = start + 2 * length
    if after < segments.count, segments[after].language == segments[start + length].language { return nil }
    return length
  }

  /// A unit of a segment and its counterpart; numbered if either is (`〔二〕…` with `(2) …`), and
  /// a bullet at the shallower of their depths (`（一）…` with `(a) …`).
  private static func pair(_ lead: consuming Segment, with counterpart: consuming Segment) -> Unit {
    let kind: Segment.Kind
    switch (lead.kind, counterpart.kind) {
    case (_, .numbered): kind = counterpart.kind
    case (.bullet(let a), .bullet(let b)): kind = .bullet(depth: min(a, b))
    default: kind = lead.kind
    }
    let unit = single(lead)
    unit.kind = kind
    if counterpart.language == .zh { unit.zh = counterpart } else { unit.en = counterpart }
    return unit
  }

  private static func single(_ segment: consuming Segment) -> Unit {
    switch segment.language {
    case .zh: Unit(kind: segment.kind, zh: segment)
    case .en: Unit(kind: segment.kind, en: segment)
    case .neutral: Unit(kind: segment.kind, neutral: segment)
    }
  }

  /// Whether `next` is the counterpart of `lead`: the other language, and a kind that can
  /// translate it (a bullet's English may be a plain paragraph, a heading's a plain line). Bullets
  /// pair at the same depth, or with the same bracketed number (`（一）` and `(a)`).
  private static func pairs(_ lead: Segment, with next: Segment) -> Bool {
    guard lead.language != next.language, next.language != .neutral else { return false }
    switch (lead.kind, next.kind) {
    // A plain line before a numbered heading is the end of the slide before (a subtitle, a
    // speaker), not the heading's translation: that comes after it, or is numbered too.
    case (.text, .heading(_, let number)): return number == nil
    case (_, .text), (.note, .note), (.heading, .heading), (.numbered, .numbered),
      (.table, .table), (.numbered, .bullet(1)), (.bullet(1), .numbered):
      return true
    case (.bullet(let a), .bullet(let b)): return a == b || (lead.ordinal != nil && lead.ordinal == next.ordinal)
    default: return false
    }
  }
}

extension Segment.Kind {
  /// Whether a segment of this kind can have a counterpart in the other language.
  fileprivate var isPairable: Bool {
    switch self {
    case .label, .date: false
    default: true
    }
  }
}
