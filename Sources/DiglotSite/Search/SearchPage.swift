import DiglotXML

/// The search page and the search box: plain forms sent with GET to the language's search page,
/// whose script (`assets/search.js`) reads the index and shows the results.
extension PageContext {
  /// The search page's content: a form, what to do without scripts, where results go, the script,
  /// and the index's first file (`index.js`, beside the page), loaded with the page.
  func searchPage() -> [MarkupNode] {
    let results: KeyValuePairs<String, String> = [
      "id": "search-results", "class": "search-results", "aria-live": "polite", "data-root": link(toFile: ""),
      "data-found": labels.searchFound, "data-found-one": labels.searchFoundOne,
      "data-none": labels.searchNone, "data-more": labels.searchMore,
    ]
    return lines([
      .element("h1", [:], [.text(labels.search)]),
      .element(
        "form", ["class": "search-form", "action": "index.html", "method": "get", "role": "search"],
        searchFields(id: "search-query", labelClass: nil)),
      .element("noscript", [:], [.element("p", ["class": "search-no-script"], [.text(labels.searchNoScript)])]),
      .element("div", results, []),
      .element("script", ["src": link(toFile: "assets/search.js")], []),
      .element("script", ["src": "index.js"], []),
    ])
  }

  /// The header's search box: fills the `search` slot's form, which is left out on the search
  /// page itself.
  func searchBox(in form: inout MarkupElement) -> [MarkupNode]? {
    guard page.kind != .search else { return nil }
    form[attribute: "action"] = link(to: Page(.search, language))
    form[attribute: "method"] = "get"
    form[attribute: "role"] = "search"
    return searchFields(id: "site-search-query", labelClass: "visually-hidden")
  }

  /// A labelled field named `q` and a button.
  private func searchFields(id: String, labelClass: String?) -> [MarkupNode] {
    var label = MarkupElement("label", ["for": id], [.text(labels.searchFor)])
    label[attribute: "class"] = labelClass
    return [
      .element(label),
      .element("input", ["type": "search", "id": id, "name": "q", "autocomplete": "off"], []),
      .element("button", ["type": "submit"], [.text(labels.search)]),
    ]
  }
}
