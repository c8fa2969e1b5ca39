import CLibXML2

/// A problem the parser found, with where it stands in the source.
public struct MarkupProblem: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable {
    case warning, error
  }

  public var severity: Severity
  public var position: MarkupPosition
  public var message: String

  public init(_ severity: Severity, _ message: String, at position: MarkupPosition) {
    self.severity = severity
    self.message = message
    self.position = position
  }

  /// `line:column: severity: message`.
  public var description: String {
    "\(position.line):\(position.column): \(severity.rawValue): \(message)"
  }
}

/// The nodes of a parsed document (without its doctype), and the problems found on the way.
public struct ParsedMarkup: Hashable, Sendable {
  public var nodes: [MarkupNode]
  public var problems: [MarkupProblem]

  /// True when the parser reported an error (warnings do not count).
  public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}

/// HTML documents: parsed by libxml2's HTML parser, written by `HTML.serialize`.
public enum HTML {
  /// Parses an HTML document given as UTF-8 bytes.
  ///
  /// The parser is lenient and always returns a tree; what it had to repair is reported in
  /// `problems`, sorted by position.
  /// HTML5 elements unknown to libxml2 2.9 (`nav`, `main`, `data`, …) are kept without a problem.
  public static func parse(_ bytes: [UInt8]) -> ParsedMarkup {
    let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
    var parsed = parseMarkup(bytes, ignoring: isKnownHTML5Element) { buffer, count in
      htmlReadMemory(buffer, count, nil, "UTF-8", options)
    }
    // libxml2 closes a forgotten `</div>` silently; the tag check reports it.
    parsed.problems += TagCheck.unclosedElements(in: String(decoding: bytes, as: UTF8.self))
    parsed.problems.sort { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
    return parsed
  }

  /// libxml2 2.9 reports these as unknown (error 801) but keeps them; custom elements have a hyphen.
  /// The SVG elements are those of the charts the site draws inline.
  private static func isKnownHTML5Element(_ error: xmlError) -> Bool {
    guard error.code == XML_HTML_UNKNOWN_TAG.rawValue, let name = error.str1.map({ String(cString: $0) }) else {
      return false
    }
    return html5Elements.contains(name) || name.contains("-")
  }

  private static let html5Elements: Set<String> = [
    "article", "aside", "audio", "bdi", "canvas", "data", "datalist", "details", "dialog",
    "figcaption", "figure", "footer", "header", "hgroup", "main", "mark", "meter", "nav", "output",
    "picture", "progress", "rp", "rt", "ruby", "search", "section", "slot", "source", "summary",
    "svg", "template", "time", "track", "video", "wbr",
    "desc", "g", "line", "rect", "text", "tspan",
  ]
}

/// XML documents: parsed by libxml2's XML parser, written by `XML.serialize`.
public enum XML {
  /// Parses an XML document given as UTF-8 bytes; a document that is not well-formed has errors.
  ///
  /// Entities are not expanded and no DTD is loaded.
  public static func parse(_ bytes: [UInt8]) -> ParsedMarkup {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    return parseMarkup(
      bytes, ignoring: { _ in false },
      read: { buffer, count in xmlReadMemory(buffer, count, nil, "UTF-8", options) })
  }
}

/// libxml2 is initialised once, on first use, and never cleaned up: other threads may still use it.
private let libxml2Initialised: Void = xmlInitParser()

/// Collects the structured errors of one parse; reached from the C handler through its context pointer.
private final class ProblemCollector {
  let ignore: (xmlError) -> Bool
  let source: SourceLines
  var problems: [MarkupProblem] = []

  init(source: SourceLines, ignore: @escaping (xmlError) -> Bool) {
    self.source = source
    self.ignore = ignore
  }

  func add(_ error: xmlError) {
    guard !ignore(error) else { return }
    let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
    let line = max(1, Int(error.line))
    problems.append(
      MarkupProblem(
        error.level == XML_ERR_WARNING ? .warning : .error,
        Self.styled(message),
        at: MarkupPosition(line: line, column: source.tagStart(line: line, before: max(1, Int(error.int2))))))
  }

  /// libxml2 writes `Opening and ending tag mismatch: div and p\n`; diagnostics are lower case, one line.
  private static func styled(_ message: String) -> String {
    let trimmed = message.trimmingWhitespace
    guard let first = trimmed.first else { return trimmed }
    return first.lowercased() + trimmed.dropFirst()
  }
}

/// Parses with `read`, copies the C tree into Swift values at once and frees it.
///
/// The structured error handler is per thread, so it is installed and removed within this one
/// synchronous call; `problems` are in the order the parser met them.
private func parseMarkup(
  _ bytes: [UInt8], ignoring ignore: @escaping (xmlError) -> Bool,
  read: (UnsafePointer<CChar>?, Int32) -> xmlDocPtr?
) -> ParsedMarkup {
  _ = libxml2Initialised
  let source = SourceLines(bytes)
  let collector = ProblemCollector(source: source, ignore: ignore)
  let document: xmlDocPtr? = withExtendedLifetime(collector) {
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque()) { context, error in
      guard let context, let error else { return }
      Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
    }
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { read($0.baseAddress, Int32(clamping: $0.count)) }
    }
  }
  // The document is ours: freed here, after its nodes have been copied.
  defer { xmlFreeDoc(document) }
  var copier = TreeCopier(source: source)
  let nodes = document.map { copier.copy($0.pointee.children) } ?? []
  return ParsedMarkup(nodes: nodes, problems: collector.problems)
}

