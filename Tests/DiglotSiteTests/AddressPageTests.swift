import DiglotModel
import DiglotReader
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// The overview of an address, rendered from the two decks of `Input/`: a short title, the subject
/// and bureau on lines of their own, the areas once, and key figures that say what they pay for.
@Suite struct AddressPageTests {
  let site: [String: SiteFile]

  init() throws {
    site = Fixtures.site(try Fixtures.inputDocuments())
  }

  func main(_ path: String) throws -> [MarkupElement] {
    let elements = Fixtures.html(try #require(site[path], "no page \(path)"))
    let main = try #require(elements.first { $0.name == "main" })
    return [MarkupNode.element(main)].allElements
  }

  /// The text of the `<main>` element, less the closing slide's.
  func withoutClosing(_ main: MarkupElement) -> String {
    main.children.compactMap(\.element).filter { $0[attribute: "class"] != "closing" }.map(\.textContent).joined()
  }

  /// The text of the `<p>` elements of a class.
  func paragraphs(_ elements: [MarkupElement], _ name: String) -> [String] {
    elements.filter { $0.name == "p" && $0[attribute: "class"] == name }.map(\.textContent)
  }

  @Test(arguments: [
    (
      "en/2024-10-18-policy-address/index.html", "2024 Policy Address", "Attracting I&T talents",
      "Innovation, Technology and Industry Bureau"
    ),
    ("zh-hant/2024-10-18-policy-address/index.html", "2024年施政報告", "匯聚創科人才", "創新科技及工業局"),
    ("zh-hans/2024-10-18-policy-address/index.html", "2024年施政报告", "汇聚创科人才", "创新科技及工业局"),
    (
      "en/2024-02-29-budget/index.html", "2024-25 Budget", "Key initiatives under ITIB",
      "Innovation, Technology and Industry Bureau"
    ),
    ("zh-hant/2024-02-29-budget/index.html", "2024-25年度財政預算案", "相關重點措施", "創新科技及工業局"),
  ])
  func headingIsTheShortTitleWithSubjectAndBureauBelow(path: String, title: String, subject: String, bureau: String)
    throws
  {
    let main = try main(path)
    #expect(main.filter { $0.name == "h1" }.map(\.textContent) == [title])
    #expect(paragraphs(main, "subtitle") == [subject])
    #expect(paragraphs(main, "bureau") == [bureau])
    // No line of the title slide is shown twice (the closing slide signs off with the bureau).
    let text = main.first.map(withoutClosing) ?? ""
    for line in [subject, bureau] {
      #expect(text.components(separatedBy: line).count == 2, "\(line)")
    }
    #expect(!text.contains("Chief Executive's"))
  }

  @Test func areasAreListedOnceAndLinked() throws {
    for path in ["en/2024-10-18-policy-address/index.html", "en/2024-02-29-budget/index.html"] {
      let main = try main(path)
      let areas = main.filter { $0.name == "section" && $0[attribute: "class"] == "areas" }
      #expect(areas.count == 1)
      let links = [MarkupNode.element(try #require(areas.first))].allElements.filter {
        $0.name == "a" && !($0[attribute: "href"] ?? "").contains("#")
      }
      #expect(links.count == (path.contains("budget") ? 4 : 2))
      // The overview slide's list of the areas is not repeated as paragraphs.
      let paragraphs = main.filter { $0.name == "p" }.map(\.textContent)
      for link in links {
        let title = link.textContent.drop { $0.isNumber || $0 == "." || $0 == " " }
        #expect(!paragraphs.contains { $0.contains(title) }, "\(path): \(title)")
      }
    }
    // The overview slide's own heading of its list names the list.
    let budget = try main("en/2024-02-29-budget/index.html")
    #expect(budget.first { $0[attribute: "id"] == "areas" }?.textContent == "Areas of key initiatives")
    #expect(!budget.contains { $0.name == "p" && $0.textContent == "Areas of key initiatives" })
  }

  @Test func keyFiguresAreGroupedByAreaAndSayWhatTheyPayFor() throws {
    let main = try main("en/2024-02-29-budget/index.html")
    let section = try #require(main.first { $0.name == "section" && $0[attribute: "class"] == "key-figures" })
    let children = section.children.compactMap(\.element)
    #expect(
      children.filter { $0.name == "h3" }.map(\.textContent) == [
        "1. Consolidate Hong Kong's strengths in scientific research and promote development of I&T industries",
        "2. Develop I&T infrastructure and promote “new industrialisation”",
        "3. Develop digital economy and promote digital transformation",
        "4. Nurture I&T start-ups and talent",
      ])
    let first = try #require(children.first { $0.name == "ul" })
    let rows = first.children.compactMap(\.element).map { row -> (String, String, String) in
      let link = [MarkupNode.element(row)].allElements.first { $0.name == "a" }
      let data = row.children.compactMap(\.element).first { $0.name == "data" }
      return (data?.textContent ?? "", link?.textContent ?? "", link?[attribute: "href"] ?? "")
    }
    let area = "1-consolidate-hong-kongs-strengths/index.html"
    // Read from Input/2024-25-budget-itib.txt: each amount, the bold name of its bullet (or the
    // initiative it names, or its topic when the bullet has none), and the bullet's place.
    #expect(rows.count == 8)
    #expect(rows.first! == ("$3 billion", "AI subsidy scheme", area + "#item-t1-1"))
    #expect(rows[1] == ("$10 billion", "Life and Health Technology", area + "#item-t3-1"))
    #expect(rows[2] == ("$6 billion", "life and health technology research institutes", area + "#item-t3-1-1"))
    #expect(rows[5] == ("$3 billion", "Frontier Technology Research Support Scheme", area + "#item-t4-1"))
    #expect(rows[6] == ("$16 million", "Technology Transfer Office", area + "#item-t4-2"))

    // Each link lands on a bullet of the area page that holds the amount.
    let areaPage = Fixtures.html(try #require(site["en/2024-02-29-budget/" + area]))
    for (amount, _, href) in rows {
      let id = String(href.split(separator: "#").last!)
      let bullet = try #require(areaPage.first { $0[attribute: "id"] == id }, "\(id)")
      #expect(bullet.name == "li")
      #expect(bullet.textContent.contains(amount), "\(id): \(amount)")
    }
  }

  @Test func keyFiguresOnAChinesePageNameTheirPurposeInChinese() throws {
    let main = try main("zh-hant/2024-10-18-policy-address/index.html")
    let section = try #require(main.first { $0.name == "section" && $0[attribute: "class"] == "key-figures" })
    let rows = section.children.compactMap(\.element).filter { $0.name == "ul" }.flatMap {
      $0.children.compactMap(\.element).map(\.textContent)
    }
    #expect(rows == ["100億元 · 創科產業引導基金", "15億元 · 創科創投基金", "1.8億元 · 創科加速器先導計劃"])
  }
}
