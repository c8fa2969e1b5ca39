import DiglotModel

/// The figure differences a team has accepted as deliberate, one entry per bullet, read from
/// `accepted-differences.json` beside the inputs:
///
/// ```json
/// [
///   {
///     "file": "2024-25-budget-itib.txt",
///     "chinese": "30億元",
///     "english": "$300 million",
///     "reason": "The English gives the first phase only (bureau, 4/3/2024)"
///   }
/// ]
/// ```
///
/// Each entry accepts one figure that differs, in the named input file, with both figures written
/// exactly as the error about them quotes them. A reason is required.
public struct AcceptedDifferences: Sendable {
  /// The name of the file, in the input folder.
  public static let fileName = "accepted-differences.json"

  /// One accepted difference, and where its entry starts in the file.
  public struct Entry: Sendable, Hashable {
    /// The input file's name, without a folder.
    public var file: String
    public var chinese: String
    public var english: String
    public var reason: String
    public var position: SourcePosition
  }

  /// The acceptance file's path, as diagnostics name it.
  public var path: String
  public var entries: [Entry]

  /// Reads the file's text. Entries that are not well formed are left out, each with an error.
  public static func parse(_ bytes: [UInt8], path: String) -> (AcceptedDifferences, [Diagnostic]) {
    var parser = EntryParser(scalars: Array(String(decoding: bytes, as: UTF8.self).unicodeScalars), path: path)
    let entries = parser.entries()
    return (AcceptedDifferences(path: path, entries: entries), parser.diagnostics)
  }

  /// The entries for the input file at `inputPath` (matched by its name).
  func entries(forInput inputPath: String) -> [Entry] {
    let name = inputPath.split(separator: "/").last.map(String.init) ?? inputPath
    return entries.filter { $0.file == name }
  }

  /// A warning for each entry naming a file that is not among `inputNames` (the input files' names).
  public func entries(namingNoneOf inputNames: Set<String>) -> [Diagnostic] {
    entries.filter { !inputNames.contains($0.file) }.map { entry in
      Diagnostic(
        .warning,
        "accepted difference \(entry.chinese) / \(entry.english) names \(entry.file), which is not an input file; "
          + "update or remove this entry",
        file: path, position: entry.position)
    }
  }
}

/// Reads the JSON of an acceptance file: an array of objects whose values are strings. Written
/// by hand rather than with `JSONSerialization`, so that every problem has a line and a column.
private struct EntryParser {
  let scalars: [Unicode.Scalar]
  let path: String
  var diagnostics: [Diagnostic] = []
  private var index = 0
  private var line = 1
  private var column = 1

  init(scalars: [Unicode.Scalar], path: String) {
    self.scalars = scalars.first == "\u{FEFF}" ? Array(scalars.dropFirst()) : scalars
    self.path = path
  }

  private struct SyntaxError: Error {
    var message: String
    var position: SourcePosition
  }

  static let fields = ["file", "chinese", "english", "reason"]

  mutating func entries() -> [AcceptedDifferences.Entry] {
    var entries: [AcceptedDifferences.Entry] = []
    do {
      skipSpace()
      try expect("[", "expected `[` at the start: the file is a list of accepted differences")
      skipSpace()
      if peek == "]" {
        advance()
      } else {
        while true {
          if let entry = try entry() { entries.append(entry) }
          skipSpace()
          if peek == "," {
            advance()
            skipSpace()
            continue
          }
          try expect("]", "expected `,` before the next entry, or `]` at the end of the list")
          break
        }
      }
      skipSpace()
      if peek != nil { throw SyntaxError(message: "unexpected text after the end of the list", position: here) }
    } catch let error as SyntaxError {
      diagnostics.append(Diagnostic(.error, error.message, file: path, position: error.position))
    } catch {}
    return entries
  }

