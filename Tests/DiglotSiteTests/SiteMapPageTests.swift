import DiglotModel
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// The HTML site map: in each language, every address with its areas, and the site's other pages.
@Suite struct SiteMapPageTests {
  let site = Fixtures.site()

  /// The pages a site map links to, as paths from the site's root, in order.
  func targets(_ path: String) throws -> [String] {
    let elements = Fixtures.html(try #require(site[path], "no page \(path)"))
    let list = try #require(elements.first { $0[attribute: "class"] == "site-map" }, "\(path)")
    return [MarkupNode.element(list)].allElements.filter { $0.name == "a" }.compactMap { anchor in
      anchor[attribute: "href"].flatMap { URL(string: $0, relativeTo: URL(string: "file:///" + path)) }?.path
    }
  }

  @Test func listsEveryAddressWithItsAreasAndTheOtherPages() throws {
    for language in ["en", "zh-hant", "zh-hans"] {
      let pages = site.keys.filter { $0.hasPrefix(language + "/") && $0.hasSuffix("/index.html") }
      // Every address and area page of the language: those with an address folder and no
      // other folder of the site's own under it.
      let addressPages = pages.filter { path in
        let parts = path.split(separator: "/")
        return parts.count >= 3 && parts[1].first?.isNumber == true
          && !["figures", "what-changed"].contains(parts[parts.count - 2])
      }
      #expect(addressPages.count == 2 + Fixtures.budget.areas.count + Fixtures.policyAddress.areas.count)
      let others = [
        "index.html", "search/index.html", "initiatives/index.html", "figures/index.html",
        "open-data/index.html", "accessibility/index.html", "important-notices/index.html",
      ]
      let listed = try targets("\(language)/site-map/index.html")
      #expect(Set(listed) == Set((addressPages + others.map { "\(language)/\($0)" }).map { "/" + $0 }), "\(language)")
      #expect(listed.count == addressPages.count + others.count)
      // The home page first, then the newest address, then its first area.
      #expect(
        Array(listed.prefix(3)) == [
          "/\(language)/index.html", "/\(language)/2024-02-29-budget/index.html",
          "/\(language)/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html",
        ])
    }
    let english = Fixtures.html(site["en/site-map/index.html"])
    #expect(english.filter { $0.name == "h1" }.map(\.textContent) == ["Site map"])
    #expect(Fixtures.html(site["zh-hant/site-map/index.html"]).first { $0.name == "h1" }?.textContent == "網站地圖")
    #expect(
      english.contains {
        $0.name == "a"
          && $0.textContent
            == "1. Consolidate Hong Kong's strengths in scientific research and promote development of I&T industries"
      })
  }

  @Test func everyPageLinksToItFromItsFooter() throws {
    for (path, file) in site where path.hasSuffix(".html") && path.contains("/") {
      let footer = try #require(Fixtures.html(file).first { $0.name == "footer" }, "\(path)")
      let language = String(path.prefix { $0 != "/" })
      let links = [MarkupNode.element(footer)].allElements.filter { $0.name == "a" }
      let siteMap = links.first { anchor in
        anchor[attribute: "href"].flatMap { URL(string: $0, relativeTo: URL(string: "file:///" + path)) }?.path
          == "/\(language)/site-map/index.html"
      }
      #expect(siteMap?.textContent == ["en": "Site map", "zh-hant": "網站地圖", "zh-hans": "网站地图"][language], "\(path)")
    }
  }
}
