/// Chinese and English segments that say the same thing, or one segment alone.
struct Unit {
  var kind: Segment.Kind
  var zh: Segment?
  var en: Segment?
  /// Language-neutral text (no letters) stands for both languages.
  var neutral: Segment?

  var lead: Segment { (zh ?? en ?? neutral)! }
}

/// Pairs each segment with the next one in the other language, by position, never by
/// heading level: a heading `## 人工智能` pairs with `### Artificial Intelligence (AI)`.
enum Pairer {
  static func units(of segments: [Segment]) -> [Unit] {
    var units: [Unit] = []
    var pending: Segment?
    func flush() {
      if let segment = pending { units.append(single(segment)) }
      pending = nil
    }
    for segment in segments {
      if let lead = pending, pairs(lead, with: segment) {
        var unit = single(lead)
        if segment.language == .zh { unit.zh = segment } else { unit.en = segment }
        units.append(unit)
        pending = nil
        continue
      }
      flush()
      switch segment.kind {
      case .label, .date: units.append(single(segment))
      default:
        if segment.language == .neutral { units.append(single(segment)) } else { pending = segment }
      }
    }
    flush()
    return units
  }

  private static func single(_ segment: Segment) -> Unit {
    switch segment.language {
    case .zh: Unit(kind: segment.kind, zh: segment)
    case .en: Unit(kind: segment.kind, en: segment)
    case .neutral: Unit(kind: segment.kind, neutral: segment)
    }
  }

  /// Whether `next` is the counterpart of `lead`: the other language, and a kind that can
  /// translate it (a bullet's English may be a plain paragraph, a heading's a plain line).
  private static func pairs(_ lead: Segment, with next: Segment) -> Bool {
    guard lead.language != next.language, next.language != .neutral else { return false }
    switch (lead.kind, next.kind) {
    case (_, .text), (.note, .note), (.heading, .heading), (.text, .heading), (.numbered, .numbered): return true
    case (.bullet(let a), .bullet(let b)): return a == b
    default: return false
    }
  }
}
