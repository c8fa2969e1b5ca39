import DiglotModel

/// Decodes the bytes of an input file into lines of Unicode scalars, or says why it cannot.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read;
/// anything else, a NUL byte, or a file with no text is an error with a location.
enum SourceText {
  /// The lines of a file's text, and what was found in them as they were decoded.
  struct Decoded {
    var lines: [[Unicode.Scalar]]
    /// For each line, whether it may hold a character that `TextHygiene` removes: false for a line
    /// of printable ASCII and characters from U+3000 to U+FEFE alone (almost every line), which
    /// need not be looked at again.
    var mayHoldInvisible: [Bool]
    /// A note for each kind of unusual line break.
    var notes: [Diagnostic]
  }

  /// The text of a file, split into lines. Line terminators (`\n`, `\r\n`, `\r`, and U+0085,
  /// U+2028, U+2029) are removed.
  static func lines(of bytes: [UInt8], file: String) -> Result<Decoded, Diagnostic> {
    var lines = Lines()
    if !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF]) {
      // Well-formed UTF-8, by far the most common, is checked, decoded and split in one pass; other
      // text is decoded first (which finds where ill-formed text goes wrong), then split.
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      if bytes.withUnsafeBufferPointer({ lines.readWellFormedUTF8(UnsafeBufferPointer(rebasing: $0[start...])) }) {
        return lines.result(file: file)
      }
      lines = Lines()
    }
    switch decode(bytes, file: file) {
    case .success(let scalars):
      var line: [Unicode.Scalar] = []
      for scalar in scalars {
        if isLineBreak(scalar) {
          lines.add(line, endedBy: scalar, mayHoldInvisible: true)
          line = []
        } else {
          if scalar == "\0" { lines.foundNUL(column: line.count + 1) }
          line.append(scalar)
        }
      }
      lines.add(line, endedBy: nil, mayHoldInvisible: true)
      return lines.result(file: file)
    case .failure(let diagnostic): return .failure(diagnostic)
    }
  }

  /// `\n`, `\r`, U+0085 NEXT LINE, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
  fileprivate static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  private static func decode(_ bytes: [UInt8], file: String) -> Result<[Unicode.Scalar], Diagnostic> {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, file: file)
    }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes[start...].makeIterator()
    var offset = start
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        scalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .emptyInput:
        return .success(scalars)
      case .error(let length):
        let (line, column) = position(ofScalar: scalars.count, in: scalars)
        return .failure(
          Diagnostic(
            .error,
            "file is not valid UTF-8: invalid byte 0x\(hex(bytes[offset])) at byte offset \(offset)"
              + (length > 1 ? " (\(length) bytes)" : ""),
            file: file, position: SourcePosition(line: line, column: column)))
      }
    }
  }

  private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String)
    -> Result<[Unicode.Scalar], Diagnostic>
  {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var offset = 2
    while offset + 1 < bytes.count {
      let (high, low) = bigEndian ? (bytes[offset], bytes[offset + 1]) : (bytes[offset + 1], bytes[offset])
      units.append(UInt16(high) << 8 | UInt16(low))
      offset += 2
    }
    var scalars: [Unicode.Scalar] = []
    var parser = Unicode.UTF16.ForwardParser()
    var iterator = units.makeIterator()
    var unitOffset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        scalars.append(Unicode.UTF16.decode(encoded))
        unitOffset += encoded.count
      case .emptyInput:
        if bytes.count % 2 == 1 {
          let (line, column) = position(ofScalar: scalars.count, in: scalars)
          return .failure(
            Diagnostic(
              .error, "file is not valid UTF-16: odd number of bytes", file: file,
              position: SourcePosition(line: line, column: column)))
        }
        return .success(scalars)
      case .error:
        let (line, column) = position(ofScalar: scalars.count, in: scalars)
        return .failure(
          Diagnostic(
            .error, "file is not valid UTF-16: unpaired surrogate at byte offset \(2 + unitOffset * 2)",
            file: file, position: SourcePosition(line: line, column: column)))
      }
    }
  }

  /// Line and column (1-based) of the scalar at `index`, counting `\r\n` as one line break.
  private static func position(ofScalar index: Int, in scalars: [Unicode.Scalar]) -> (Int, Int) {
    var line = 1
    var column = 1
    var i = 0
    while i < index {
      let scalar = scalars[i]
      if isLineBreak(scalar) && !(scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") {
        line += 1
        column = 1
      } else if !isLineBreak(scalar) {
        column += 1
      }
      i += 1
    }
    return (line, column)
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}