  /// One `{ "file": …, "chinese": …, "english": …, "reason": … }`; nil, with an error, if a field
  /// is missing, empty or unknown.
  private mutating func entry() throws -> AcceptedDifferences.Entry? {
    let start = here
    try expect("{", "expected `{` to start an entry")
    var values: [String: String] = [:]
    var problems: [Diagnostic] = []
    skipSpace()
    if peek == "}" {
      advance()
    } else {
      while true {
        skipSpace()
        let keyPosition = here
        let key = try string()
        skipSpace()
        try expect(":", "expected `:` after \"\(key)\"")
        skipSpace()
        let value = try string()
        if !Self.fields.contains(key) {
          problems.append(
            Diagnostic(
              .error, "unknown field \"\(key)\" (expected \(Self.fields.joined(separator: ", ")))", file: path,
              position: keyPosition))
        } else if values[key] != nil {
          problems.append(Diagnostic(.error, "\"\(key)\" is given twice", file: path, position: keyPosition))
        }
        values[key] = value
        skipSpace()
        if peek == "," {
          advance()
          continue
        }
        try expect("}", "expected `,` before the next field, or `}` at the end of the entry")
        break
      }
    }
    for field in Self.fields where (values[field] ?? "").allSatisfy(\.isWhitespace) {
      problems.append(Diagnostic(.error, "the entry has no \"\(field)\"", file: path, position: start))
    }
    if let file = values["file"], file.contains("/") {
      problems.append(
        Diagnostic(.error, "\"file\" is the input file's name only, without a folder", file: path, position: start))
    }
    diagnostics += problems
    guard problems.isEmpty, let file = values["file"], let chinese = values["chinese"],
      let english = values["english"], let reason = values["reason"]
    else { return nil }
    return AcceptedDifferences.Entry(
      file: file, chinese: chinese, english: english, reason: reason, position: start)
  }

  /// A string in double quotes, with JSON's escapes.
  private mutating func string() throws -> String {
    let start = here
    guard peek == "\"" else {
      throw SyntaxError(message: "expected text in double quotes", position: start)
    }
    advance()
    var result = String.UnicodeScalarView()
    while let scalar = peek {
      let position = here
      advance()
      switch scalar {
      case "\"": return String(result)
      case "\\":
        guard let escaped = peek else { break }
        advance()
        switch escaped {
        case "\"", "\\", "/": result.append(escaped)
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "r": result.append("\r")
        case "b": result.append("\u{8}")
        case "f": result.append("\u{C}")
        case "u":
          var value = try hex4(at: position)
          if (0xD800..<0xDC00).contains(value), peek == "\\" {
            advance()
            try expect("u", "expected the second half of a surrogate pair")
            let low = try hex4(at: position)
            guard (0xDC00..<0xE000).contains(low) else {
              throw SyntaxError(message: "invalid surrogate pair", position: position)
            }
            value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
          }
          guard let decoded = Unicode.Scalar(value) else {
            throw SyntaxError(message: "invalid \\u escape", position: position)
          }
          result.append(decoded)
        default: throw SyntaxError(message: "unknown escape \\\(escaped)", position: position)
        }
      case "\n": throw SyntaxError(message: "text in double quotes must end on its line", position: position)
      default: result.append(scalar)
      }
    }
    throw SyntaxError(message: "text in double quotes is not closed", position: start)
  }

  private mutating func hex4(at position: SourcePosition) throws -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let scalar = peek, let digit = Int(String(scalar), radix: 16) else {
        throw SyntaxError(message: "expected four hexadecimal digits after \\u", position: position)
      }
      value = value * 16 + UInt32(digit)
      advance()
    }
    return value
  }

  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
  private var here: SourcePosition { SourcePosition(line: line, column: column) }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else if scalars[index] != "\r" {
      column += 1
    }
    index += 1
  }

  private mutating func skipSpace() {
    while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
  }

  private mutating func expect(_ scalar: Unicode.Scalar, _ message: String) throws {
    guard peek == scalar else { throw SyntaxError(message: message, position: here) }
    advance()
  }
}
