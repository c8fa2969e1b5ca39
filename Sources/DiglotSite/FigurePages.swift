import DiglotCorpus
import DiglotModel
import DiglotXML
import Foundation

/// The figures dashboards: an address's money figures by area, and every address's totals.
extension PageContext {
  /// `en/<address>/figures/index.html`: a bar chart of the totals per area, then every money
  /// figure in a table, grouped by area and largest first, with totals.
  func figuresPage(_ index: Int) -> [MarkupNode] {
    let address = plan.addresses[index]
    let table = plan.corpus.figureTables[index]
    var nodes: [MarkupNode] = [
      .element("h1", [:], [.text(corpusWords.figures + ": " + title(of: address))]),
      .element("p", [:], [.text(corpusWords.totalsNote)]),
    ]
    guard !table.areas.isEmpty else {
      return lines(nodes + [.element("p", [:], [.text(corpusWords.noMoney)])])
    }
    let bars = table.areas.map { group in
      (label: group.area.map { areaLabel($0, in: address) } ?? corpusWords.outsideAreas, total: Optional(group.total))
    }
    nodes.append(barChart(id: "chart", title: corpusWords.totalsByArea, bars: bars))

    var bodies: [MarkupNode] = []
    // What a bullet's figures pay for is found once per bullet and initiative, as a long bullet
    // may have many figures.
    var paidFor: [ItemPlace: [Int?: [MarkupNode]]] = [:]
    func subject(_ entry: FigureTable.Entry, area: Int?) -> [MarkupNode] {
      guard let place = entry.place else { return self.paidFor(entry, initiative: nil, in: index, area: area) }
      let initiative = plan.corpus.initiatives(ofFigure: entry.figure, atBullet: place, in: index).first
      if let known = paidFor[place]?[initiative] { return known }
      let found = self.paidFor(entry, initiative: initiative, in: index, area: area)
      paidFor[place, default: [:]][initiative] = found
      return found
    }
    for group in table.areas {
      let heading: [MarkupNode] =
        group.area.map { area in
          [
            .element(
              "a", ["href": link(to: Page(.area(address: index, area: area), language))],
              title(ofArea: area, in: address))
          ]
        } ?? [.text(corpusWords.outsideAreas)]
      var rows: [MarkupNode] = [
        .element("tr", [:], [.element("th", ["colspan": "3", "scope": "rowgroup"], heading)])
      ]
      rows += group.figures.map { entry in
        var written = text.figure(shown(entry.figure)) ?? []
        if let sum = entry.within {
          let note = corpusWords.notAdded(within: Amounts.written(sum, in: language))
          // The Chinese words open with a full-width bracket, which brings its own space.
          let space: [MarkupNode] = language == .english ? [.text(" ")] : []
          written += space + [.element("small", ["class": "not-added"], [.text(note)])]
        }
        return .element(
          "tr", entry.isCounted ? [:] : ["class": "not-added"],
          [
            .element("td", [:], subject(entry, area: group.area)),
            .element("td", [:], written),
            .element("td", ["class": "amount"], [money(FigureTable.amount(entry.figure))]),
          ])
      }
      rows.append(
        .element(
          "tr", ["class": "total"],
          [
            .element("th", ["scope": "row", "colspan": "2"], [.text(corpusWords.total)]),
            .element("td", ["class": "amount"], [money(group.total)]),
          ]))
      bodies.append(.element("tbody", [:], lines(rows)))
    }
    let head = tableHead([corpusWords.paysFor, corpusWords.figureAsWritten, corpusWords.amount])
    let foot = MarkupNode.element(
      "tfoot", [:],
      [
        .element(
          "tr", ["class": "total"],
          [
            .element("th", ["scope": "row", "colspan": "2"], [.text(corpusWords.grandTotal)]),
            .element("td", ["class": "amount"], [money(table.total)]),
          ])
      ])
    nodes.append(figuresTable(caption: corpusWords.figuresTable, [head] + bodies + [foot]))
    return lines(nodes)
  }

