import DiglotXML

/// The HTML site map: every page of the language, as one nested list.
extension PageContext {
  /// The home page with every address under it, each with its areas; then search, the pages
  /// across addresses and the pages the team writes.
  func siteMapPage() -> [MarkupNode] {
    let addresses = plan.addresses.indices.map { index -> MarkupNode in
      let address = plan.addresses[index]
      let areas = address.areaSlugs.indices.map { area in
        entry(Page(.area(address: index, area: area), language), [])
      }
      return entry(Page(.address(index), language), areas)
    }
    let others: [Page.Kind] =
      [.search, .initiatives, .siteFigures, .openData] + plan.templatePages.indices.map { .templatePage($0) }
    return lines([
      .element("h1", [:], [.text(labels.siteMap)]),
      .element(
        "ul", ["class": "site-map"],
        lines([entry(Page(.home, language), addresses)] + others.map { entry(Page($0, language), []) })),
    ])
  }

  /// A page's link, with a list of the pages under it.
  private func entry(_ target: Page, _ children: [MarkupNode]) -> MarkupNode {
    let anchor = MarkupNode.element("a", ["href": link(to: target)], name(of: target))
    return .element("li", [:], children.isEmpty ? [anchor] : [anchor, .element("ul", [:], lines(children))])
  }
}
