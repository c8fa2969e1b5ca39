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

  subscript(index: Int) -> SourcePosition {
    precondition(index >= 0 && index < endIndex, "position out of range")
    // The last run that starts at or before `index`.
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].start <= index { low = middle } else { high = middle - 1 }
    }
    let run = runs[low]
    return SourcePosition(line: run.line, column: run.column + index - run.start)
  }

  mutating func append(_ position: SourcePosition) {
    if let run = runs.last, run.line == position.line, run.column + endIndex - run.start == position.column {
      endIndex += 1
      return
    }
    runs.append(Run(start: endIndex, line: position.line, column: position.column))
    endIndex += 1
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

extension String {
  /// A string made of the given scalars, encoded in one pass (much faster than appending
  /// scalars to a `String.UnicodeScalarView` one by one).
  init(scalars: some Collection<Unicode.Scalar>) {
    self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var end = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[end] = UInt8(value)
          end += 1
        } else if value < 0x800 {
          buffer[end] = UInt8(0xC0 | value >> 6)
          buffer[end + 1] = UInt8(0x80 | value & 0x3F)
          end += 2
        } else if value < 0x1_0000 {
          buffer[end] = UInt8(0xE0 | value >> 12)
          buffer[end + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[end + 2] = UInt8(0x80 | value & 0x3F)
          end += 3
        } else {
          buffer[end] = UInt8(0xF0 | value >> 18)
          buffer[end + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[end + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[end + 3] = UInt8(0x80 | value & 0x3F)
          end += 4
        }
      }
      return end
    }
  }
}