/// The lines of a text as they are read, and what is found in them on the way.
private struct Lines {
  private var lines: [[Unicode.Scalar]] = []
  private var mayHoldInvisible: [Bool] = []
  private var firstNUL: SourcePosition?
  private var hasText = false
  private var afterCarriageReturn = false
  private var unusualBreaks: [(scalar: Unicode.Scalar, first: SourcePosition, count: Int)] = []

  /// Adds a line, ended by a line break or, with nil, by the end of the text (where an empty line
  /// is no line), and whether it may hold invisible characters (`Decoded.mayHoldInvisible`).
  mutating func add(_ line: [Unicode.Scalar], endedBy lineBreak: Unicode.Scalar?, mayHoldInvisible: Bool) {
    // `\r\n` is one line break.
    if line.isEmpty, lineBreak == "\n" && afterCarriageReturn || lineBreak == nil {
      afterCarriageReturn = false
      return
    }
    afterCarriageReturn = lineBreak == "\r"
    if !hasText { hasText = line.contains { !(LineLexer.isSpace($0) || TextHygiene.isInvisible($0)) } }
    if let lineBreak, lineBreak != "\n" && lineBreak != "\r" {
      if let known = unusualBreaks.firstIndex(where: { $0.scalar == lineBreak }) {
        unusualBreaks[known].count += 1
      } else {
        unusualBreaks.append((lineBreak, SourcePosition(line: lines.count + 1, column: line.count + 1), 1))
      }
    }
    lines.append(line)
    self.mayHoldInvisible.append(mayHoldInvisible)
  }

  /// Notes a NUL character at `column` of the line being read (the next one to be added).
  mutating func foundNUL(column: Int) {
    if firstNUL == nil { firstNUL = SourcePosition(line: lines.count + 1, column: column) }
  }

  /// The lines with a note for each kind of unusual line break; an error for a NUL character or
  /// a text with nothing to read.
  func result(file: String) -> Result<SourceText.Decoded, Diagnostic> {
    if let firstNUL {
      return .failure(
        Diagnostic(.error, "file contains a NUL character; is it a binary file?", file: file, position: firstNUL))
    }
    guard hasText else {
      return .failure(Diagnostic(.error, "file is empty", file: file, position: SourcePosition(line: 1, column: 1)))
    }
    let notes = unusualBreaks.map { found in
      Diagnostic(
        .note,
        "\(TextHygiene.describe(found.scalar)) read as a line break"
          + (found.count > 1 ? " (\(found.count) times in this file)" : ""), file: file, position: found.first)
    }
    return .success(SourceText.Decoded(lines: lines, mayHoldInvisible: mayHoldInvisible, notes: notes))
  }

