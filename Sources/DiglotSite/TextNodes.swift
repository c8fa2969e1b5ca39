import DiglotModel
import DiglotXML

/// Turns the document's text into HTML nodes for pages in one language.
///
/// Text missing in the page's language is taken from the other language, inside an element with
/// that language's `lang`, so nothing is dropped and screen readers switch voice. Figures are
/// wrapped in `<data value="…">` where they stand in the text.
struct TextNodes {
  let language: SiteLanguage

  /// The text in the page's language, else in the other one; `nil` when neither has any.
  func inline(_ text: Bilingual) -> [MarkupNode]? {
    guard let (inline, side) = shown(text) else { return nil }
    let nodes = spans(inline, amounts: text.figures.compactMap(side.side(of:)))
    return side == language ? nodes : [.element("span", ["lang": side.tag], nodes)]
  }

  /// The text without markup, in the page's language or else the other; for titles.
  func plain(_ text: Bilingual) -> String? {
    shown(text)?.inline.plainText
  }

  /// The side of a text a page shows: its own language's if there is text there, else the other's.
  func shown(_ text: Bilingual) -> (inline: Inline, language: SiteLanguage)? {
    for side in [language, language.other] {
      if let inline = side.side(of: text), inline.spans.contains(where: { !$0.text.isEmpty }) { return (inline, side) }
    }
    return nil
  }

  /// Blocks in order, one node each; consecutive items form one list.
  func blocks(_ blocks: [Block]) -> [MarkupNode] {
    var nodes: [MarkupNode] = []
    var items: [Item] = []
    func flushItems() {
      if !items.isEmpty { nodes.append(list(items, class: "bullets")) }
      items = []
    }
    for block in blocks {
      switch block {
      case .item(let item):
        items.append(item)
      case .paragraph(let text):
        flushItems()
        if let inline = inline(text) { nodes.append(.element("p", [:], inline)) }
      case .note(let text):
        flushItems()
        if let inline = inline(text) { nodes.append(.element("p", ["class": "note"], inline)) }
      case .labels(let labels):
        flushItems()
        let entries = labels.compactMap(inline).map { MarkupNode.element("li", [:], $0) }
        if !entries.isEmpty { nodes.append(.element("ul", ["class": "labels"], lines(entries))) }
      case .table(let table):
        flushItems()
        nodes.append(self.table(table))
      }
    }
    flushItems()
    return nodes
  }

  /// A table; the header row, if any, in `<thead>` with `<th scope="col">` cells.
  private func table(_ table: Table) -> MarkupNode {
    func row(_ cells: [Bilingual], header: Bool) -> MarkupNode {
      .element(
        "tr", [:],
        cells.map {
          header ? .element("th", ["scope": "col"], inline($0) ?? []) : .element("td", [:], inline($0) ?? [])
        })
    }
    var sections: [MarkupNode] = []
    var rows = table.rows[...]
    if table.hasHeaderRow, let header = rows.popFirst() {
      sections.append(.element("thead", [:], [row(header, header: true)]))
    }
    sections.append(.element("tbody", [:], lines(rows.map { row($0, header: false) })))
    return .element("table", ["class": "table"], lines(sections))
  }

  /// A bullet list; sub-bullets are nested lists inside their bullet.
  private func list(_ items: [Item], class name: String) -> MarkupNode {
    let entries = items.map { item -> MarkupNode in
      var children = inline(item.text) ?? []
      if !item.children.isEmpty { children.append(list(item.children, class: "sub-bullets")) }
      return .element("li", [:], children)
    }
    return .element("ul", ["class": name], lines(entries))
  }

  /// An amount as written in the page's language (else the other), with its qualifier, marked up
  /// as `<data>`; for lists of key figures.
  func figure(_ figure: Figure) -> [MarkupNode]? {
    for side in [language, language.other] {
      guard let amount = side.side(of: figure) else { continue }
      var nodes: [MarkupNode] = []
      if let qualifier = amount.qualifier { nodes.append(.text(Labels.qualifier(qualifier, in: side))) }
      nodes.append(
        amount.values.isEmpty
          ? .text(amount.written) : .element("data", ["value": amount.valueString], [.text(amount.written)]))
      return side == language ? nodes : [.element("span", ["lang": side.tag], nodes)]
    }
    return nil
  }

