import DiglotModel
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

@Suite struct HostileInputTests {
  static let script = "<script>alert(1)</script>"
  static let hostile = Document(
    file: "../../etc/passwd",
    titleSlide: TitleSlide(
      kind: .other, date: CalendarDate(year: 2024, month: 1, day: 2),
      title: Fixtures.text("標題 \(script)", "Title & \"quotes\" 'single' \(script)"),
      subtitle: Fixtures.text("../../etc", "../../etc")),
    areas: [
      Area(
        number: 1, title: Fixtures.text("範疇 \(script)", "../../etc/passwd \(script)"),
        topics: [
          Topic(
            title: Fixtures.text("題目 & 其他", "Topic </h2><h1>"),
            blocks: [.item(Item(text: Fixtures.text("要點 \(script)", "Bullet & <b>bold</b> \"q\" ../../etc")))])
        ])
    ])

  let site = Fixtures.site([hostile])

  @Test func escapesMarkupInEveryPage() throws {
    for file in site.values where file.path.hasSuffix(".html") {
      #expect(!file.text.contains(Self.script), "\(file.path)")
      #expect(!file.text.contains("<b>"), "\(file.path)")
      #expect(!file.text.contains("</h2><h1>"), "\(file.path)")
      let elements = HTML.parse(file.contents).nodes.allElements
      #expect(!elements.contains { $0.name == "b" }, "\(file.path)")
      // The only scripts are the site's own: the text-size control's on every page, the search
      // page's, and one JSON-LD description whose text cannot end its script.
      let scripts = elements.filter { $0.name == "script" }
      let code = scripts.filter { $0[attribute: "type"] == nil }
      let search = file.path.hasSuffix("/search/index.html")
      #expect(code.count == (search ? 3 : 1), "\(file.path)")
      #expect(
        code.allSatisfy {
          ["../../assets/search.js", "index.js"].contains($0[attribute: "src"])
            || $0[attribute: "src"]?.hasSuffix("assets/text-size.js") == true
        }, "\(file.path)")
      #expect(code.allSatisfy { $0.children.isEmpty })
      let data = scripts.filter { $0[attribute: "type"] == "application/ld+json" }
      #expect(data.count == 1 && data.count + code.count == scripts.count, "\(file.path)")
      let json = data.first?.textContent ?? ""
      // No `<` at all, so neither `</script>` nor `<!--` can be in it, yet the title is whole.
      #expect(!json.contains("<") && !file.text.contains("<!--"), "\(file.path)")
      let title = try #require(elements.first { $0.name == "title" }).textContent
      let description = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      #expect(description?["name"] as? String == title, "\(file.path)")
      #expect(elements.filter { $0.name == "h1" }.count == 1, "\(file.path)")
    }
  }

  @Test func keepsTheTextAsWritten() throws {
    let path = try #require(site.keys.first { $0.hasPrefix("en/2024-01-02-address/1-") })
    let elements = Fixtures.html(site[path])
    #expect(elements.first { $0.name == "h1" }?.textContent == "1. ../../etc/passwd \(Self.script)")
    #expect(elements.first { $0.name == "h2" }?.textContent == "Topic </h2><h1>")
    #expect(
      elements.first { $0.name == "li" && $0.textContent.hasPrefix("Bullet") }?.textContent
        == "Bullet & <b>bold</b> \"q\" ../../etc")
    #expect(
      elements.first { $0.name == "title" }?.textContent.contains("Title & \"quotes\" 'single' \(Self.script)") == true)
  }

  @Test func keepsEveryPathInsideTheRoot() {
    let documents = [Self.hostile, Self.hostile, Fixtures.budget]
    for file in SiteGenerator.generate(documents, templates: Fixtures.templates, options: SiteOptions()) {
      let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
      #expect(!file.path.hasPrefix("/"))
      #expect(!components.contains("..") && !components.contains(".") && !components.contains(""), "\(file.path)")
      #expect(file.path.allSatisfy { $0.isASCII }, "\(file.path)")
    }
  }

  @Test func escapesTheFeeds() throws {
    let feed = try #require(site["en/feed.xml"])
    #expect(!feed.text.contains(Self.script))
    let parsed = XML.parse(feed.contents)
    #expect(parsed.problems == [])
    #expect(
      parsed.nodes.allElements.first { $0.name == "entry" }.map {
        [MarkupNode.element($0)].allElements.first { $0.name == "title" }?.textContent
      } == "Title & \"quotes\" 'single' \(Self.script)")
  }
}
