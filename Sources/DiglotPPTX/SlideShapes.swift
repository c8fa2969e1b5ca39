import DiglotXML
import Foundation

/// Where a shape stands on its slide, in EMU (914,400 to the inch).
struct Frame: Equatable {
  var x = 0
  var y = 0
  var width = 0
  var height = 0
}

/// A paragraph of a slide as PowerPoint holds it, with what it inherits already looked up.
struct DeckParagraph {
  /// The lines of the paragraph (more than one where it has line breaks), with `**bold**` and
  /// `*italic*` runs, and the text's own `*` and `\` escaped.
  var lines: [String]
  /// The level, 0 for the first (`a:pPr@lvl`).
  var level: Int
  /// The bullet glyph, or nil for a paragraph without a bullet.
  var bullet: String?
  /// The largest font size of its runs, in hundredths of a point.
  var size: Int
  /// Every run with text is bold.
  var isBold: Bool

  var isEmpty: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// What a slide shows as text: a text shape, or a table.
struct DeckShape {
  enum Content {
    /// A text box or placeholder; `isTitle` for a title placeholder.
    case text([DeckParagraph], isTitle: Bool)
    /// A table: rows of cells, each cell's paragraphs.
    case table([[[DeckParagraph]]])
  }

  var content: Content
  var frame: Frame
}

/// The slide layout and master that a slide's placeholders inherit from.
struct SlideTemplate {
  /// The layout's and then the master's shapes (`p:sp`) that are placeholders.
  var placeholders: [[MarkupElement]]
  /// The master's text styles: `titleStyle`, `bodyStyle`, `otherStyle`.
  var titleStyle: MarkupElement?
  var bodyStyle: MarkupElement?
}

/// Reads a slide's shapes: their text with levels, bullets, bold and sizes looked up through the
/// shape, its layout and master placeholders and the master's text styles; pictures counted.
struct ShapeReader {
  var template: SlideTemplate
  /// The presentation's default text style, for text boxes that are not placeholders.
  var defaultTextStyle: MarkupElement?
  /// Pictures seen so far on the slide.
  private(set) var pictures = 0

  init(template: SlideTemplate, defaultTextStyle: MarkupElement?) {
    self.template = template
    self.defaultTextStyle = defaultTextStyle
  }

  /// The text shapes and tables of a shape tree (`p:spTree`), groups flattened.
  mutating func shapes(in tree: MarkupElement) -> [DeckShape] {
    var result: [DeckShape] = []
    collect(tree, transform: GroupTransform(), into: &result)
    return result
  }

  private mutating func collect(_ tree: MarkupElement, transform: GroupTransform, into result: inout [DeckShape]) {
    for case .element(let element) in tree.children {
      switch element.localName {
      case "sp":
        if let shape = textShape(element, transform: transform) { result.append(shape) }
      case "graphicFrame":
        if let table = element.child("graphic", "graphicData", "tbl") {
          let frame = transform.apply(Self.frame(element.child("xfrm")) ?? Frame())
          result.append(DeckShape(content: .table(rows(of: table)), frame: frame))
        }
      case "grpSp":
        let inner = GroupTransform(element.child("grpSpPr", "xfrm"), outer: transform)
        collect(element, transform: inner, into: &result)
      case "pic":
        pictures += 1
      case "AlternateContent":
        // A shape saved twice, for newer and older readers: the older one is read.
        if let fallback = element.child("Fallback") { collect(fallback, transform: transform, into: &result) }
      default:
        continue
      }
    }
  }

