import DiglotModel
import DiglotXML

extension SiteRenderer {
  /// The sitemap's files, to be made as they are written: `sitemap.xml` with every page but the
  /// 404 page, each with its `hreflang` alternates, at absolute URLs (the site is given one only
  /// when the base URL is known). Past `urlsPerSitemap` pages, the protocol's limit for a file,
  /// `sitemap.xml` is an index of `sitemap-1.xml`, `sitemap-2.xml` … holding that many each.
  public func sitemapEntries() -> [SiteEntry] {
    let pages = plan.pages.filter { $0.kind != .notFound }
    guard pages.count > urlsPerSitemap else {
      return [.deferred(Self.sitemapPath) { self.sitemap(of: pages[...]) }]
    }
    let parts = stride(from: 0, to: pages.count, by: urlsPerSitemap).map {
      pages[$0..<min($0 + urlsPerSitemap, pages.count)]
    }
    let paths = parts.indices.map { "sitemap-\($0 + 1).xml" }
    let index = MarkupElement("sitemapindex", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
    let base = options.base ?? ""
    let entries = paths.map { MarkupElement("sitemap", [:], [.element("loc", [:], [.text(base + $0)])]) }
    return [.file(SiteFile(path: Self.sitemapPath, contents: XML.serialize(index, children: entries)))]
      + zip(paths, parts).map { path, part in .deferred(path) { self.sitemap(of: part) } }
  }

  /// The path of `sitemap.xml`.
  public static let sitemapPath = "sitemap.xml"

  /// The path of a language's feed, beside its home page: `en/feed.xml`.
  public static func feedPath(_ language: SiteLanguage) -> String { "\(language.folder)/feed.xml" }

  /// A sitemap of these pages.
  private func sitemap(of pages: ArraySlice<Page>) -> [UInt8] {
    let entries = pages.lazy.map { [self] page -> MarkupElement in
      let alternates = PageContext(plan: plan, page: page, options: options, words: templates.words).alternates()
      return MarkupElement(
        "url", [:],
        [.element("loc", [:], [.text(location(of: page))])]
          + alternates.map { language, target in
            .element("xhtml:link", ["rel": "alternate", "hreflang": language, "href": location(of: target)])
          })
    }
    let urlset = MarkupElement(
      "urlset",
      ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": "http://www.w3.org/1999/xhtml"])
    return XML.serialize(urlset, children: entries)
  }

  /// `en/feed.xml`, `zh-hant/feed.xml`, `zh-hans/feed.xml`: an Atom feed with one entry per address, newest first,
  /// dated by the address's date. Links are relative to the feed, which sits beside the home page.
  public func feed(_ language: SiteLanguage) -> SiteFile {
    let home = Page(.home, language)
    let context = PageContext(plan: plan, page: home, options: options, words: templates.words)
    let path = Self.feedPath(language)
    let updated = plan.addresses.compactMap(\.document.titleSlide.date).max()
    var children: [MarkupNode] = [
      .element("id", [:], [.text(identifier(path))]),
      .element("title", [:], [.text(context.labels.siteName)]),
      .element("updated", [:], [.text(Self.timestamp(updated))]),
      .element("author", [:], [.element("name", [:], [.text(context.labels.siteName)])]),
      .element("link", ["rel": "self", "href": options.base.map { $0 + path } ?? "feed.xml"]),
      .element("link", ["rel": "alternate", "type": "text/html", "href": context.url(of: home)]),
    ]
    for index in plan.addresses.indices {
      let address = plan.addresses[index]
      let page = Page(.address(index), language)
      let outline = address.outline(in: language)
      let shownLanguage = context.text.shown(outline.titleSlide.title)?.language ?? language
      let titleLanguage: KeyValuePairs<String, String> =
        shownLanguage == language ? [:] : ["xml:lang": shownLanguage.tag]
      var entry: [MarkupNode] = [
        .element("id", [:], [.text(identifier(plan.path(of: page)))]),
        .element("title", titleLanguage, [.text(context.title(of: address))]),
        .element("updated", [:], [.text(Self.timestamp(outline.titleSlide.date))]),
        .element("link", ["rel": "alternate", "type": "text/html", "href": context.url(of: page)]),
      ]
      if let summary = outline.titleSlide.subtitle.flatMap(context.text.plain) {
        entry.append(.element("summary", [:], [.text(summary)]))
      }
      children.append(.element("entry", [:], entry))
    }
    let feed = MarkupNode.element("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": language.tag], children)
    return SiteFile(path: path, contents: XML.serialize([feed]))
  }

  /// A page's URL in the sitemap: absolute when the base URL is known, else its path from the root.
  private func location(of page: Page) -> String {
    (options.base ?? "") + plan.path(of: page)
  }

  /// An Atom id must be an absolute IRI: the page's URL when the base URL is known, otherwise a
  /// URN made of the path, which is just as stable.
  private func identifier(_ path: String) -> String {
    options.base.map { $0 + path } ?? "urn:diglot:" + path.replacing("/", with: ":")
  }

  /// Midnight UTC of a date; the Unix epoch for an undated address, so the output never depends
  /// on when it was built.
  private static func timestamp(_ date: CalendarDate?) -> String {
    (date ?? CalendarDate(year: 1970, month: 1, day: 1)).description + "T00:00:00Z"
  }
}
