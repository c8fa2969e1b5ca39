import DiglotCorpus
import DiglotModel
import DiglotXML

/// The pages that look across addresses: initiatives, what changed, open data.
extension PageContext {
  var corpusWords: CorpusWords { labels.corpus }

  private var corpus: Corpus { plan.corpus }

  /// Chinese from the corpus as the page shows it: in Simplified characters on converted pages.
  func shown(_ chinese: String) -> String {
    language.isConverted ? SimplifiedChinese.convert(chinese) : chinese
  }

  /// A bullet's text from the corpus as the page shows it.
  func shown(_ text: Bilingual) -> Bilingual {
    language.isConverted ? SimplifiedChinese.convert(text) : text
  }

  /// A figure from the corpus as the page shows it.
  func shown(_ figure: Figure) -> Figure {
    language.isConverted ? SimplifiedChinese.convert(figure) : figure
  }

  /// An initiative's name in the page's language, else the other's, marked with its language.
  func name(ofInitiative index: Int) -> [MarkupNode] {
    name(corpus.initiatives[index].name)
  }

  /// An initiative named as a bullet of an address names it in the page's language, else by its
  /// name (which another address may give in that language).
  func name(ofInitiative index: Int, atBullet place: ItemPlace, of document: Int) -> [MarkupNode] {
    let mention = corpus.initiatives[index].mentions.first { $0.document == document && $0.place == place }
    guard let mention, own(mention.name) != nil else { return name(ofInitiative: index) }
    return name(mention.name)
  }

  /// A name as a bullet writes it, in the page's language if it has one.
  private func name(_ name: InitiativeName) -> [MarkupNode] {
    if let own = own(name) { return [.text(own)] }
    return [.element("span", ["lang": language.other.tag], [.text(other(name) ?? "")])]
  }

  /// The name as plain text, for titles.
  func plainName(ofInitiative index: Int) -> String {
    let name = corpus.initiatives[index].name
    return own(name) ?? other(name) ?? ""
  }

  /// A name in the page's language, as the page shows it; nil if it has none in that language.
  private func own(_ name: InitiativeName) -> String? { language == .english ? name.en : name.zh.map(shown) }

  /// A name in the page's other language, as written.
  private func other(_ name: InitiativeName) -> String? { language == .english ? name.zh : name.en }

  /// The id of a bullet on its area page: `item-3`, `item-t2-1-1` (topic 2, its first bullet's first sub-bullet).
  static func anchor(_ place: ItemPlace) -> String {
    "item-" + (place.topic.map { "t\($0 + 1)-" } ?? "") + place.path.map { String($0 + 1) }.joined(separator: "-")
  }

  /// `en/initiatives/index.html`.
  func initiativesIndex() -> [MarkupNode] {
    let entries = corpus.initiatives.indices.map { index -> MarkupNode in
      let initiative = corpus.initiatives[index]
      let latest = initiative.mentions[0].document
      var meta: [MarkupNode] = [.text(corpusWords.mentionCount(initiative.mentions.count) + " · ")]
      meta += [.element("a", ["href": link(to: Page(.address(latest), language))], name(ofAddress: latest))]
      return .element(
        "li", [:],
        [
          .element("a", ["href": link(to: Page(.initiative(index), language))], name(ofInitiative: index)),
          .text(" "), .element("span", ["class": "meta"], meta),
        ])
    }
    var nodes: [MarkupNode] = [
      .element("h1", [:], [.text(corpusWords.initiatives)]),
      .element("p", [:], [.text(corpusWords.initiativesIntro)]),
    ]
    if !entries.isEmpty { nodes.append(.element("ul", ["class": "initiatives"], lines(entries))) }
    return lines(nodes)
  }

  /// `en/initiatives/<initiative>/index.html`: its names, then every mention, newest first.
  func initiativePage(_ index: Int) -> [MarkupNode] {
    let initiative = corpus.initiatives[index]
    var nodes: [MarkupNode] = [.element("h1", [:], name(ofInitiative: index))]
    let other = language == .english ? initiative.name.zh : initiative.name.en
    if let other {
      nodes.append(.element("p", ["class": "subtitle", "lang": language.other.tag], [.text(other)]))
    }
    let entries = initiative.mentions.map { mention -> MarkupNode in
      let address = plan.addresses[mention.document]
      let area = Page(.area(address: mention.document, area: mention.place.area), language)
      var meta: [MarkupNode] = []
      if let date = address.document.titleSlide.date {
        meta += [
          .element("time", ["datetime": date.description], [.text(Labels.date(date, in: language))]), .text(" · "),
        ]
      }
      meta += [
        .element("a", ["href": link(to: Page(.address(mention.document), language))], name(ofAddress: mention.document))
      ]
      meta += [.text(" · ")]
      meta += [
        .element(
          "a", ["href": link(to: area) + "#" + Self.anchor(mention.place)],
          title(ofArea: mention.place.area, in: address))
      ]
      var children: [MarkupNode] = [.element("p", ["class": "meta"], meta)]
      let shownText = shown(mention.text)
      if let text = text.inline(shownText) { children.append(.element("p", [:], text)) }
      // The bullet's money that is this initiative's, as the page shows it.
      let money = Set(mention.money)
      let own = zip(mention.text.figures, shownText.figures).filter { money.contains($0.0) }.map(\.1)
      let figures = own.compactMap(text.figure).map {
        MarkupNode.element("li", [:], $0)
      }
      if !figures.isEmpty { children.append(.element("ul", ["class": "figures"], lines(figures))) }
      return .element("li", [:], lines(children))
    }
    let amounts = corpus.amounts(ofInitiative: index)
    if amounts.count(where: { $0.total != nil }) > 1 {
      let bars = amounts.map { (label: title(of: plan.addresses[$0.document]), total: $0.total) }
      nodes.append(.element("h2", ["id": "amounts"], [.text(corpusWords.amountsOverTime)]))
      nodes.append(barChart(id: "chart", title: corpusWords.amountsOverTime, bars: bars))
    }
    nodes.append(.element("h2", ["id": "mentions"], [.text(corpusWords.mentions)]))
    nodes.append(.element("ol", ["class": "timeline", "aria-labelledby": "mentions"], lines(entries)))
    return lines(nodes)
  }

