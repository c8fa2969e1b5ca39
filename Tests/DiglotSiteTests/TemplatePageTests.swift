import DiglotModel
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// The pages the team writes in `Templates/pages/`: the Important notices and the Accessibility
/// statement, in every language, linked from every page's footer.
@Suite struct TemplatePageTests {
  let site = Fixtures.site()

  @Test func theShippedPagesAreRenderedInEveryLanguage() throws {
    #expect(Fixtures.templates.pages.map(\.name) == ["accessibility", "important-notices"])
    let expected = [
      ("en/important-notices/index.html", "Important notices", "About the content"),
      ("zh-hant/important-notices/index.html", "重要告示", "關於內容"),
      ("zh-hans/important-notices/index.html", "重要告示", "关于内容"),
      ("en/accessibility/index.html", "Accessibility statement", "Feedback"),
      ("zh-hant/accessibility/index.html", "無障礙聲明", "意見"),
      ("zh-hans/accessibility/index.html", "无障碍声明", "意见"),
    ]
    for (path, title, section) in expected {
      let elements = Fixtures.html(try #require(site[path], "no page \(path)"))
      #expect(elements.filter { $0.name == "h1" }.map(\.textContent) == [title], "\(path)")
      #expect(elements.first { $0.name == "title" }?.textContent.hasPrefix(title + " · ") == true, "\(path)")
      #expect(elements.filter { $0.name == "h2" }.map(\.textContent).contains(section), "\(path)")
      // Inside <main>, and reached from the home page by the breadcrumbs.
      let main = try #require(elements.first { $0.name == "main" })
      #expect(main.textContent.contains(title), "\(path)")
      let trail = elements.first { $0.name == "nav" && $0[attribute: "class"] == "breadcrumbs" }
      #expect(trail.map { [MarkupNode.element($0)].allElements.filter { $0.name == "a" }.count } == 2, "\(path)")
    }
    // The Simplified page is converted from the Traditional one, and says so.
    let simplified = try #require(site["zh-hans/important-notices/index.html"]).text
    #expect(simplified.contains("简体中文网页由电脑从繁体中文自动转换而成") && simplified.contains("conversion-note"))
  }

  @Test func everyPageLinksToThemFromItsFooter() throws {
    let names = [
      "en": ["Accessibility statement", "Important notices"], "zh-hant": ["無障礙聲明", "重要告示"],
      "zh-hans": ["无障碍声明", "重要告示"],
    ]
    for (path, file) in site where path.hasSuffix(".html") && path != "index.html" && path != "404.html" {
      let language = String(path.prefix { $0 != "/" })
      let footer = try #require(Fixtures.html(file).first { $0.name == "footer" }, "\(path)")
      let links = [MarkupNode.element(footer)].allElements.filter { $0.name == "a" }
      #expect(Array(links.map(\.textContent).prefix(2)) == names[language], "\(path)")
      let targets = links.prefix(2).compactMap { link in
        link[attribute: "href"].flatMap { URL(string: $0, relativeTo: URL(string: "file:///" + path)) }?.path
      }
      #expect(
        targets == ["/\(language)/accessibility/index.html", "/\(language)/important-notices/index.html"], "\(path)")
    }
  }

  @Test func aPageWithAProblemIsReportedWhereItIs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-pages-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
    let pages: [String: String] = [
      "notices.html":
        "<section lang=\"en\"><h1>Notices</h1></section>\n<section lang=\"zh-Hant-HK\">\n<p>無標題</p></section>",
      "search.html": "<section lang=\"en\"><h1>Search</h1></section><section lang=\"zh-Hant\"><h1>搜尋</h1></section>",
      "Privacy Policy.html": "<section lang=\"en\"><h1>Privacy</h1></section>",
      "terms.html": "<section lang=\"zh-Hant-HK\"><h1>條款</h1></section>",
      "privacy.html": "<section lang=\"en\"><h1>Privacy</h1></section><section lang=\"zh-hant\"><h1>私隱</h1></section>",
    ]
    for (name, text) in pages { try Data(text.utf8).write(to: folder.appendingPathComponent("pages/" + name)) }
    let (read, problems) = TemplatePage.read(in: folder)
    let reserved = "not be one of the site's own folders (figures, initiatives, open-data, search, site-map)"
    let badName =
      "error: a page's file name must be lower-case letters, digits and hyphens, start with a letter, and \(reserved)"
    #expect(
      Diagnostic.sorted(problems).map { $0.description.replacing(folder.relativePath + "/", with: "") } == [
        "pages/Privacy Policy.html:1:1: \(badName)",
        "pages/notices.html:2:1: error: the zh-Hant-HK section has no <h1>, which is the page's title",
        "pages/search.html:1:1: \(badName)",
        "pages/terms.html:1:1: error: the page has no <section lang=\"en\">",
      ])
    #expect(read.map(\.name) == ["privacy"])
    #expect(read.first?.title(in: .simplified) == "私隐")
  }
}