  private func textShape(_ shape: MarkupElement, transform: GroupTransform) -> DeckShape? {
    guard let body = shape.child("txBody") else { return nil }
    let placeholder = shape.child("nvSpPr", "nvPr", "ph")
    let type = placeholder.map { $0[attribute: "type"] ?? "body" }
    // Date, footer and slide number are furniture repeated on every slide.
    if let type, ["dt", "ftr", "sldNum", "hdr"].contains(type) { return nil }
    let inherited = placeholder.map { inheritedShapes(for: $0) } ?? []
    let isTitle = type == "title" || type == "ctrTitle"
    var styles: [MarkupElement] = [body.child("lstStyle")].compactMap { $0 }
    styles += inherited.compactMap { $0.child("txBody", "lstStyle") }
    if placeholder != nil {
      if let style = isTitle ? template.titleStyle : template.bodyStyle { styles.append(style) }
    } else if let defaultTextStyle {
      styles.append(defaultTextStyle)
    }
    let ownFrame = Self.frame(shape.child("spPr", "xfrm"))
    let frame = ownFrame ?? inherited.lazy.compactMap { Self.frame($0.child("spPr", "xfrm")) }.first ?? Frame()
    let paragraphs = paragraphs(of: body, styles: styles)
    return DeckShape(content: .text(paragraphs, isTitle: isTitle), frame: transform.apply(frame))
  }

  /// The layout's and the master's placeholder that a slide's placeholder inherits from: the one
  /// with the same index, or else the same type.
  private func inheritedShapes(for placeholder: MarkupElement) -> [MarkupElement] {
    let index = placeholder[attribute: "idx"]
    let type = Self.baseType(placeholder[attribute: "type"] ?? "body")
    return template.placeholders.compactMap { shapes in
      func ph(_ shape: MarkupElement) -> MarkupElement? { shape.child("nvSpPr", "nvPr", "ph") }
      if let index, let match = shapes.first(where: { ph($0)?[attribute: "idx"] == index }) { return match }
      return shapes.first { Self.baseType(ph($0)?[attribute: "type"] ?? "body") == type }
    }
  }

  /// Placeholder types that share their formatting: a centred title is a title, content is body.
  private static func baseType(_ type: String) -> String {
    switch type {
    case "ctrTitle", "title": "title"
    case "subTitle", "obj", "body": "body"
    default: type
    }
  }

  private func rows(of table: MarkupElement) -> [[[DeckParagraph]]] {
    table.childElements("tr").map { row in
      row.childElements("tc").map { cell in
        cell.child("txBody").map { paragraphs(of: $0, styles: []) } ?? []
      }
    }
  }

  private func paragraphs(of body: MarkupElement, styles: [MarkupElement]) -> [DeckParagraph] {
    var numbering = AutoNumbering()
    return body.childElements("p").map { paragraph in
      let properties = paragraph.child("pPr")
      let level = properties?[attribute: "lvl"].flatMap(Int.init).map { min(max($0, 0), 8) } ?? 0
      let chain = [properties].compactMap { $0 } + styles.compactMap { $0.child("lvl\(level + 1)pPr") }
      let bullet = Bullets.glyph(chain: chain, level: level, numbering: &numbering)
      var text = TextRuns()
      for case .element(let part) in paragraph.children {
        switch part.localName {
        case "r", "fld":
          let run = part.child("rPr")
          let bold = run?[attribute: "b"].map(Self.isOn) ?? Self.inherited("b", chain).map(Self.isOn) ?? false
          let italic = run?[attribute: "i"].map(Self.isOn) ?? Self.inherited("i", chain).map(Self.isOn) ?? false
          let size = run?[attribute: "sz"].flatMap(Int.init) ?? Self.inherited("sz", chain).flatMap(Int.init) ?? 1800
          text.append(part.child("t")?.textContent ?? "", bold: bold, italic: italic, size: size)
        case "br":
          text.breakLine()
        default:
          continue
        }
      }
      let runs = text.finished
      return DeckParagraph(
        lines: runs.lines, level: level, bullet: runs.isEmpty ? nil : bullet, size: runs.largestSize,
        isBold: runs.isAllBold)
    }
  }

  /// A run property that the paragraph's level styles give (`a:defRPr`), the nearest first.
  private static func inherited(_ name: String, _ chain: [MarkupElement]) -> String? {
    chain.lazy.compactMap { $0.child("defRPr")?[attribute: name] }.first
  }

  private static func isOn(_ value: String) -> Bool { value == "1" || value == "true" }

