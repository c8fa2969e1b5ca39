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
///
/// The first run is held inline, and only the runs after it in an array: most texts are one
/// run, and are then made, copied and freed without allocating or counting references.
struct SourcePositions: RandomAccessCollection {
  private struct Run {
    /// The index of the run's first scalar.
    var start: Int
    var line: Int
    var column: Int
  }

  /// The first run, which starts at index 0; meaningless when there are no positions.
  private var firstRun = Run(start: 0, line: 0, column: 0)
  /// The runs after the first.
  private var rest: [Run] = []
  private(set) var endIndex = 0
  var startIndex: Int { 0 }

  init() {}

  init(_ positions: some Sequence<SourcePosition>) {
    for position in positions { append(position) }
  }

  /// The positions of `count` scalars that stand on `line` from `column` on.
  init(line: Int, column: Int, count: Int) {
    guard count > 0 else { return }
    firstRun = Run(start: 0, line: line, column: column)
    endIndex = count
  }

  subscript(index: Int) -> SourcePosition {
    precondition(index >= 0 && index < endIndex, "position out of range")
    let run = run(runContaining(index))
    return SourcePosition(line: run.line, column: run.column + index - run.start)
  }

  /// Read from the first or last run, without finding a run.
  var first: SourcePosition? {
    endIndex == 0 ? nil : SourcePosition(line: firstRun.line, column: firstRun.column)
  }

  var last: SourcePosition? {
    guard endIndex > 0 else { return nil }
    let run = rest.last ?? firstRun
    return SourcePosition(line: run.line, column: run.column + endIndex - 1 - run.start)
  }

  /// Walks the runs rather than finding the run of each index.
  func makeIterator() -> Iterator {
    Iterator(positions: self)
  }

  struct Iterator: IteratorProtocol {
    fileprivate let positions: SourcePositions
    private var index = 0
    private var runIndex = 0
    private var runEnd: Int

    fileprivate init(positions: SourcePositions) {
      self.positions = positions
      runEnd = positions.end(ofRun: 0)
    }

    mutating func next() -> SourcePosition? {
      guard index < positions.endIndex else { return nil }
      if index == runEnd {
        runIndex += 1
        runEnd = positions.end(ofRun: runIndex)
      }
      let run = positions.run(runIndex)
      index += 1
      return SourcePosition(line: run.line, column: run.column + index - 1 - run.start)
    }
  }

  /// Makes room for the positions of `other` with as many breaks more as `breaks`: a text taken
  /// from `other` with some scalars left out starts a new run after each gap.
  mutating func reserveCapacity(for other: SourcePositions, breaks: Int) {
    if other.rest.count + breaks > 0 { rest.reserveCapacity(other.rest.count + breaks) }
  }

  /// The number of runs.
  private var runCount: Int { endIndex == 0 ? 0 : 1 + rest.count }

  /// The run at `runIndex`, counting the first as 0.
  private func run(_ runIndex: Int) -> Run {
    runIndex == 0 ? firstRun : rest[runIndex - 1]
  }

  /// The index after the last scalar of the run at `runIndex`.
  private func end(ofRun runIndex: Int) -> Int {
    runIndex < rest.count ? rest[runIndex].start : endIndex
  }

  /// The index of the last run that starts at or before `index`.
  private func runContaining(_ index: Int) -> Int {
    guard let second = rest.first, index >= second.start else { return 0 }
    var low = 0
    var high = rest.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if rest[middle].start <= index { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  mutating func append(_ position: SourcePosition) {
    guard endIndex > 0 else {
      firstRun = Run(start: 0, line: position.line, column: position.column)
      endIndex = 1
      return
    }
    let run = rest.last ?? firstRun
    if run.line == position.line, run.column + endIndex - run.start == position.column {
      endIndex += 1
      return
    }
    rest.append(Run(start: endIndex, line: position.line, column: position.column))
    endIndex += 1
  }

  /// Appends the positions of `other` in `range`, a run at a time.
  mutating func append(contentsOf other: SourcePositions, in range: Range<Int>) {
    guard !range.isEmpty else { return }
    precondition(range.lowerBound >= 0 && range.upperBound <= other.endIndex, "positions out of range")
    var runIndex = other.runContaining(range.lowerBound)
    var index = range.lowerBound
    while index < range.upperBound {
      let run = other.run(runIndex)
      let end = Swift.min(other.end(ofRun: runIndex), range.upperBound)
      append(SourcePosition(line: run.line, column: run.column + index - run.start))
      // The rest of the run follows the position just appended, so no new run starts.
      endIndex += end - index - 1
      index = end
      runIndex += 1
    }
  }

  mutating func append(contentsOf other: SourcePositions) {
    for runIndex in 0..<other.runCount {
      let run = other.run(runIndex)
      append(SourcePosition(line: run.line, column: run.column))
      // The rest of the run follows the position just appended, so no new run starts.
      endIndex += other.end(ofRun: runIndex) - run.start - 1
    }
  }
}
