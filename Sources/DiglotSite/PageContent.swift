import DiglotModel
import DiglotXML

/// What each kind of page shows, built as nodes: the template only places it.
extension PageContext {
  /// The text of the page's `<title>`.
  var pageTitle: String {
    switch page.kind {
    case .languageChoice:
      return inEachLanguage(\.siteName).map(\.text).joined(separator: " · ")
    case .notFound:
      return inEachLanguage(\.pageNotFound).map(\.text).joined(separator: " · ")
    case .home:
      return labels.siteName
    case .search:
      return labels.search + " · " + labels.siteName
    case .address(let index):
      return title(of: plan.addresses[index]) + " · " + labels.siteName
    case .area(let index, let area):
      let address = plan.addresses[index]
      return plainTitle(ofArea: area, in: address) + " · " + title(of: address) + " · " + labels.siteName
    case .initiatives: return corpusWords.initiatives + " · " + labels.siteName
    case .initiative(let index): return plainName(ofInitiative: index) + " · " + labels.siteName
    case .changes(let index):
      return corpusWords.whatChanged + " · " + title(of: plan.addresses[plan.corpus.comparisons[index].later]) + " · "
        + labels.siteName
    case .openData: return corpusWords.openData + " · " + labels.siteName
    case .figures(let index):
      return corpusWords.figures + " · " + title(of: plan.addresses[index]) + " · " + labels.siteName
    case .siteFigures: return corpusWords.figures + " · " + labels.siteName
    case .templatePage(let index): return templatePage(index).title(in: language) + " · " + labels.siteName
    case .siteMap: return labels.siteMap + " · " + labels.siteName
    }
  }

  /// The page's own content, for the `content` slot.
  func content() -> [MarkupNode] {
    switch page.kind {
    case .languageChoice: languageChoice()
    case .notFound: notFound()
    case .home: home()
    case .search: searchPage()
    case .address(let index): overview(of: index)
    case .area(let index, let area): areaPage(area, of: index)
    case .initiatives: initiativesIndex()
    case .initiative(let index): initiativePage(index)
    case .changes(let index): changesPage(index)
    case .openData: openDataPage()
    case .figures(let index): figuresPage(index)
    case .siteFigures: siteFiguresPage()
    case .templatePage(let index): templatePage(index).content[language] ?? []
    case .siteMap: siteMapPage()
    }
  }

  /// The trail from the home page as an ordered list; the last entry is the page itself.
  func breadcrumbs() -> MarkupNode? {
    let trail = plan.breadcrumbs(of: page)
    guard !trail.isEmpty else { return nil }
    let entries = trail.map { crumb -> MarkupNode in
      var anchor = MarkupElement("a", ["href": link(to: crumb)], name(of: crumb))
      if crumb == page { anchor[attribute: "aria-current"] = "page" }
      return .element("li", [:], [.element(anchor)])
    }
    return .element("ol", [:], lines(entries))
  }

  /// The language switch: each of the site's languages named in itself, the page's own marked as
  /// current and the others linking to the same page in them. Outside the language folders, each
  /// leads to its home page.
  func languageSwitch() -> MarkupNode {
    let translations = plan.translations(of: page)
    let targets = translations.isEmpty ? plan.languages.map { Page(.home, $0) } : translations
    let entries = targets.map { target -> MarkupNode in
      let tag = target.language.tag
      let name = MarkupNode.text(target.language.name)
      guard target != page else {
        return .element("li", [:], [.element("span", ["aria-current": "true", "lang": tag], [name])])
      }
      return .element("li", [:], [.element("a", ["href": link(to: target), "hreflang": tag, "lang": tag], [name])])
    }
    return .element("ul", [:], lines(entries))
  }

  /// The `hreflang` alternates of this page: each language, then `x-default`.
  func alternates() -> [(hreflang: String, page: Page)] {
    let translations = plan.translations(of: page)
    let pages = translations.isEmpty ? plan.languages.map { Page(.home, $0) } : translations
    return pages.map { ($0.language.tag, $0) } + [("x-default", plan.defaultAlternate(of: page))]
  }

  /// For the `<head>`: the canonical link (with a base URL), `<link rel="alternate">` for each
  /// alternate and for the feed, and the page's Open Graph and JSON-LD description; `title` is
  /// the page's title.
  func headLinks(title: String) -> [MarkupNode] {
    var links = alternates().map { hreflang, target in
      MarkupNode.element("link", ["rel": "alternate", "hreflang": hreflang, "href": url(of: target)])
    }
    // The 404 page is served at any address: it is nobody's canonical page.
    if let base = options.base, page.kind != .notFound {
      links.insert(.element("link", ["rel": "canonical", "href": base + path]), at: 0)
    }
    links += metadata(title: title)
    if let feed = feedLink() {
      links.append(
        .element("link", ["rel": "alternate", "type": "application/atom+xml", "title": labels.siteName, "href": feed]))
    }
    return links
  }

