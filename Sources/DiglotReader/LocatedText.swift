import DiglotModel

/// Text in which every scalar remembers where it stood in the source.
struct LocatedText {
  var scalars: [Unicode.Scalar] = []
  var positions: [SourcePosition] = []

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

extension String {
  /// A string made of the given scalars, encoded in one pass (much faster than appending
  /// scalars to a `String.UnicodeScalarView` one by one).
  init(scalars: some Collection<Unicode.Scalar>) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
