// Serialisation is done here in Swift rather than by libxml2. libxml2 2.9's HTML writer knows no
// HTML5 (no doctype `html`, unknown void elements such as `source`), percent-escapes non-ASCII
// characters in `href` and `src`, and its formatting depends on its element tables. The HTML5
// serialisation rules are short: escape `&` `<` `>` in text and `&` `"` in attributes, write void
// elements without an end tag, leave the text of `script` and `style` raw. Writing them directly
// keeps every character as UTF-8, is byte-for-byte deterministic, and needs no C tree per page.

extension HTML {
  /// Writes nodes as an HTML5 document: `<!DOCTYPE html>`, then the nodes, in UTF-8.
  ///
  /// Text and attribute values are escaped, so any string is safe to put in a tree.
  public static func serialize(_ nodes: [MarkupNode]) -> [UInt8] {
    var writer = HTMLWriter()
    writer.doctype()
    writer.write(nodes)
    writer.endWithNewline()
    return writer.bytes
  }

  /// Whether an element is void: it has no content and no end tag (`br`, `img`, `meta` …).
  public static func isVoid(_ name: String) -> Bool {
    voidElements.contains(name)
  }

  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  ]
}

/// Writes an HTML5 document piece by piece, for callers that keep parts of a page ready-made.
/// Text and attribute values are escaped as in `HTML.serialize`.
public struct HTMLWriter {
  private var writer = MarkupWriter(flavour: .html)

  public init() {}

  /// The bytes written so far, in an array of their exact size: a site keeps thousands of pages
  /// in memory, and the writer's working buffer is far larger than most pages.
  public var bytes: [UInt8] { writer.bytes.withUnsafeBufferPointer { Array($0) } }

  /// How many bytes are written so far.
  public var count: Int { writer.bytes.count }

  /// `<!DOCTYPE html>` and a line break.
  public mutating func doctype() {
    writer.append("<!DOCTYPE html>\n")
  }

  /// Nodes, with their descendants.
  public mutating func write(_ nodes: [MarkupNode]) {
    writer.write(nodes)
  }

  /// An element's start tag alone, with its attributes.
  public mutating func startTag(_ element: MarkupElement) {
    writer.startTag(element)
  }

  /// An end tag.
  public mutating func endTag(_ name: String) {
    writer.endTag(name)
  }

  /// Bytes written earlier by another `HTMLWriter`, copied as they are.
  public mutating func append(written bytes: [UInt8]) {
    writer.bytes.append(contentsOf: bytes)
  }

  /// A final line break, unless the output already ends with one.
  public mutating func endWithNewline() {
    writer.endWithNewline()
  }
}

extension XML {
  /// Writes nodes as an XML document in UTF-8, with its declaration.
  ///
  /// An element whose children are all elements has each child on its own indented line.
  public static func serialize(_ nodes: [MarkupNode]) -> [UInt8] {
    var writer = MarkupWriter(flavour: .xml)
    writer.append(declaration)
    writer.write(nodes)
    writer.endWithNewline()
    return writer.bytes
  }

  /// Writes an XML document of one element whose children are made one at a time, so that a
  /// large document (a sitemap) is never held whole as a tree: the bytes of `serialize` for the
  /// element with those children.
  public static func serialize(_ root: MarkupElement, children: some Sequence<MarkupElement>) -> [UInt8] {
    var children = children.makeIterator()
    guard var child = children.next() else { return serialize([.element(root)]) }
    var writer = MarkupWriter(flavour: .xml)
    writer.append(declaration)
    writer.startTag(root, selfClosing: false)
    while true {
      writer.append("\n  ")
      writer.write([.element(child)], depth: 1)
      guard let next = children.next() else { break }
      child = next
    }
    writer.append("\n")
    writer.endTag(root.name)
    writer.endWithNewline()
    return writer.bytes
  }

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}

private struct MarkupWriter {
  enum Flavour { case html, xml }

  let flavour: Flavour
  var bytes: [UInt8] = []

