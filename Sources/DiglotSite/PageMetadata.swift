import DiglotCorpus
import DiglotModel
import DiglotXML

/// What a page says about itself to search engines and to sites that show links: Open Graph
/// `<meta>` elements and a JSON-LD description (schema.org), for the `<head>`.
extension PageContext {
  /// The Open Graph elements, then the JSON-LD script. A page of an address is a `Report` by its
  /// bureau (a `GovernmentOrganization`), published on the address's date; any other page is a
  /// `WebPage` of the site. `title` is the page's title.
  func metadata(title: String) -> [MarkupNode] {
    let address = addressShown
    let outline = address.map { plan.addresses[$0].outline(in: language) }
    let url = options.base.map { $0 + path }
    var properties: [(String, String)] = [
      ("og:title", title), ("og:type", address == nil ? "website" : "article"),
      ("og:site_name", labels.siteName), ("og:locale", language.locale),
    ]
    if let url { properties.append(("og:url", url)) }
    if let date = outline?.titleSlide.date { properties.append(("article:published_time", date.description)) }
    var nodes = properties.map { property, content in
      MarkupNode.element("meta", ["property": property, "content": content])
    }

    var fields: [(String, String)] = [
      ("@context", JSONText.quoted("https://schema.org")),
      ("@type", JSONText.quoted(address == nil ? "WebPage" : "Report")),
      ("name", JSONText.quoted(title)),
      ("inLanguage", JSONText.quoted(language.tag)),
    ]
    if let url { fields.append(("url", JSONText.quoted(url))) }
    if let date = outline?.titleSlide.date { fields.append(("datePublished", JSONText.quoted(date.description))) }
    if let bureau = outline?.titleSlide.bureau.flatMap(text.plain) {
      fields.append(
        ("author", object([("@type", JSONText.quoted("GovernmentOrganization")), ("name", JSONText.quoted(bureau))])))
    }
    fields.append(
      ("isPartOf", object([("@type", JSONText.quoted("WebSite")), ("name", JSONText.quoted(labels.siteName))])))
    // `<` written as an escape, so no text can end the script early.
    var json = object(fields)
    if json.utf8.contains(UInt8(ascii: "<")) { json = json.replacing("<", with: "\\u003c") }
    nodes.append(.element("script", ["type": "application/ld+json"], [.text(json)]))
    return nodes
  }

  /// For print: the address's short title, the page's URL (its path from the site's root without
  /// a base URL) and the address's date: `2024-25 Budget · https://…/index.html · 29 February 2024`.
  func printLine() -> [MarkupNode] {
    let url = (options.base ?? "") + path
    guard let index = addressShown else { return [.text(url)] }
    let address = plan.addresses[index]
    var nodes: [MarkupNode] = [.text(title(of: address) + " · " + url)]
    if let date = address.document.titleSlide.date {
      nodes += [
        .text(" · "), .element("time", ["datetime": date.description], [.text(Labels.date(date, in: language))]),
      ]
    }
    return nodes
  }

  /// The address a page belongs to, if any.
  private var addressShown: Int? {
    switch page.kind {
    case .address(let index), .area(let index, _), .figures(let index): index
    case .changes(let index): plan.corpus.comparisons[index].later
    case .languageChoice, .notFound, .home, .search, .initiatives, .initiative, .openData, .siteFigures, .templatePage,
      .siteMap:
      nil
    }
  }

  /// A JSON object of fields whose values are written already.
  private func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { JSONText.quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }
}

extension SiteLanguage {
  /// The Open Graph locale: `en_HK`, `zh_HK`, `zh_CN`.
  var locale: String {
    switch self {
    case .english: "en_HK"
    case .chinese: "zh_HK"
    case .simplified: "zh_CN"
    }
  }
}