  /// The footer's links as list items: to the pages the team writes and the site map, then those
  /// of the settings, in the page's language (else in English).
  func footerLinks() -> [MarkupNode] {
    let own = (plan.templatePages.indices.map { Page(.templatePage($0), language) } + [Page(.siteMap, language)]).map {
      target -> MarkupNode in
      .element("li", [:], [.element("a", ["href": link(to: target)], name(of: target))])
    }
    let entries =
      own
      + options.footerLinks.compactMap { link -> MarkupNode? in
        guard let href = link.href[language] ?? link.href[.english] ?? link.href.values.first,
          let words = link.text[language] ?? link.text[.english]
        else { return nil }
        return .element("li", [:], [.element("a", ["href": href], [.text(words)])])
      }
    return lines(entries)
  }

  /// A link to the language's feed, for language pages.
  func feedLink() -> String? {
    switch page.kind {
    case .languageChoice, .notFound: nil
    case .home, .address, .area, .search, .initiatives, .initiative, .changes, .openData, .figures, .siteFigures,
      .templatePage, .siteMap:
      link(toFile: "\(language.folder)/feed.xml")
    }
  }

  /// How a page is named in breadcrumbs.
  func name(of target: Page) -> [MarkupNode] {
    switch target.kind {
    case .languageChoice, .notFound, .home: [.text(labels.home)]
    case .search: [.text(labels.search)]
    case .address(let index): name(ofAddress: index)
    case .area(let index, let area): title(ofArea: area, in: plan.addresses[index])
    case .initiatives: [.text(corpusWords.initiatives)]
    case .initiative(let index): name(ofInitiative: index)
    case .changes: [.text(corpusWords.whatChanged)]
    case .openData: [.text(corpusWords.openData)]
    case .figures, .siteFigures: [.text(corpusWords.figures)]
    case .templatePage(let index): [.text(templatePage(index).title(in: language))]
    case .siteMap: [.text(labels.siteMap)]
    }
  }

  /// A page the team writes, by its index in the plan.
  private func templatePage(_ index: Int) -> TemplatePage {
    templatePages.first { $0.name == plan.templatePages[index] }
      ?? TemplatePage(name: plan.templatePages[index], content: [:])
  }

  private func languageChoice() -> [MarkupNode] {
    lines([
      .element("h1", [:], marked(inEachLanguage(\.siteName))),
      .element("p", [:], marked(inEachLanguage(\.chooseLanguage))),
      homeLinks { $0.name },
    ])
  }

  private func notFound() -> [MarkupNode] {
    let explanations = plan.languages.map { language -> MarkupNode in
      let attributes: KeyValuePairs = language == self.language ? [:] : ["lang": language.tag]
      return .element("p", attributes, [.text(labels(in: language).pageNotFoundText)])
    }
    return lines(
      [.element("h1", [:], marked(inEachLanguage(\.pageNotFound)))] + explanations
        + [homeLinks { labels(in: $0).home + " · " + labels(in: $0).siteName }])
  }

  /// A word in the page's language, then in each other language of the site where it differs:
  /// `Policy Highlights`, `施政重點`, `施政重点`.
  private func inEachLanguage(_ word: KeyPath<Labels, String>) -> [(text: String, language: SiteLanguage)] {
    var words: [(text: String, language: SiteLanguage)] = []
    for language in [self.language] + plan.languages {
      let text = labels(in: language)[keyPath: word]
      if !words.contains(where: { $0.text == text }) { words.append((text, language)) }
    }
    return words
  }

  /// Words separated by spaces, those not in the page's language marked with theirs.
  private func marked(_ words: [(text: String, language: SiteLanguage)]) -> [MarkupNode] {
    words.enumerated().flatMap { index, word -> [MarkupNode] in
      let node: MarkupNode =
        word.language == language ? .text(word.text) : .element("span", ["lang": word.language.tag], [.text(word.text)])
      return index == 0 ? [node] : [.text(" "), node]
    }
  }

  /// A list of links to the home page of each language, each named in its own language.
  private func homeLinks(named name: (SiteLanguage) -> String) -> MarkupNode {
    let entries = plan.languages.map { language -> MarkupNode in
      let attributes: KeyValuePairs = [
        "href": link(to: Page(.home, language)), "hreflang": language.tag, "lang": language.tag,
      ]
      return .element("li", [:], [.element("a", attributes, [.text(name(language))])])
    }
    return .element("ul", ["class": "languages"], lines(entries))
  }