/// The lines of a source, to turn libxml2's line numbers into columns.
private struct SourceLines {
  let lines: [[Character]]

  init(_ bytes: [UInt8]) {
    lines = String(decoding: bytes, as: UTF8.self).split(
      omittingEmptySubsequences: false, whereSeparator: \.isLineBreak
    )
    .map(Array.init)
  }

  func line(_ number: Int) -> [Character] {
    number >= 1 && number <= lines.count ? lines[number - 1] : []
  }

  /// libxml2 reports an error after the tag it concerns; this is the column where that tag starts.
  func tagStart(line number: Int, before column: Int) -> Int {
    let text = line(number)
    guard column >= 2, column - 2 < text.count, text[column - 2] == ">",
      let start = text[..<(column - 2)].lastIndex(of: "<")
    else { return column }
    return start + 1
  }

  /// The columns of the start tags on a line, by lower-cased name, in order: one pass over the
  /// line, so locating every element of a part written on one line stays linear.
  func startTags(line number: Int) -> [String: [Int]] {
    let text = line(number)
    var columns: [String: [Int]] = [:]
    var index = 0
    while index < text.count {
      guard text[index] == "<" else {
        index += 1
        continue
      }
      var end = index + 1
      while end < text.count && TagCheck.isNameCharacter(text[end]) { end += 1 }
      if end > index + 1 { columns[String(text[(index + 1)..<end]).lowercased(), default: []].append(index + 1) }
      index = end
    }
    return columns
  }
}

/// Copies libxml2 nodes into `MarkupNode` values. It reads the C tree and allocates nothing in C.
private struct TreeCopier {
  let source: SourceLines
  /// How many start tags of one name on one line were already copied.
  private var seen: [String: Int] = [:]
  /// The start tags of each line looked at so far (`SourceLines.startTags`).
  private var startTags: [Int: [String: [Int]]] = [:]

  init(source: SourceLines) {
    self.source = source
  }

  mutating func copy(_ first: xmlNodePtr?) -> [MarkupNode] {
    var nodes: [MarkupNode] = []
    var next = first
    while let node = next {
      next = node.pointee.next
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        nodes.append(.element(copyElement(node)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        nodes.append(.text(string(node.pointee.content)))
      case XML_COMMENT_NODE:
        nodes.append(.comment(string(node.pointee.content)))
      default:
        // The doctype, processing instructions and unexpanded entity references are not kept.
        break
      }
    }
    return nodes
  }

  private mutating func copyElement(_ node: xmlNodePtr) -> MarkupElement {
    let name = qualifiedName(node.pointee.name, node.pointee.ns)
    var attributes: [MarkupAttribute] = []
    var namespace = node.pointee.nsDef
    while let ns = namespace {
      let prefix = ns.pointee.prefix.map { ":" + String(cString: $0) } ?? ""
      attributes.append(MarkupAttribute("xmlns" + prefix, string(ns.pointee.href)))
      namespace = ns.pointee.next
    }
    var property = node.pointee.properties
    while let attribute = property {
      // An attribute's value is the list of its text children; nothing is allocated to be freed.
      var value = ""
      var child = attribute.pointee.children
      while let text = child {
        value += string(text.pointee.content)
        child = text.pointee.next
      }
      attributes.append(MarkupAttribute(qualifiedName(attribute.pointee.name, attribute.pointee.ns), value))
      property = attribute.pointee.next
    }
    let position = self.position(of: name, line: Int(xmlGetLineNo(node)))
    return MarkupElement(
      name: name, attributes: attributes, children: copy(node.pointee.children), position: position)
  }

  /// libxml2 knows only the line of a node; the column is that of the matching start tag on the line.
  private mutating func position(of name: String, line: Int) -> MarkupPosition? {
    guard line > 0 else { return nil }
    let key = "\(line) \(name)"
    let occurrence = seen[key, default: 0]
    seen[key] = occurrence + 1
    if startTags[line] == nil { startTags[line] = source.startTags(line: line) }
    let columns = startTags[line]?[name.lowercased()] ?? []
    let column = occurrence < columns.count ? columns[occurrence] : 1
    return MarkupPosition(line: line, column: column)
  }

  private func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ ns: xmlNsPtr?) -> String {
    let local = string(name)
    guard let prefix = ns?.pointee.prefix else { return local }
    return String(cString: prefix) + ":" + local
  }

  private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  private func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}

extension String {
  var trimmingWhitespace: String {
    let characters = drop { $0.isWhitespace }
    return String(characters.reversed().drop { $0.isWhitespace }.reversed())
  }
}
