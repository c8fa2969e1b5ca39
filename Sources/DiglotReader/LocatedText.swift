import DiglotModel

/// Text in which every scalar remembers where it stood in the source.
struct LocatedText {
  var scalars: [Unicode.Scalar] = []
  var positions = SourcePositions()

  var isEmpty: Bool { scalars.isEmpty }

  mutating func append(_ scalar: Unicode.Scalar, at position: SourcePosition) {
    scalars.append(scalar)
    positions.append(position)
  }

  mutating func append(_ other: LocatedText) {
    scalars.append(contentsOf: other.scalars)
    positions.append(contentsOf: other.positions)
  }

  /// Appends the scalars of `other` in `range`, with their positions.
  mutating func append(_ other: LocatedText, in range: Range<Int>) {
    scalars.append(contentsOf: other.scalars[range])
    positions.append(contentsOf: other.positions, in: range)
  }

  var string: String { String(scalars: scalars) }

  /// The range from the first to the last scalar, or nil when empty.
  func range(file: String) -> SourceRange? {
    guard let first = positions.first, let last = positions.last else { return nil }
    return SourceRange(file: file, start: first, end: last)
  }
}

/// The source positions of a text's scalars, kept as runs of scalars that stood on one line at
/// consecutive columns: a line of text costs one entry, not sixteen bytes a scalar.
struct SourcePositions: RandomAccessCollection {
  private struct Run {
    /// The index of the run's first scalar.
    var start: Int
    var line: Int
    var column: Int
  }

  private var runs: [Run] = []
  private(set) var endIndex = 0
  var startIndex: Int { 0 }

  init() {}

  init(_ positions: some Sequence<SourcePosition>) {
    for position in positions { append(position) }
  }

  /// The positions of `count` scalars that stand on `line` from `column` on.
  init(line: Int, column: Int, count: Int) {
    guard count > 0 else { return }
    runs = [Run(start: 0, line: line, column: column)]
    endIndex = count
  }

  subscript(index: Int) -> SourcePosition {
    precondition(index >= 0 && index < endIndex, "position out of range")
    let run = runs[run(containing: index)]
    return SourcePosition(line: run.line, column: run.column + index - run.start)
  }

  /// Makes room for the positions of `other` with as many breaks more as `breaks`: a text taken
  /// from `other` with some scalars left out starts a new run after each gap.
  mutating func reserveCapacity(for other: SourcePositions, breaks: Int) {
    runs.reserveCapacity(other.runs.count + breaks)
  }

  /// The index of the last run that starts at or before `index`.
  private func run(containing index: Int) -> Int {
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].start <= index { low = middle } else { high = middle - 1 }
    }
    return low
  }

  mutating func append(_ position: SourcePosition) {
    if let run = runs.last, run.line == position.line, run.column + endIndex - run.start == position.column {
      endIndex += 1
      return
    }
    runs.append(Run(start: endIndex, line: position.line, column: position.column))
    endIndex += 1
  }

  /// Appends the positions of `other` in `range`, a run at a time.
  mutating func append(contentsOf other: SourcePositions, in range: Range<Int>) {
    guard !range.isEmpty else { return }
    precondition(range.lowerBound >= 0 && range.upperBound <= other.endIndex, "positions out of range")
    var runIndex = other.run(containing: range.lowerBound)
    var index = range.lowerBound
    while index < range.upperBound {
      let run = other.runs[runIndex]
      let runEnd = runIndex + 1 < other.runs.count ? other.runs[runIndex + 1].start : other.endIndex
      let end = Swift.min(runEnd, range.upperBound)
      append(SourcePosition(line: run.line, column: run.column + index - run.start))
      // The rest of the run follows the position just appended, so no new run starts.
      endIndex += end - index - 1
      index = end
      runIndex += 1
    }
  }

  mutating func append(contentsOf other: SourcePositions) {
    for (offset, run) in other.runs.enumerated() {
      let end = offset + 1 < other.runs.count ? other.runs[offset + 1].start : other.endIndex
      append(SourcePosition(line: run.line, column: run.column))
      let rest = end - run.start - 1
      if rest > 0 {
        // The rest of the run follows the position just appended, so no new run starts.
        endIndex += rest
      }
    }
  }
}