  private func home() -> [MarkupNode] {
    let heading = MarkupNode.element("h1", [:], [.text(labels.siteName)])
    guard !plan.addresses.isEmpty else {
      return lines([heading, .element("p", [:], [.text(labels.noAddresses)])])
    }
    let entries = plan.addresses.indices.map { index -> MarkupNode in
      let address = plan.addresses[index]
      let target = Page(.address(index), language)
      let outline = address.outline(in: language)
      var meta = facts(of: outline)
      if let bureau = outline.titleSlide.bureau.flatMap(text.inline) {
        meta += (meta.isEmpty ? [] : [.text(" · ")]) + bureau
      }
      var children: [MarkupNode] = [
        .element("h2", [:], [.element("a", ["href": link(to: target)], name(of: target))]),
        .element("p", ["class": "meta"], meta),
      ]
      let areas = areaLinks(of: index).map { MarkupNode.element("li", [:], [.element($0)]) }
      if !areas.isEmpty { children.append(.element("ul", ["class": "areas"], lines(areas))) }
      return .element("li", [:], lines(children))
    }
    return lines([heading, siteCorpusLinks(), .element("ul", ["class": "addresses"], lines(entries))])
  }

  /// The date of an address, and its kind where its short title does not say it:
  /// `29 February 2024`, `29 February 2024 · Address`.
  private func facts(of outline: Outline) -> [MarkupNode] {
    var nodes: [MarkupNode] = []
    if let date = outline.titleSlide.date {
      nodes.append(.element("time", ["datetime": date.description], [.text(Labels.date(date, in: language))]))
    }
    if AddressTitle.short(outline, in: language) == nil {
      if !nodes.isEmpty { nodes.append(.text(" · ")) }
      nodes.append(.text(Labels.kind(outline.titleSlide.kind, in: language)))
    }
    return nodes
  }

  /// A link to each area page of an address, named with the area's number and title.
  private func areaLinks(of index: Int) -> [MarkupElement] {
    plan.addresses[index].outline(in: language).areas.indices.map { area in
      let target = Page(.area(address: index, area: area), language)
      return MarkupElement("a", ["href": link(to: target)], title(ofArea: area, in: plan.addresses[index]))
    }
  }

  /// The short title, the subject and the bureau on lines of their own, the date, the front, the
  /// areas with their topics, the key figures and the closing.
  private func overview(of index: Int) -> [MarkupNode] {
    let document = plan.addresses[index].document(in: language)
    let outline = plan.addresses[index].outline(in: language)
    var nodes: [MarkupNode] = [.element("h1", [:], name(of: page))]
    if let subject = AddressTitle.subject(outline).flatMap(text.inline) {
      nodes.append(.element("p", ["class": "subtitle"], subject))
    }
    if let bureau = outline.titleSlide.bureau.flatMap(text.inline) {
      nodes.append(.element("p", ["class": "bureau"], bureau))
    }
    nodes.append(.element("p", ["class": "meta"], facts(of: outline)))
    let front = AreaList(document)
    nodes += text.blocks(front.blocks)

    let links = areaLinks(of: index)
    let areas = zip(links, document.areas).map { link, area -> MarkupNode in
      let topics = area.topics.enumerated().compactMap { number, topic -> MarkupNode? in
        guard let title = text.inline(topic.title) else { return nil }
        let href = (link[attribute: "href"] ?? "") + "#topic-\(number + 1)"
        return .element("li", [:], [.element("a", ["href": href], title)])
      }
      return .element(
        "li", [:], [.element(link)] + (topics.isEmpty ? [] : [.element("ul", ["class": "topics"], lines(topics))]))
    }
    if !areas.isEmpty {
      let heading = front.heading.flatMap(text.inline) ?? [.text(labels.policyAreas)]
      nodes.append(section("areas", heading: heading, [.element("ul", [:], lines(areas))]))
    }
    let figures = keyFigures(of: index, links: links)
    if !figures.isEmpty { nodes.append(section("key-figures", heading: [.text(labels.keyFigures)], figures)) }

    nodes += addressCorpusLinks(index)

    let closing = text.blocks(document.closing)
    if !closing.isEmpty { nodes.append(.element("div", ["class": "closing"], lines(closing))) }
    return lines(nodes)
  }