  static func frame(_ transform: MarkupElement?) -> Frame? {
    guard let transform, let offset = transform.child("off") else { return nil }
    let extent = transform.child("ext")
    func number(_ element: MarkupElement?, _ name: String) -> Int { element?[attribute: name].flatMap(Int.init) ?? 0 }
    return Frame(
      x: number(offset, "x"), y: number(offset, "y"), width: number(extent, "cx"), height: number(extent, "cy"))
  }
}

/// A group's mapping from its children's coordinates to the slide's.
private struct GroupTransform {
  var offset = (x: 0.0, y: 0.0)
  var scale = (x: 1.0, y: 1.0)
  var childOffset = (x: 0.0, y: 0.0)
  var outer: [GroupTransform] = []

  init() {}

  init(_ transform: MarkupElement?, outer: GroupTransform) {
    self.outer = [outer]
    guard let transform, let frame = ShapeReader.frame(transform) else { return }
    let child = transform.child("chOff")
    let childExtent = transform.child("chExt")
    func number(_ element: MarkupElement?, _ name: String) -> Double {
      element?[attribute: name].flatMap(Double.init) ?? 0
    }
    offset = (Double(frame.x), Double(frame.y))
    childOffset = (number(child, "x"), number(child, "y"))
    let childWidth = number(childExtent, "cx")
    let childHeight = number(childExtent, "cy")
    scale = (
      childWidth > 0 ? Double(frame.width) / childWidth : 1, childHeight > 0 ? Double(frame.height) / childHeight : 1
    )
  }

  func apply(_ frame: Frame) -> Frame {
    var mapped = Frame(
      x: Int(offset.x + (Double(frame.x) - childOffset.x) * scale.x),
      y: Int(offset.y + (Double(frame.y) - childOffset.y) * scale.y),
      width: Int(Double(frame.width) * scale.x), height: Int(Double(frame.height) * scale.y))
    for transform in outer { mapped = transform.apply(mapped) }
    return mapped
  }
}

/// A paragraph's runs written as lines of the input format's inline text.
private struct TextRuns {
  private(set) var lines: [String] = [""]
  private(set) var largestSize = 0
  private var hasText = false
  private var hasPlainText = false
  /// The runs of the current line not yet written: bold and italic runs are merged before they
  /// are marked, so that `**a****b**` is never written.
  private var pending: [(text: String, bold: Bool, italic: Bool)] = []

  var isEmpty: Bool { !hasText }
  var isAllBold: Bool { hasText && !hasPlainText }

  mutating func append(_ text: String, bold: Bool, italic: Bool, size: Int) {
    guard !text.isEmpty else { return }
    let visible = text.contains { !$0.isWhitespace }
    if visible {
      hasText = true
      if !bold { hasPlainText = true }
      largestSize = max(largestSize, size)
    }
    if let last = pending.last, last.bold == bold, last.italic == italic {
      pending[pending.count - 1].text += text
    } else {
      pending.append((text, bold, italic))
    }
  }

  mutating func breakLine() {
    flush()
    lines.append("")
  }

  var finished: TextRuns {
    var copy = self
    copy.flush()
    return copy
  }

  private mutating func flush() {
    for run in pending {
      let escaped = Self.escaped(run.text)
      let marker = run.bold ? "**" : run.italic ? "*" : ""
      // Markers go around the words; spaces at the edges stay outside them.
      let core = escaped.trimmingCharacters(in: .whitespaces)
      if marker.isEmpty || core.isEmpty {
        lines[lines.count - 1] += escaped
      } else {
        let leading = String(escaped.prefix { $0 == " " })
        let trailing = String(escaped.reversed().prefix { $0 == " " })
        lines[lines.count - 1] += leading + marker + core + marker + trailing
      }
    }
    pending = []
  }

  private static func escaped(_ text: String) -> String {
    guard text.contains(where: { $0 == "*" || $0 == "\\" || $0 == "\t" || $0 == "\u{B}" }) else { return text }
    var result = ""
    for character in text {
      switch character {
      case "*", "\\": result += "\\" + String(character)
      case "\t", "\u{B}": result += " "
      default: result.append(character)
      }
    }
    return result
  }
}