  /// `en/<address>/what-changed/index.html`: area by area, the initiatives that are new,
  /// continued (with their figures before and after) and no longer mentioned.
  func changesPage(_ index: Int) -> [MarkupNode] {
    let comparison = corpus.comparisons[index]
    let changes = comparison.sections.flatMap(\.changes)
    let count = { (status: Comparison.Change.Status) in changes.count { $0.status == status } }
    var nodes: [MarkupNode] = [
      .element("h1", [:], [.text(corpusWords.whatChanged + ": " + title(of: plan.addresses[comparison.later]))]),
      .element(
        "p", [:],
        [.text(corpusWords.comparedWith + " ")]
          + [
            .element(
              "a", ["href": link(to: Page(.address(comparison.earlier), language))], name(ofAddress: comparison.earlier)
            )
          ]),
      .element(
        "p", ["class": "meta"],
        [
          .text(
            corpusWords.summary(
              new: count(.new), continued: count(.continued), changed: changes.count(where: \.figuresChanged),
              dropped: count(.dropped)))
        ]),
    ]
    for section in comparison.sections {
      let address = plan.addresses[section.document]
      let area = Page(.area(address: section.document, area: section.area), language)
      let heading = MarkupNode.element(
        "h2", [:], [.element("a", ["href": link(to: area)], title(ofArea: section.area, in: address))])
      let entries = section.changes.map { change -> MarkupNode in
        .element("li", ["class": "change-" + change.status.rawValue], changeLine(change))
      }
      nodes.append(.element("section", ["class": "changes"], lines([heading, .element("ul", [:], lines(entries))])))
    }
    return lines(nodes)
  }

  /// `New · AI Subsidy Scheme · $3 billion`, `Continued · … · $8 million → $16 million`.
  private func changeLine(_ change: Comparison.Change) -> [MarkupNode] {
    let status: String
    switch change.status {
    case .new: status = corpusWords.newInitiative
    case .continued: status = corpusWords.continued
    case .dropped: status = corpusWords.noLongerMentioned
    }
    var nodes: [MarkupNode] = [
      .element("strong", ["class": "status"], [.text(status)]), .text(" · "),
      .element(
        "a", ["href": link(to: Page(.initiative(change.initiative), language))], name(ofInitiative: change.initiative)),
    ]
    func figures(_ list: [Figure]) -> [MarkupNode] {
      list.map(shown).compactMap(text.figure).enumerated().flatMap { item in
        item.offset == 0 ? item.element : [MarkupNode.text(", ")] + item.element
      }
    }
    let before = figures(change.earlierMoney)
    let after = figures(change.laterMoney)
    switch change.status {
    case .new: if !after.isEmpty { nodes += [.text(" · ")] + after }
    case .dropped: if !before.isEmpty { nodes += [.text(" · ")] + before }
    case .continued:
      if change.figuresChanged {
        nodes += [.text(" · " + corpusWords.figuresChanged)]
        nodes += (before.isEmpty ? [.text("–")] : before) + [.text(" → ")] + (after.isEmpty ? [.text("–")] : after)
      } else if !after.isEmpty {
        nodes += [.text(" · ")] + after
      }
    }
    return nodes
  }