  /// Each area's money figures in reading order under the area's linked title, each with what it
  /// is for, linking to its bullet or topic.
  private func keyFigures(of index: Int, links: [MarkupElement]) -> [MarkupNode] {
    let document = plan.addresses[index].document(in: language)
    return zip(links, document.areas.indices).flatMap { link, area -> [MarkupNode] in
      let content = document.areas[area]
      let page = link[attribute: "href"] ?? ""
      let groups = KeyFigures.all(in: content, at: area)
      // The figures as read, which say whose money they are (converted ones are written otherwise).
      let originals =
        language.isConverted ? KeyFigures.all(in: plan.addresses[index].document.areas[area], at: area) : groups
      let entries = zip(groups, originals).flatMap { group, original -> [MarkupNode] in
        var target = page
        if let bullet = group.bullet {
          target += "#" + Self.anchor(bullet)
        } else if let topic = group.topic {
          target += "#topic-\(topic + 1)"
        }
        // One purpose per initiative of the bullet, as a long bullet may have many figures.
        var purposes: [Int?: MarkupNode] = [:]
        return zip(group.figures, original.figures).compactMap { figure, read in
          let initiative = group.bullet.flatMap {
            plan.corpus.initiatives(ofFigure: read, atBullet: $0, in: index).first
          }
          let purpose =
            purposes[initiative]
            ?? MarkupNode.element(
              "a", ["href": target], self.purpose(of: group, initiative: initiative, in: content, document: index))
          purposes[initiative] = purpose
          return text.figure(figure).map { .element("li", [:], $0 + [.text(" · "), purpose]) }
        }
      }
      guard !entries.isEmpty else { return [] }
      return [.element("h3", [:], [.element(link)]), .element("ul", [:], lines(entries))]
    }
  }

  /// What key figures are for, in the page's language where the deck gives it: the initiative
  /// of their bullet they are for, else the first bold phrase of their text that is more than its
  /// figures, else their topic's title; else any of these in the other language, else the start
  /// of their text.
  private func purpose(of group: KeyFigures, initiative index: Int?, in area: Area, document: Int) -> [MarkupNode] {
    let initiative = group.bullet.flatMap { bullet in
      index.map { name(ofInitiative: $0, atBullet: bullet, of: document) }
    }
    let topic = group.topic.flatMap { text.inline(area.topics[$0].title) }
    func isOwn(_ nodes: [MarkupNode]?) -> Bool { if case .text = nodes?.first { true } else { false } }
    if isOwn(initiative) { return initiative! }
    if let bold = group.boldPhrase(in: language) { return [.text(bold)] }
    if isOwn(topic) { return topic! }
    if let named = initiative { return named }
    if let bold = group.boldPhrase(in: language.other) {
      return [.element("span", ["lang": language.other.tag], [.text(bold)])]
    }
    if let topic { return topic }
    // A text with no name: its first words.
    guard let (inline, side) = text.shown(group.text) else { return [] }
    let words = inline.plainText
    let start = words.count > 60 ? String(words.prefix(60)) + "…" : words
    return side == language ? [.text(start)] : [.element("span", ["lang": side.tag], [.text(start)])]
  }

  /// A section of the overview: a heading, then its content.
  private func section(_ id: String, heading: [MarkupNode], _ content: [MarkupNode]) -> MarkupNode {
    let children: [MarkupNode] = [.element("h2", ["id": id], heading)] + content
    return .element("section", ["class": id, "aria-labelledby": id], lines(children))
  }

  /// The area's blocks, then each topic as a section, then links to the neighbouring areas.
  private func areaPage(_ area: Int, of index: Int) -> [MarkupNode] {
    let content = plan.addresses[index].document(in: language).areas[area]
    var nodes: [MarkupNode] = [.element("h1", [:], name(of: page))]
    nodes += anchored(text.blocks(content.blocks), blocks: content.blocks, document: index, area: area, topic: nil)
    for (number, topic) in content.topics.enumerated() {
      var children: [MarkupNode] = []
      if let title = text.inline(topic.title) { children.append(.element("h2", [:], title)) }
      children += anchored(text.blocks(topic.blocks), blocks: topic.blocks, document: index, area: area, topic: number)
      nodes.append(.element("section", ["id": "topic-\(number + 1)", "class": "topic"], lines(children)))
    }
    if let pager = pager() { nodes.append(pager) }
    return lines(nodes)
  }

  /// Links to the previous and next areas of the address, where there are such.
  private func pager() -> MarkupNode? {
    let neighbours = [
      (plan.previous(of: page), "prev", "previous", labels.previous),
      (plan.next(of: page), "next", "next", labels.next),
    ]
    let entries = neighbours.compactMap { target, rel, className, label -> MarkupNode? in
      guard let target else { return nil }
      let words: [MarkupNode] =
        [.element("span", ["class": "pager-label"], [.text(label)]), .text(" ")] + name(of: target)
      return .element("li", ["class": className], [.element("a", ["href": link(to: target), "rel": rel], words)])
    }
    guard !entries.isEmpty else { return nil }
    return .element("nav", ["class": "pager", "aria-label": labels.policyAreas], [.element("ul", [:], lines(entries))])
  }
}