  /// `en/figures/index.html`: each address's total of money figures, newest first, as a chart and a table.
  func siteFiguresPage() -> [MarkupNode] {
    let tables = plan.corpus.figureTables
    var nodes: [MarkupNode] = [
      .element("h1", [:], [.text(corpusWords.figures)]),
      .element("p", [:], [.text(corpusWords.totalsNote)]),
    ]
    let bars = tables.map { (label: title(of: plan.addresses[$0.document]), total: Optional($0.total)) }
    if !bars.isEmpty { nodes.append(barChart(id: "chart", title: corpusWords.totalsByAddress, bars: bars)) }
    let rows = tables.map { table -> MarkupNode in
      let target = Page(.figures(table.document), language)
      return .element(
        "tr", [:],
        [
          .element(
            "th", ["scope": "row"], [.element("a", ["href": link(to: target)], name(ofAddress: table.document))]),
          .element("td", ["class": "amount"], [money(table.total)]),
        ])
    }
    nodes.append(
      figuresTable(
        caption: corpusWords.totalsByAddress,
        [
          tableHead([corpusWords.address, corpusWords.total]),
          .element("tbody", [:], lines(rows)),
        ]))
    return lines(nodes)
  }

  /// The table of a figures page, in a box that scrolls sideways on a narrow screen and can take
  /// the keyboard focus to scroll (named by the table's caption for screen readers).
  private func figuresTable(caption: String, _ parts: [MarkupNode]) -> MarkupNode {
    let captionNode = MarkupNode.element("caption", ["id": "figures-table-caption"], [.text(caption)])
    return .element(
      "div",
      ["class": "table-scroll", "role": "region", "tabindex": "0", "aria-labelledby": "figures-table-caption"],
      [.element("table", ["class": "table figures-table", "id": "figures-table"], lines([captionNode] + parts))])
  }

  /// A horizontal bar chart as inline SVG, drawn here: no script. Screen readers get its title
  /// and a description listing every bar; the table or timeline after it holds the same numbers.
  ///
  /// Each bar has its label on a line above it, so the chart is narrow: drawn 360 units wide, it
  /// scales with its `viewBox` to the width of a phone and stays readable there.
  func barChart(id: String, title: String, bars: [(label: String, total: Decimal?)]) -> MarkupNode {
    let (width, rowHeight, barSpace) = (360, 40, 250)
    let largest = bars.compactMap(\.total).max() ?? 0
    var shapes: [MarkupNode] = [
      .element("title", ["id": "\(id)-title"], [.text(title)]),
      .element(
        "desc", ["id": "\(id)-desc"],
        [.text(bars.map { "\($0.label): \(written($0.total))" }.joined(separator: "; "))]),
    ]
    for (row, bar) in bars.enumerated() {
      let y = row * rowHeight
      shapes.append(
        .element(
          "text", ["x": "0", "y": "\(y + 13)", "class": "chart-label"], [.text(Self.shortened(bar.label, width: 56))]))
      var end = 0
      if let total = bar.total {
        let length = largest > 0 ? NSDecimalNumber(decimal: total / largest * Decimal(barSpace)).intValue : 0
        shapes.append(
          .element(
            "rect", ["x": "0", "y": "\(y + 19)", "width": "\(max(length, 1))", "height": "14", "class": "chart-bar"]))
        end = max(length, 1) + 5
      }
      shapes.append(
        .element("text", ["x": "\(end)", "y": "\(y + 31)", "class": "chart-value"], [.text(written(bar.total))]))
    }
    return .element(
      "figure", ["class": "chart"],
      [
        .element(
          "svg",
          [
            "xmlns": "http://www.w3.org/2000/svg", "role": "img", "aria-labelledby": "\(id)-title \(id)-desc",
            "viewBox": "0 0 \(width) \(bars.count * rowHeight)", "width": "100%",
          ], lines(shapes))
      ])
  }

