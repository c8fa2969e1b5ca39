import DiglotModel

/// Writes values as bytes: integers as variable-length numbers, strings as their length and
/// UTF-8 bytes. The state of a build is kept this way because Foundation's JSON and property-list
/// coders take a fifth of a second for a thousand addresses; this takes a few milliseconds.
struct BinaryWriter {
  private(set) var bytes: [UInt8]
  /// The file of the document being written: source ranges in it are written without it.
  var currentFile = ""

  init(startingWith bytes: [UInt8] = []) {
    self.bytes = bytes
  }

  /// The bytes written so far, which the writer lets go of: what it writes next follows them.
  mutating func takeBytes() -> [UInt8] {
    defer { bytes = [] }
    return bytes
  }

  mutating func write(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func write(_ value: Int) {
    // Zig-zag, so that small negative numbers stay short.
    write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
  }

  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func write(_ value: String) {
    write(value.utf8.count)
    bytes += value.utf8
  }

  /// Bytes that can be skipped without reading them: their count, then themselves.
  mutating func write(blob: some Collection<UInt8>) {
    write(blob.count)
    bytes += blob
  }

  mutating func write<T>(_ value: T?, _ writeValue: (inout BinaryWriter, T) -> Void) {
    write(value != nil)
    if let value { writeValue(&self, value) }
  }

  mutating func write<T>(_ values: [T], _ writeValue: (inout BinaryWriter, T) -> Void) {
    write(values.count)
    for value in values { writeValue(&self, value) }
  }
}

/// Reads what a `BinaryWriter` wrote; any malformed or truncated input throws.
struct BinaryReader {
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var offset: Int
  private let end: Int
  /// The file of the document being read, for source ranges written without it.
  var currentFile = ""

  init(_ bytes: [UInt8], from offset: Int = 0) {
    self.init(bytes, range: offset..<bytes.count)
  }

  /// Reads `range` of `bytes` only.
  init(_ bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    self.offset = range.lowerBound
    self.end = range.upperBound
  }

  var isAtEnd: Bool { offset == end }

  /// Skips a blob, returning where its bytes are.
  mutating func readBlob() throws -> Range<Int> {
    let count = try readInt()
    guard count >= 0, count <= end - offset else { throw Malformed() }
    defer { offset += count }
    return offset..<(offset + count)
  }

  mutating func readUInt64() throws -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < end, shift < 64 else { throw Malformed() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  mutating func readInt() throws -> Int {
    let raw = try readUInt64()
    return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
  }

  mutating func readBool() throws -> Bool {
    guard offset < end, bytes[offset] <= 1 else { throw Malformed() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  mutating func readString() throws -> String {
    let count = try readInt()
    guard count >= 0, count <= end - offset else { throw Malformed() }
    defer { offset += count }
    return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
  }

  mutating func readOptional<T>(_ readValue: (inout BinaryReader) throws -> T) throws -> T? {
    try readBool() ? try readValue(&self) : nil
  }

  mutating func readArray<T>(_ readValue: (inout BinaryReader) throws -> T) throws -> [T] {
    let count = try readInt()
    guard count >= 0, count <= end - offset else { throw Malformed() }
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try readValue(&self)) }
    return values
  }
}

extension BinaryWriter {
  mutating func write(date: CalendarDate) {
    write(date.year)
    write(date.month)
    write(date.day)
  }
}

extension BinaryReader {
  mutating func readDate() throws -> CalendarDate {
    CalendarDate(year: try readInt(), month: try readInt(), day: try readInt())
  }
}
