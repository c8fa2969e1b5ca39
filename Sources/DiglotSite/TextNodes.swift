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
        // Keyword tags (產業 人才 科技) read as the slide's decoration, not its text: a page shows
        // those it has in its own language and leaves out the others.
        let entries = labels.compactMap { label in
          shown(label).flatMap { $0.language == language ? inline(label) : nil }.map {
            MarkupNode.element("li", [:], $0)
          }
        }
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

  /// The spans of one language's text, with each amount wrapped in `<data>` where the reader found
  /// it. A `<data>` element may cover pieces of several spans (`<data><strong>30</strong>億元</data>`),
  /// and a span may be cut in two. One pass over the spans: time in proportion to the text.
  private func spans(_ inline: Inline, amounts: [Amount]) -> [MarkupNode] {
    let figures = Self.figures(amounts, within: inline.spans.reduce(0) { $0 + $1.text.utf8.count })
    guard !figures.isEmpty else { return inline.spans.map { Self.node($0, $0.text) } }
    var nodes: [MarkupNode] = []
    var inside: [MarkupNode] = []  // the pieces of the figure at `next`, once it has begun
    var next = 0
    var offset = 0  // UTF-8 offset of `index` in the plain text
    for span in inline.spans {
      let utf8 = span.text.utf8
      var index = utf8.startIndex
      let end = offset + utf8.count
      while offset < end {
        let figure = next < figures.count ? figures[next] : nil
        let isInside = figure.map { $0.offsets.lowerBound <= offset } ?? false
        let cut = min(end, figure.map { isInside ? $0.offsets.upperBound : $0.offsets.lowerBound } ?? end)
        let upper = utf8.index(index, offsetBy: cut - offset)
        let piece = Self.node(span, String(span.text[index..<upper]))
        index = upper
        offset = cut
        guard let figure, isInside else {
          nodes.append(piece)
          continue
        }
        inside.append(piece)
        if offset == figure.offsets.upperBound {
          nodes.append(.element("data", ["value": figure.value], inside))
          inside = []
          next += 1
        }
      }
    }
    return nodes
  }

  /// The amounts that have a value and a place inside a text of `length` UTF-8 bytes, in text
  /// order, none overlapping another.
  private static func figures(_ amounts: [Amount], within length: Int) -> [(offsets: Range<Int>, value: String)] {
    let placed = amounts.compactMap { amount in
      amount.offsets.flatMap {
        $0.isEmpty || $0.upperBound > length || amount.values.isEmpty ? nil : ($0, amount.valueString)
      }
    }
    var result: [(offsets: Range<Int>, value: String)] = []
    for figure in placed.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
    where figure.0.lowerBound >= (result.last?.offsets.upperBound ?? 0) {
      result.append(figure)
    }
    return result
  }

  private static func node(_ span: Span, _ text: String) -> MarkupNode {
    switch span {
    case .plain: .text(text)
    case .strong: .element("strong", [:], [.text(text)])
    case .emphasis: .element("em", [:], [.text(text)])
    }
  }
}

/// A table's head: one row of column headers.
func tableHead(_ columns: [String]) -> MarkupNode {
  .element("thead", [:], [.element("tr", [:], columns.map { .element("th", ["scope": "col"], [.text($0)]) })])
}

/// Block-level nodes one to a line, so the pages read well as text too.
func lines(_ nodes: [MarkupNode]) -> [MarkupNode] {
  guard !nodes.isEmpty else { return [] }
  var result: [MarkupNode] = []
  result.reserveCapacity(2 * nodes.count + 1)
  result.append(.text("\n"))
  for node in nodes {
    result.append(node)
    result.append(.text("\n"))
  }
  return result
}