  /// `en/open-data/index.html`: the whole site's files and what each column holds.
  func openDataPage() -> [MarkupNode] {
    let files = zip(SitePlan.siteOpenDataPaths, [corpusWords.figuresCSV, corpusWords.figuresJSON]).map { path, label in
      MarkupNode.element("li", [:], [.element("a", ["href": link(toFile: path)], [.text(label)])])
    }
    let rows = options.figureColumns.map { column -> MarkupNode in
      .element(
        "tr", [:],
        [
          .element("th", ["scope": "row"], [.element("code", [:], [.text(column.name)])]),
          .element("td", [:], [.text(language == .english ? column.en : shown(column.zh))]),
        ])
    }
    let table = MarkupNode.element(
      "table", ["class": "table"],
      lines([
        tableHead([corpusWords.column, corpusWords.meaning]),
        .element("tbody", [:], lines(rows)),
      ]))
    return lines([
      .element("h1", [:], [.text(corpusWords.openData)]),
      .element("p", [:], [.text(corpusWords.openDataIntro)]),
      .element("h2", [:], [.text(corpusWords.siteFiles)]),
      .element("ul", [:], lines(files)),
      .element("h2", [:], [.text(corpusWords.dictionary)]),
      table,
    ])
  }

  /// On an address's page: its data files, and what it and the next address changed.
  func addressCorpusLinks(_ index: Int) -> [MarkupNode] {
    var entries: [MarkupNode] = [pageLink(Page(.figures(index), language), [.text(corpusWords.figures)])]
    if let comparison = corpus.comparisons.firstIndex(where: { $0.later == index }) {
      entries.append(pageLink(Page(.changes(comparison), language), [.text(corpusWords.whatChanged)]))
    }
    if let comparison = corpus.comparisons.firstIndex(where: { $0.earlier == index }) {
      entries.append(pageLink(Page(.changes(comparison), language), [.text(corpusWords.nextChanges)]))
    }
    let paths = plan.openDataPaths(ofAddress: index)
    let labels = [corpusWords.documentJSON, corpusWords.figuresCSV, corpusWords.figuresJSON]
    entries += zip(paths, labels).map { path, label in
      .element("li", [:], [.element("a", ["href": link(toFile: path)], [.text(label)])])
    }
    entries.append(pageLink(Page(.openData, language), [.text(corpusWords.dictionary)]))
    let heading = MarkupNode.element("h2", ["id": "across-addresses"], [.text(corpusWords.acrossAddresses)])
    return [
      .element(
        "section", ["class": "across-addresses", "aria-labelledby": "across-addresses"],
        lines([heading, .element("ul", [:], lines(entries))]))
    ]
  }

  /// On the home page: the pages across addresses.
  func siteCorpusLinks() -> MarkupNode {
    .element(
      "ul", ["class": "site-links"],
      lines([
        pageLink(Page(.initiatives, language), [.text(corpusWords.initiatives)]),
        pageLink(Page(.siteFigures, language), [.text(corpusWords.figures)]),
        pageLink(Page(.openData, language), [.text(corpusWords.openData)]),
      ]))
  }

  /// On an area page: the bullets given ids, and each bullet that names initiatives followed by
  /// links to them. `nodes` are the blocks as `TextNodes.blocks` renders them.
  func anchored(_ nodes: [MarkupNode], blocks: [Block], document: Int, area: Int, topic: Int?) -> [MarkupNode] {
    let named = corpus.initiativesByItem[document]
    // Runs of bullets are rendered as one `ul.bullets` each, in the blocks' order.
    var itemBlocks = blocks.indices.filter { if case .item = blocks[$0] { true } else { false } }[...]
    func mark(_ node: MarkupNode, path: [Int]) -> MarkupNode {
      guard case .element(var li) = node, li.name == "li" else { return node }
      let place = ItemPlace(area: area, topic: topic, path: path)
      li[attribute: "id"] = Self.anchor(place)
      var child = 0
      li.children = li.children.map { node in
        guard case .element(var list) = node, list.name == "ul" else { return node }
        list.children = list.children.map { node in
          guard case .element(let item) = node, item.name == "li" else { return node }
          defer { child += 1 }
          return mark(.element(item), path: path + [child])
        }
        return .element(list)
      }
      if let initiatives = named[place] {
        // Named as this bullet names them, so the page does not change when a later address
        // renames an initiative.
        let links = initiatives.flatMap { index -> [MarkupNode] in
          let words = name(ofInitiative: index, atBullet: place, of: document)
          return [.text(" "), .element("a", ["href": link(to: Page(.initiative(index), language))], words)]
        }
        let note = MarkupNode.element(
          "small", ["class": "initiative-links"], [.text(corpusWords.initiativeLabel)] + links)
        let at = li.children.firstIndex { if case .element(let e) = $0, e.name == "ul" { true } else { false } }
        li.children.insert(contentsOf: [.text(" "), note], at: at ?? li.children.endIndex)
      }
      return .element(li)
    }
    return nodes.map { node in
      guard case .element(var list) = node, list.name == "ul", list[attribute: "class"] == "bullets" else {
        return node
      }
      list.children = list.children.map { node in
        guard case .element(let item) = node, item.name == "li", let block = itemBlocks.popFirst() else { return node }
        return mark(.element(item), path: [block])
      }
      return .element(list)
    }
  }

  private func pageLink(_ target: Page, _ words: [MarkupNode]) -> MarkupNode {
    .element("li", [:], [.element("a", ["href": link(to: target)], words)])
  }
}