  /// The spans of one language's text, with each amount found in it wrapped in `<data>`.
  ///
  /// Amounts are found by their written form in the plain text; a `<data>` element may cover
  /// pieces of several spans (`<data><strong>30</strong>億元</data>`), and a span may be cut in two.
  private func spans(_ inline: Inline, amounts: [Amount]) -> [MarkupNode] {
    let matches = amounts.isEmpty ? [] : Self.locate(amounts, in: inline.plainText)
    guard !matches.isEmpty else { return inline.spans.map { Self.node($0, $0.text) } }
    // Cut the spans where figures start and end; each piece lies in one figure or in none.
    var pieces: [(node: MarkupNode, figure: Int?)] = []
    var offset = 0
    for span in inline.spans {
      let utf8 = span.text.utf8
      let start = offset
      let end = offset + utf8.count
      let inside = matches.flatMap { [$0.start, $0.end] }.filter { $0 > start && $0 < end }
      let cuts = Set([start, end] + inside).sorted()
      for (from, to) in zip(cuts, cuts.dropFirst()) {
        let lower = utf8.index(utf8.startIndex, offsetBy: from - start)
        let upper = utf8.index(lower, offsetBy: to - from)
        let figure = matches.firstIndex { $0.start <= from && to <= $0.end }
        pieces.append((Self.node(span, String(span.text[lower..<upper])), figure))
      }
      offset = end
    }
    var nodes: [MarkupNode] = []
    var index = 0
    while index < pieces.count {
      guard let figure = pieces[index].figure else {
        nodes.append(pieces[index].node)
        index += 1
        continue
      }
      var children: [MarkupNode] = []
      while index < pieces.count && pieces[index].figure == figure {
        children.append(pieces[index].node)
        index += 1
      }
      nodes.append(.element("data", ["value": matches[figure].value], children))
    }
    return nodes
  }

  private static func node(_ span: Span, _ text: String) -> MarkupNode {
    switch span {
    case .plain: .text(text)
    case .strong: .element("strong", [:], [.text(text)])
    case .emphasis: .element("em", [:], [.text(text)])
    }
  }

  /// Where an amount stands in a text, in UTF-8 bytes.
  private struct Match {
    var start: Int
    var end: Int
    var value: String
  }

  /// Finds each amount's first occurrence not already taken by another, and not inside a longer
  /// number (`3億元` is not found in `13億元`); returns them in text order.
  private static func locate(_ amounts: [Amount], in text: String) -> [Match] {
    var matches: [Match] = []
    let bytes = Array(text.utf8)
    for amount in amounts where !amount.values.isEmpty {
      let written = Array(amount.written.utf8)
      guard !written.isEmpty, written.count <= bytes.count else { continue }
      for start in 0...(bytes.count - written.count) where bytes[start] == written[0] {
        let end = start + written.count
        guard bytes[start..<end].elementsEqual(written),
          !matches.contains(where: { $0.start < end && start < $0.end }),
          !isNumeric(scalar(endingAt: start, in: bytes)),
          !isNumeric(scalar(startingAt: end, in: bytes))
        else { continue }
        matches.append(Match(start: start, end: end, value: amount.valueString))
        break
      }
    }
    return matches.sorted { $0.start < $1.start }
  }

  /// The character that ends just before a byte offset, if any.
  private static func scalar(endingAt offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    var start = offset
    while start > 0 && start > offset - 4 {
      start -= 1
      if bytes[start] & 0xC0 != 0x80 { break }
    }
    return String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.last
  }

  /// The character that starts at a byte offset, if any.
  private static func scalar(startingAt offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    String(decoding: bytes[offset..<min(bytes.count, offset + 4)], as: UTF8.self).unicodeScalars.first
  }

  private static func isNumeric(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.properties.numericType != nil || scalar == "."
  }
}

/// Block-level nodes one to a line, so the pages read well as text too.
func lines(_ nodes: [MarkupNode]) -> [MarkupNode] {
  guard !nodes.isEmpty else { return [] }
  var result: [MarkupNode] = [.text("\n")]
  for node in nodes {
    result.append(node)
    result.append(.text("\n"))
  }
  return result
}
