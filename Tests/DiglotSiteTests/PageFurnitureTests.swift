import DiglotModel
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// What every page carries besides its content: Open Graph and JSON-LD in the head, the line that
/// print shows, and the text-size control.
@Suite struct PageFurnitureTests {
  static let base = "https://www.example.gov.hk/policy/"
  let site = Fixtures.site(options: SiteOptions(baseURL: Self.base))

  func elements(_ path: String) throws -> [MarkupElement] {
    Fixtures.html(try #require(site[path], "no page \(path)"))
  }

  /// The JSON-LD object of a page.
  func jsonLD(_ path: String) throws -> [String: Any] {
    let script = try #require(try elements(path).first { $0[attribute: "type"] == "application/ld+json" })
    let object = try JSONSerialization.jsonObject(with: Data(script.textContent.utf8))
    return try #require(object as? [String: Any])
  }

  func openGraph(_ path: String) throws -> [String: String] {
    Dictionary(
      try elements(path).filter { $0.name == "meta" }.compactMap { meta in
        meta[attribute: "property"].map { ($0, meta[attribute: "content"] ?? "") }
      }, uniquingKeysWith: { a, _ in a })
  }

  /// Every page's footer gives its last revision date, in its language.
  @Test func everyPageGivesItsLastRevisionDate() throws {
    let expected = [
      "en": "Last revision date: 27 November 2026", "zh-hant": "修訂日期：2026年11月27日",
      "zh-hans": "修订日期：2026年11月27日",
    ]
    let pages = site.keys.filter { $0.hasSuffix(".html") }
    #expect(pages.count > 40)
    for path in pages {
      let footer = try #require(try elements(path).first { $0.name == "footer" }, "\(path)")
      let line = [MarkupNode.element(footer)].allElements.filter { $0[attribute: "class"] == "revised" }
      let language = path.split(separator: "/").first.map(String.init) ?? ""
      #expect(line.map(\.textContent) == [expected[language] ?? expected["en"]!], "\(path)")
      let time = line.first.flatMap { [MarkupNode.element($0)].allElements.first { $0.name == "time" } }
      #expect(time?[attribute: "datetime"] == "2026-11-27", "\(path)")
    }
  }

  /// Without a date, as when no build dated the pages, the line is left out.
  @Test func aPageWithoutADateHasNoRevisionLine() throws {
    let files = SiteGenerator.generate([Fixtures.budget], templates: Fixtures.templates, options: SiteOptions())
    let home = try #require(files.first { $0.path == "en/index.html" })
    #expect(!home.text.contains("revised"))
  }

  @Test func anAreaPageIsAReportOfTheBureauPublishedOnTheAddressDate() throws {
    let path = "zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
    let object = try jsonLD(path)
    #expect(object["@context"] as? String == "https://schema.org")
    #expect(object["@type"] as? String == "Report")
    #expect(object["inLanguage"] as? String == "zh-Hant-HK")
    #expect(object["datePublished"] as? String == "2024-02-29")
    #expect(object["url"] as? String == Self.base + path)
    let author = try #require(object["author"] as? [String: Any])
    #expect(author["@type"] as? String == "GovernmentOrganization")
    #expect(author["name"] as? String == "創新科技及工業局")
    #expect((object["name"] as? String)?.hasPrefix("1. 鞏固香港科研優勢、促進創科產業發展 · 2024-25年度財政預算案") == true)

    let graph = try openGraph(path)
    #expect(graph["og:type"] == "article")
    #expect(graph["og:locale"] == "zh_HK")
    #expect(graph["og:url"] == Self.base + path)
    #expect(graph["og:site_name"] == "施政重點")
    #expect(graph["article:published_time"] == "2024-02-29")
  }

  @Test func everyPageHasADescriptionInItsLanguage() throws {
    for path in site.keys where path.hasSuffix(".html") {
      let object = try jsonLD(path)
      let tag = try #require(try elements(path).first { $0.name == "html" }?[attribute: "lang"])
      #expect(object["inLanguage"] as? String == tag, "\(path)")
      #expect(["Report", "WebPage"].contains(object["@type"] as? String), "\(path)")
      #expect(try openGraph(path)["og:title"]?.isEmpty == false, "\(path)")
    }
    #expect(try jsonLD("zh-hans/index.html")["@type"] as? String == "WebPage")
    #expect(try jsonLD("zh-hans/2023-10-25-policy-address/index.html")["author"] == nil)
  }

  @Test func textThatLooksLikeMarkupCannotEndTheScript() throws {
    var document = Fixtures.budget
    document.areas[0].title = Fixtures.text(nil, "</script><b>Area</b> & more")
    let site = Fixtures.site([document])
    let area = try #require(
      site.first { $0.key.hasPrefix("en/2024-02-29-budget/1-") && $0.key.hasSuffix("/index.html") })
    let page = area.value.text
    let script = try #require(page.components(separatedBy: "application/ld+json\">").last)
    let json = String(script.prefix { $0 != "<" })
    #expect(json.contains(#"\u003c/script>\u003cb>Area\u003c/b> & more"#))
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect((object?["name"] as? String)?.hasPrefix("1. </script><b>Area</b> & more") == true)
  }

  @Test func printShowsTheAddressTheURLAndTheDate() throws {
    let line = try #require(
      try elements("en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html").first {
        $0[attribute: "class"] == "print-line"
      })
    #expect(
      line.textContent
        == "2024-25 Budget · \(Self.base)en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
        + " · 29 February 2024")
    let home = try #require(try elements("en/index.html").first { $0[attribute: "class"] == "print-line" })
    #expect(home.textContent == Self.base + "en/index.html")
  }

  @Test func theTextSizeControlIsHiddenUntilItsScriptShowsIt() throws {
    let control = try #require(try elements("zh-hant/index.html").first { $0[attribute: "class"] == "text-size" })
    #expect(control[attribute: "hidden"] != nil)
    #expect(control[attribute: "aria-label"] == "文字大小")
    let buttons = control.children.compactMap(\.element)
    #expect(buttons.map { $0[attribute: "data-text-size"] } == ["1", "2", "3"])
    #expect(buttons.map(\.textContent) == ["A 標準文字", "A 較大文字", "A 最大文字"])
    #expect(site["assets/text-size.js"] != nil)
  }
}
