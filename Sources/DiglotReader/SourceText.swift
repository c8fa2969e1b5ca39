import DiglotModel

/// Decodes the bytes of an input file into lines of Unicode scalars, or says why it cannot.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read;
/// anything else, a NUL byte, or a file with no text is an error with a location.
enum SourceText {
  /// The text of a file, split into lines, with a note for each kind of unusual line break.
  /// Line terminators (`\n`, `\r\n`, `\r`, and U+0085, U+2028, U+2029) are removed.
  static func lines(of bytes: [UInt8], file: String) -> Result<([[Unicode.Scalar]], [Diagnostic]), Diagnostic> {
    let scalars: [Unicode.Scalar]
    switch decode(bytes, file: file) {
    case .success(let decoded): scalars = decoded
    case .failure(let diagnostic): return .failure(diagnostic)
    }
    if let nul = scalars.firstIndex(of: "\0") {
      let (line, column) = position(ofScalar: nul, in: scalars)
      return .failure(
        Diagnostic(
          .error, "file contains a NUL character; is it a binary file?", file: file,
          position: SourcePosition(line: line, column: column)))
    }
    if scalars.allSatisfy({ LineLexer.isSpace($0) || isLineBreak($0) || TextHygiene.isInvisible($0) }) {
      return .failure(
        Diagnostic(.error, "file is empty", file: file, position: SourcePosition(line: 1, column: 1)))
    }
    var lines: [[Unicode.Scalar]] = []
    var lineStart = 0
    var unusualBreaks: [(scalar: Unicode.Scalar, first: SourcePosition, count: Int)] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isLineBreak(scalar) {
        if scalar != "\n" && scalar != "\r" {
          if let known = unusualBreaks.firstIndex(where: { $0.scalar == scalar }) {
            unusualBreaks[known].count += 1
          } else {
            let position = SourcePosition(line: lines.count + 1, column: index - lineStart + 1)
            unusualBreaks.append((scalar, position, 1))
          }
        }
        lines.append(Array(scalars[lineStart..<index]))
        if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        lineStart = index + 1
      }
      index += 1
    }
    if lineStart < scalars.count { lines.append(Array(scalars[lineStart...])) }
    let notes = unusualBreaks.map { found in
      Diagnostic(
        .note,
        "\(TextHygiene.describe(found.scalar)) read as a line break"
          + (found.count > 1 ? " (\(found.count) times in this file)" : ""), file: file, position: found.first)
    }
    return .success((lines, notes))
  }

  /// `\n`, `\r`, U+0085 NEXT LINE, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
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
    // Well-formed text, by far the most common, is checked and decoded in one pass; the loop
    // below finds where ill-formed text goes wrong.
    if let scalars = wellFormedUTF8(bytes[start...]) { return .success(scalars) }
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

  /// The scalars of `bytes`, or nil if they are not well-formed UTF-8 (an overlong form, a
  /// surrogate, a value past U+10FFFF, a stray or missing continuation byte).
  private static func wellFormedUTF8(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
    bytes.withUnsafeBufferPointer { bytes -> [Unicode.Scalar]? in
      var scalars: [Unicode.Scalar] = []
      // One scalar for each byte that is not a continuation byte, if the text is well-formed.
      scalars.reserveCapacity(bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
      var index = 0
      let count = bytes.count
      func continuation(_ offset: Int) -> UInt32? {
        guard index + offset < count else { return nil }
        let byte = bytes[index + offset]
        return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
      }
      while index < count {
        let lead = bytes[index]
        var value: UInt32
        switch lead {
        case 0x00...0x7F:
          scalars.append(Unicode.Scalar(lead))
          index += 1
          continue
        case 0xC2...0xDF:
          guard let a = continuation(1) else { return nil }
          value = UInt32(lead & 0x1F) << 6 | a
          index += 2
        case 0xE0...0xEF:
          guard let a = continuation(1), let b = continuation(2) else { return nil }
          value = UInt32(lead & 0x0F) << 12 | a << 6 | b
          // Not overlong, not a surrogate.
          guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
          index += 3
        case 0xF0...0xF4:
          guard let a = continuation(1), let b = continuation(2), let c = continuation(3) else { return nil }
          value = UInt32(lead & 0x07) << 18 | a << 12 | b << 6 | c
          guard (0x1_0000...0x10_FFFF).contains(value) else { return nil }
          index += 4
        default:
          return nil
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        scalars.append(scalar)
      }
      return scalars
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
