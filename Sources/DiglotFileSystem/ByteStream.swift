/// The bytes of a file, made a piece at a time when they are compared or written, so that a large
/// file is never whole in memory. Making them again gives the same bytes.
public struct ByteStream: Sendable {
  /// How many bytes a piece holds before it is handed on.
  static let pieceSize = 1 << 16

  private let make: @Sendable (inout Output) -> Void
  /// The number of bytes, when it is known before they are made.
  let count: Int?

  /// The bytes that `make` appends to its output.
  public init(_ make: @escaping @Sendable (inout Output) -> Void) {
    self.make = make
    count = nil
  }

  /// Bytes already made, handed on as one piece.
  public init(_ bytes: [UInt8]) {
    make = { $0.append(bytes) }
    count = bytes.count
  }

  /// Where the maker of a stream appends its bytes. They are handed on a piece at a time; once
  /// the one taking them has seen enough (a difference, a failed write), `isStopped` is true and
  /// the maker may stop early: what it appends then is dropped.
  public struct Output {
    private var buffer: [UInt8] = []
    private let take: ([UInt8]) -> Bool
    public private(set) var isStopped = false

    fileprivate init(take: @escaping ([UInt8]) -> Bool) {
      self.take = take
    }

    public mutating func append(_ bytes: [UInt8]) {
      if buffer.isEmpty && bytes.count >= ByteStream.pieceSize && !isStopped {
        isStopped = !take(bytes)  // a whole piece already: handed on without a copy
      } else {
        append(contentsOf: bytes)
      }
    }

    public mutating func append(_ bytes: ArraySlice<UInt8>) { append(contentsOf: bytes) }

    public mutating func append(_ text: String) { append(contentsOf: text.utf8) }

    private mutating func append(contentsOf bytes: some Sequence<UInt8>) {
      guard !isStopped else { return }
      buffer += bytes
      if buffer.count >= ByteStream.pieceSize { flush() }
    }

    fileprivate mutating func flush() {
      if !buffer.isEmpty && !isStopped { isStopped = !take(buffer) }
      buffer.removeAll(keepingCapacity: true)
    }
  }

  /// Makes the bytes, calling `take` with each piece in order until it returns false.
  public func forEachPiece(_ take: ([UInt8]) -> Bool) {
    withoutActuallyEscaping(take) { take in
      var output = Output(take: take)
      make(&output)
      output.flush()
    }
  }

  /// The bytes made now and held, if there are at most `limit` of them; else this stream, to be
  /// made again when it is taken.
  public func madeNow(upTo limit: Int) -> ByteStream {
    if count != nil { return self }
    var all: [UInt8] = []
    var fits = true
    forEachPiece { piece in
      all += piece
      fits = all.count <= limit
      return fits
    }
    return fits ? ByteStream(all) : self
  }

  /// All the bytes, joined.
  public var bytes: [UInt8] {
    var all: [UInt8] = []
    forEachPiece {
      all += $0
      return true
    }
    return all
  }
}

extension ByteStream: ExpressibleByArrayLiteral {
  public init(arrayLiteral bytes: UInt8...) {
    self.init(bytes)
  }
}