  /// What a figure pays for, linking to where it stands: the initiative of its bullet it is for
  /// (`Corpus.initiatives(ofFigure:atBullet:in:)`), else the bullet's bold phrase, else the start
  /// of its text.
  private func paidFor(_ entry: FigureTable.Entry, initiative: Int?, in document: Int, area: Int?) -> [MarkupNode] {
    let target =
      area.map { link(to: Page(.area(address: document, area: $0), language)) }
      ?? link(to: Page(.address(document), language))
    var words: [MarkupNode]
    if let place = entry.place, let initiative {
      words = name(ofInitiative: initiative, atBullet: place, of: document)
    } else if let phrase = entry.boldPhrase(inChinese: language != .english) {
      words = [.text(language == .english ? phrase : shown(phrase))]
    } else if let phrase = entry.boldPhrase(inChinese: language == .english) {
      words = [.element("span", ["lang": language.other.tag], [.text(phrase)])]
    } else {
      let shownText = shown(entry.text)
      let (own, other) = language == .english ? (shownText.en, shownText.zh) : (shownText.zh, shownText.en)
      let start = Self.shortened((own ?? other)?.plainText ?? "", width: 60)
      words = own != nil ? [.text(start)] : [.element("span", ["lang": language.other.tag], [.text(start)])]
    }
    let anchor = entry.place.map { "#" + Self.anchor($0) } ?? ""
    return [.element("a", ["href": target + anchor], words)]
  }

  /// An amount as people read it, or the words saying there is none.
  private func written(_ total: Decimal?) -> String {
    total.map { Amounts.written($0, in: language) } ?? corpusWords.noAmount
  }

  /// The label cut to fit its column: a Chinese character takes two units of width, others one.
  static func shortened(_ label: String, width: Int) -> String {
    var used = 0
    var result = ""
    for character in label {
      let size = character.unicodeScalars.first.map { $0.value >= 0x2E80 ? 2 : 1 } ?? 1
      if used + size > width - 1 {
        // Cut at the last space, if there is one, rather than inside a word.
        let cut = result.lastIndex(of: " ").map { String(result[..<$0]) } ?? result
        return cut + "…"
      }
      used += size
      result.append(character)
    }
    return result
  }

  /// An amount in HKD as people read it, marked up with its exact value.
  private func money(_ value: Decimal) -> MarkupNode {
    .element(
      "data", ["value": value.exactText()], [.text(Amounts.written(value, in: language))])
  }

  private func areaLabel(_ area: Int, in address: SitePlan.Address) -> String {
    plainTitle(ofArea: area, in: address)
  }
}

/// Amounts of HKD written as people read them: `$10.008 billion`, `100.08億元`, `100.08亿元`, exactly.
enum Amounts {
  static func written(_ value: Decimal, in language: SiteLanguage) -> String {
    func scaled(_ places: Int) -> String { value.exactText(scale: places) }
    switch language {
    case .english:
      if value >= 1_000_000_000 { return "$" + scaled(9) + " billion" }
      if value >= 1_000_000 { return "$" + scaled(6) + " million" }
      return "$" + grouped(value)
    case .chinese:
      if value >= 100_000_000 { return scaled(8) + "億元" }
      if value >= 10_000 { return scaled(4) + "萬元" }
      return grouped(value) + "元"
    case .simplified:
      if value >= 100_000_000 { return scaled(8) + "亿元" }
      if value >= 10_000 { return scaled(4) + "万元" }
      return grouped(value) + "元"
    }
  }

  /// Thousands separated by commas: `600,000`.
  private static func grouped(_ value: Decimal) -> String {
    let digits = value.exactText()
    let whole = digits.split(separator: ".", maxSplits: 1)
    var result = ""
    for (index, character) in whole[0].reversed().enumerated() {
      if index > 0 && index % 3 == 0 { result.insert(",", at: result.startIndex) }
      result.insert(character, at: result.startIndex)
    }
    return whole.count > 1 ? result + "." + whole[1] : result
  }
}