  /// Reads UTF-8 text a line at a time, each decoded into a buffer used again for every line and
  /// copied out at its size. False, with some lines read, if the text is not well-formed (an overlong
  /// form, a surrogate, a value past U+10FFFF, a stray or missing continuation byte).
  mutating func readWellFormedUTF8(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let bytes = text.baseAddress else { return true }
    let end = text.count
    var capacity = 256
    var line = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity)
    defer { line.deallocate() }
    func grow() {
      let larger = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity * 2)
      larger.initialize(from: line, count: capacity)
      line.deallocate()
      line = larger
      capacity *= 2
    }
    var index = 0
    while index < end {
      var count = 0
      var lineBreak: Unicode.Scalar?
      // Only scalars decoded off the two quick paths below may be invisible.
      var mayHoldInvisible = false
      while index < end {
        if count == capacity { grow() }
        let lead = bytes[index]
        if lead &- 0x20 < 0x5F {
          // A run of printable ASCII (no line break, no NUL), as far as the buffer has room: found
          // first, then copied in a loop with nothing else in it.
          let stop = min(end, index + capacity - count)
          var runEnd = index &+ 1
          while runEnd &+ 8 <= stop,
            Self.isPrintableASCII(UnsafeRawPointer(bytes + runEnd).loadUnaligned(as: UInt64.self))
          {
            runEnd &+= 8
          }
          while runEnd < stop, bytes[runEnd] &- 0x20 < 0x5F { runEnd &+= 1 }
          for offset in 0..<runEnd &- index { line[count &+ offset] = Unicode.Scalar(bytes[index &+ offset]) }
          count &+= runEnd &- index
          index = runEnd
          continue
        }
        if lead &- 0xE3 < 0x0D, lead != 0xED, index &+ 2 < end, bytes[index &+ 1] & 0xC0 == 0x80,
          bytes[index &+ 2] & 0xC0 == 0x80
        {
          // Three bytes led by E3 to EF, as Chinese characters and punctuation are: not overlong,
          // not a line break (those are led by E2), and a surrogate only with ED.
          let value =
            UInt32(lead & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6 | UInt32(bytes[index &+ 2] & 0x3F)
          line[count] = Unicode.Scalar(UInt16(truncatingIfNeeded: value))!
          if value >= 0xFEFF { mayHoldInvisible = true }
          count &+= 1
          index &+= 3
          continue
        }
        let scalar: Unicode.Scalar
        if lead < 0x80 {
          scalar = Unicode.Scalar(lead)
          if lead == 0 { foundNUL(column: count + 1) }
          index += 1
        } else if let (decoded, length) = Self.scalar(in: bytes, at: index, before: end) {
          scalar = decoded
          index += length
        } else {
          return false
        }
        if SourceText.isLineBreak(scalar) {
          lineBreak = scalar
          break
        }
        line[count] = scalar
        count += 1
        mayHoldInvisible = true
      }
      add(Array(UnsafeBufferPointer(start: line, count: count)), endedBy: lineBreak, mayHoldInvisible: mayHoldInvisible)
    }
    return true
  }

  /// Whether all eight bytes of a word are printable ASCII (0x20 to 0x7E), found in a few steps
  /// rather than a byte at a time. With no top bit set in a byte, adding 0x60 to it sets its top
  /// bit just when it is 0x20 or more, and adding 1 just when it is 0x7F; neither carries into
  /// the next byte.
  @inline(__always)
  private static func isPrintableASCII(_ word: UInt64) -> Bool {
    let top: UInt64 = 0x8080_8080_8080_8080
    return word & top == 0 && (word &+ 0x6060_6060_6060_6060) & top == top && (word &+ 0x0101_0101_0101_0101) & top == 0
  }

  /// The scalar of two to four bytes at `index`, and its length, if they are well-formed.
  @inline(__always)
  private static func scalar(in bytes: UnsafePointer<UInt8>, at index: Int, before end: Int) -> (
    Unicode.Scalar, Int
  )? {
    func continuation(_ offset: Int) -> UInt32? {
      guard index + offset < end else { return nil }
      let byte = bytes[index + offset]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    let lead = bytes[index]
    let value: UInt32
    let length: Int
    switch lead {
    case 0xC2...0xDF:
      guard let a = continuation(1) else { return nil }
      value = UInt32(lead & 0x1F) << 6 | a
      length = 2
    case 0xE0...0xEF:
      guard let a = continuation(1), let b = continuation(2) else { return nil }
      value = UInt32(lead & 0x0F) << 12 | a << 6 | b
      // Not overlong, not a surrogate.
      guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
      length = 3
    case 0xF0...0xF4:
      guard let a = continuation(1), let b = continuation(2), let c = continuation(3) else { return nil }
      value = UInt32(lead & 0x07) << 18 | a << 12 | b << 6 | c
      guard (0x1_0000...0x10_FFFF).contains(value) else { return nil }
      length = 4
    default:
      return nil
    }
    return Unicode.Scalar(value).map { ($0, length) }
  }
}