  init(flavour: Flavour) {
    self.flavour = flavour
    bytes.reserveCapacity(16 * 1024)
  }

  mutating func append(_ string: String) {
    var string = string
    string.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func endWithNewline() {
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
  }

  mutating func write(_ nodes: [MarkupNode], depth: Int = 0) {
    for node in nodes {
      switch node {
      case .element(let element): write(element, depth: depth)
      case .text(let text): escape(text, inAttribute: false)
      case .comment(let text): append("<!--" + commentSafe(text) + "-->")
      }
    }
  }

  /// `<name attributes>`; an XML element without children is closed at once with `/>`.
  mutating func startTag(_ element: MarkupElement) {
    startTag(element, selfClosing: flavour == .xml && element.children.isEmpty)
  }

  /// `<name attributes>`, or `<name attributes/>`.
  mutating func startTag(_ element: MarkupElement, selfClosing: Bool) {
    bytes.append(UInt8(ascii: "<"))
    append(element.name)
    for attribute in element.attributes {
      bytes.append(UInt8(ascii: " "))
      append(attribute.name)
      bytes.append(UInt8(ascii: "="))
      bytes.append(UInt8(ascii: "\""))
      escape(attribute.value, inAttribute: true)
      bytes.append(UInt8(ascii: "\""))
    }
    if selfClosing { bytes.append(UInt8(ascii: "/")) }
    bytes.append(UInt8(ascii: ">"))
  }

  mutating func endTag(_ name: String) {
    bytes.append(UInt8(ascii: "<"))
    bytes.append(UInt8(ascii: "/"))
    append(name)
    bytes.append(UInt8(ascii: ">"))
  }

  private mutating func write(_ element: MarkupElement, depth: Int) {
    startTag(element)
    switch flavour {
    case .html:
      if HTML.isVoid(element.name) { return }
      if element.name == "script" || element.name == "style" {
        // Raw text cannot be escaped; `<\/` keeps a stray end tag from closing the element early.
        for case .text(let text) in element.children { rawText(text) }
      } else {
        write(element.children, depth: depth + 1)
      }
    case .xml:
      if element.children.isEmpty { return }
      if element.children.allSatisfy({ $0.element != nil }) {
        for child in element.children {
          append("\n" + String(repeating: "  ", count: depth + 1))
          write([child], depth: depth + 1)
        }
        append("\n" + String(repeating: "  ", count: depth))
      } else {
        write(element.children, depth: depth + 1)
      }
    }
    endTag(element.name)
  }

  /// The text of a `script` or `style` element, with `</` written `<\\/`.
  private mutating func rawText(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      for index in utf8.indices.dropLast()
      where utf8[index] == UInt8(ascii: "<") && utf8[index + 1] == UInt8(ascii: "/") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
        bytes.append(UInt8(ascii: "\\"))
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
  }

  /// Escapes markup characters. Control characters that neither HTML nor XML allow in a document
  /// are left out: they cannot be written in any form.
  private mutating func escape(_ text: String, inAttribute: Bool) {
    var text = text
    text.withUTF8 { escape($0, inAttribute: inAttribute) }
  }

  /// Copies runs of plain bytes at once; only the bytes that need it are replaced one by one.
  private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
    var runStart = 0
    for (index, byte) in utf8.enumerated() {
      let replacement: String
      switch byte {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
      case UInt8(ascii: "\n") where inAttribute && flavour == .xml: replacement = "&#10;"
      case UInt8(ascii: "\t") where inAttribute && flavour == .xml: replacement = "&#9;"
      case UInt8(ascii: "\r") where flavour == .xml: replacement = "&#13;"
      case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
      case 0..<0x20, 0x7F: replacement = ""
      default: continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      append(replacement)
      runStart = index + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }

  /// A comment may not contain `--`, nor end in `-`.
  private func commentSafe(_ text: String) -> String {
    var result = text
    while result.contains("--") { result = result.replacing("--", with: "- -") }
    if result.hasSuffix("-") { result += " " }
    return result
  }
}
