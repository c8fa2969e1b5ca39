import DiglotModel
import DiglotReader
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

@Suite struct PageRenderingTests {
  let site = Fixtures.site()
  let englishArea = "en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
  let chineseArea = "zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"
  let simplifiedArea = "zh-hans/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"

  var pagePaths: [String] { site.keys.filter { $0.hasSuffix(".html") }.sorted() }

  /// Resolves a relative href against the path of the page it is on.
  func resolve(_ href: String, from path: String) -> String {
    var parts = path.split(separator: "/").dropLast().map(String.init)
    for part in href.split(separator: "#")[0].split(separator: "/") {
      if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
    }
    return parts.joined(separator: "/")
  }

  @Test func everyPageParsesCleanlyWithItsLanguageAndTheBasics() throws {
    for path in pagePaths {
      let file = try #require(site[path])
      let parsed = HTML.parse(file.contents)
      #expect(parsed.problems == [], "\(path)")
      let elements = parsed.nodes.allElements
      let html = try #require(elements.first { $0.name == "html" })
      let expectedLanguage =
        path.hasPrefix("zh-hant/") ? "zh-Hant-HK" : path.hasPrefix("zh-hans/") ? "zh-Hans" : "en"
      #expect(html[attribute: "lang"] == expectedLanguage, "\(path)")
      #expect(file.text.hasPrefix("<!DOCTYPE html>\n"))
      #expect(elements.contains { $0.name == "meta" && $0[attribute: "charset"] == "utf-8" })
      #expect(elements.contains { $0.name == "meta" && $0[attribute: "name"] == "viewport" })
      let title = try #require(elements.first { $0.name == "title" })
      #expect(!title.textContent.isEmpty)
      #expect(elements.filter { $0.name == "h1" }.count == 1, "\(path)")
      #expect(elements.filter { $0.name == "main" && $0[attribute: "id"] == "main" }.count == 1)
      #expect(elements.contains { $0.name == "a" && $0[attribute: "href"] == "#main" })
      let landmarks = path.contains("/") ? ["header", "nav", "footer"] : ["header", "footer"]
      for landmark in landmarks {
        #expect(elements.contains { $0.name == landmark }, "\(path) has no <\(landmark)>")
      }
      let ids = elements.compactMap { $0[attribute: "id"] }
      #expect(Set(ids).count == ids.count, "duplicate ids in \(path)")
      #expect(!elements.contains { $0[attribute: "data-slot"] != nil })
      #expect(!file.text.contains("&#"), "numeric character reference in \(path)")
      let stylesheet = try #require(elements.first { $0.name == "link" && $0[attribute: "rel"] == "stylesheet" })
      #expect(resolve(stylesheet[attribute: "href"]!, from: path) == "assets/site.css")
    }
  }

  @Test func everyRelativeLinkLeadsToAFileOfTheSite() throws {
    for path in pagePaths {
      for element in Fixtures.html(site[path]) where ["a", "link"].contains(element.name) {
        guard let href = element[attribute: "href"], !href.hasPrefix("#") else { continue }
        #expect(!href.hasPrefix("/") && !href.contains("://"), "\(path): \(href)")
        #expect(
          href.hasSuffix(".html") || href.contains(".html#") || href.hasSuffix(".xml") || href.hasSuffix(".css")
            || href.hasSuffix(".csv") || href.hasSuffix(".json"),
          "\(path): \(href)")
        #expect(site[resolve(href, from: path)] != nil, "\(path): \(href) leads nowhere")
      }
    }
  }

  /// The switch's entries: each language's name, tag and where its link leads (nil for the
  /// page's own language, which is not a link).
  func languageSwitch(on path: String) throws -> [(name: String, tag: String?, target: String?)] {
    let elements = Fixtures.html(site[path])
    let nav = try #require(elements.first { $0.name == "nav" && $0[attribute: "class"] == "language" }, "\(path)")
    #expect(nav[attribute: "aria-label"] != nil)
    let entries = [MarkupNode.element(nav)].allElements.filter { $0.name == "li" }
    return entries.compactMap { entry in
      guard let choice = entry.children.compactMap(\.element).first else { return nil }
      if choice.name == "span" { #expect(choice[attribute: "aria-current"] == "true") }
      return (choice.textContent, choice[attribute: "lang"], choice[attribute: "href"].map { resolve($0, from: path) })
    }
  }

  @Test func theSwitchLeadsToTheSamePageInEachLanguage() throws {
    let names = ["en": "English", "zh-hant": "繁體中文", "zh-hans": "简体中文"]
    let tags = ["en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"]
    for path in pagePaths {
      let entries = try languageSwitch(on: path)
      #expect(entries.map(\.name) == ["English", "繁體中文", "简体中文"], "\(path)")
      let folder = String(path.prefix { $0 != "/" })
      let rest = path.contains("/") ? path.drop { $0 != "/" } : "/index.html"
      for (entry, language) in zip(entries, ["en", "zh-hant", "zh-hans"]) {
        #expect(entry.name == names[language])
        #expect(entry.tag == tags[language])
        if language == folder {
          #expect(entry.target == nil, "\(path): its own language is not a link")
          continue
        }
        let target = try #require(entry.target, "\(path) → \(language)")
        #expect(target == language + rest, "\(path)")
        let landed = Fixtures.html(site[target])
        #expect(landed.first { $0.name == "html" }?[attribute: "lang"] == tags[language], "\(path) → \(target)")
      }
    }
  }

  @Test func saysOnSimplifiedPagesOnlyThatTheyWereConverted() throws {
    for path in pagePaths {
      let notes = Fixtures.html(site[path]).filter { $0[attribute: "class"] == "conversion-note" }
      #expect(notes.map(\.textContent) == (path.hasPrefix("zh-hans/") ? ["本网页由电脑从繁体中文版自动转换而成。"] : []), "\(path)")
    }
  }

  @Test func showsSimplifiedTextConvertedFromTheTraditional() throws {
    let page = try #require(site[simplifiedArea]).text
    #expect(page.contains("<h1>1. 巩固香港科研优势、促进创科产业发展</h1>"))
    #expect(page.contains("拨款<data value=\"3000000000\"><strong>30亿元</strong></data>推行为期三年的人工智能资助计划"))
    #expect(page.contains("<p class=\"note\">注：有关计划将于年内推出</p>"))
    // The interface in Simplified too, English left as it is.
    #expect(page.contains("<a href=\"../../index.html\">主页</a>"))
    #expect(!page.contains("鞏固") && !page.contains("撥款"))
    let english = try #require(site[englishArea]).text
    #expect(english.contains("<span lang=\"zh-Hant-HK\">註：有關計劃將於年內推出</span>"))
  }

  @Test func namesTheAlternatesOfEachLanguage() throws {
    let elements = Fixtures.html(site[chineseArea])
    let alternates = elements.filter { $0.name == "link" && $0[attribute: "hreflang"] != nil }
    #expect(
      alternates.map { [$0[attribute: "hreflang"]!, resolve($0[attribute: "href"]!, from: chineseArea)] } == [
        ["en", englishArea], ["zh-Hant-HK", chineseArea], ["zh-Hans", simplifiedArea], ["x-default", englishArea],
      ])
    #expect(alternates.allSatisfy { $0[attribute: "rel"] == "alternate" })
  }

  @Test func usesAbsoluteAlternatesWithABaseURL() throws {
    let site = Fixtures.site(options: SiteOptions(baseURL: "https://www.example.gov.hk/policy"))
    let elements = Fixtures.html(site[englishArea])
    let alternates = elements.filter { $0.name == "link" && $0[attribute: "hreflang"] != nil }.compactMap {
      $0[attribute: "href"]
    }
    #expect(
      alternates == [
        "https://www.example.gov.hk/policy/" + englishArea, "https://www.example.gov.hk/policy/" + chineseArea,
        "https://www.example.gov.hk/policy/" + simplifiedArea, "https://www.example.gov.hk/policy/" + englishArea,
      ])
    let switchLink = try #require(elements.first { $0.name == "a" && $0[attribute: "hreflang"] == "zh-Hant-HK" })
    #expect(switchLink[attribute: "href"] == "../../../" + chineseArea)
    let notFound = Fixtures.html(site["404.html"])
    let stylesheet = try #require(notFound.first { $0.name == "link" && $0[attribute: "rel"] == "stylesheet" })
    #expect(stylesheet[attribute: "href"] == "https://www.example.gov.hk/policy/assets/site.css")
  }

  @Test func leadsBreadcrumbsFromHomeToTheCurrentPage() throws {
    let elements = Fixtures.html(site[englishArea])
    let nav = try #require(elements.first { $0.name == "nav" && $0[attribute: "aria-label"] == "Breadcrumb" })
    let links = [MarkupNode.element(nav)].allElements.filter { $0.name == "a" }
    #expect(links.map { $0[attribute: "href"] } == ["../../index.html", "../index.html", "index.html"])
    #expect(links.map(\.textContent).prefix(2) == ["Home", "2024-25 Budget"])
    #expect(links.map { $0[attribute: "aria-current"] } == [nil, nil, "page"])

    let chinese = Fixtures.html(site[chineseArea])
    let chineseNav = try #require(chinese.first { $0.name == "nav" && $0[attribute: "class"] == "breadcrumbs" })
    #expect(chineseNav[attribute: "aria-label"] == "導覽路徑")
    #expect(chineseNav.textContent.contains("主頁"))
  }

  @Test func linksPreviousAndNextAreas() throws {
    let first = Fixtures.html(site[englishArea])
    let next = try #require(first.first { $0.name == "a" && $0[attribute: "rel"] == "next" })
    #expect(next[attribute: "href"] == "../2-develop-i-t-infrastructure/index.html")
    #expect(next.textContent == "Next 2. Develop I&T infrastructure")
    #expect(!first.contains { $0[attribute: "rel"] == "prev" })

    let second = Fixtures.html(site["zh-hant/2024-02-29-budget/2-develop-i-t-infrastructure/index.html"])
    let previous = try #require(second.first { $0.name == "a" && $0[attribute: "rel"] == "prev" })
    #expect(previous[attribute: "href"] == "../1-consolidate-hong-kongs-strengths/index.html")
    #expect(previous.textContent == "上一個範疇 1. 鞏固香港科研優勢、促進創科產業發展")
  }

  @Test func marksFiguresWithTheirValues() throws {
    let english = Fixtures.html(site[englishArea]).filter { $0.name == "data" }
    #expect(english.map { $0[attribute: "value"] } == ["3000000000", "10000000000"])
    #expect(english.map(\.textContent) == ["$3 billion", "$10 billion"])
    let chinese = try #require(site[chineseArea]).text
    #expect(chinese.contains("撥款<data value=\"3000000000\"><strong>30億元</strong></data>推行"))

    let overview = Fixtures.html(site["zh-hant/2024-02-29-budget/index.html"])
    let figures = try #require(overview.first { $0.name == "section" && $0[attribute: "class"] == "key-figures" })
    let values = [MarkupNode.element(figures)].allElements.filter { $0.name == "data" }
    #expect(values.map { $0[attribute: "value"] } == ["3000000000", "10000000000", "180000000"])
    #expect(figures.textContent.contains("約1.8億元"))
  }

  @Test func marksAFigureSpreadOverSeveralSpans() throws {
    var document = Fixtures.policyAddress
    document.areas[0].blocks = [
      .paragraph(
        Bilingual(
          zh: Fixtures.inline(.plain("預留"), .strong("1億"), .plain("3,400萬元，再加")),
          en: nil, figures: [Fixtures.money("1億3,400萬元", after: "預留", "$134 million", after: "", 134_000_000)]))
    ]
    let site = Fixtures.site([document])
    let page = try #require(site["zh-hant/2023-10-25-policy-address/1-attracting-i-t-talents/index.html"]).text
    #expect(page.contains("<p>預留<data value=\"134000000\"><strong>1億</strong>3,400萬元</data>，再加</p>"))
  }

  @Test func rendersATableWithItsHeaderRow() throws {
    var document = Fixtures.policyAddress
    document.areas[0].blocks = [
      .table(
        Table(
          rows: [
            [Fixtures.text("措施", "Measure"), Fixtures.text("撥款", "Funding")],
            [
              Fixtures.text("人工智能資助計劃", "AI Subsidy Scheme"),
              Fixtures.text(
                "30億元", "$3 billion",
                figures: [Fixtures.money("30億元", after: "", "$3 billion", after: "", 3_000_000_000)]),
            ],
          ], hasHeaderRow: true))
    ]
    let site = Fixtures.site([document])
    let page = Fixtures.html(site["en/2023-10-25-policy-address/1-attracting-i-t-talents/index.html"])
    let table = try #require(page.first { $0.name == "table" })
    let cells = [MarkupNode.element(table)].allElements.filter { $0.name == "th" || $0.name == "td" }
    #expect(cells.map(\.name) == ["th", "th", "td", "td"])
    #expect(cells.map(\.textContent) == ["Measure", "Funding", "AI Subsidy Scheme", "$3 billion"])
    #expect(cells.first?[attribute: "scope"] == "col")
    let chinese = try #require(site["zh-hant/2023-10-25-policy-address/1-attracting-i-t-talents/index.html"]).text
    #expect(chinese.contains("<td><data value=\"3000000000\">30億元</data></td>"))
  }

  @Test func marksAFigureWhereTheReaderPlacedItNotWhereItsWordsFirstAppear() throws {
    var document = Fixtures.policyAddress
    document.areas[0].blocks = [
      .paragraph(
        Bilingual(
          zh: Fixtures.inline(.plain("第3億元計劃撥款3億元")), en: nil,
          figures: [Fixtures.money("3億元", after: "第3億元計劃撥款", "$300 million", after: "", 300_000_000)]))
    ]
    let site = Fixtures.site([document])
    let page = try #require(site["zh-hant/2023-10-25-policy-address/1-attracting-i-t-talents/index.html"]).text
    #expect(page.contains("<p>第3億元計劃撥款<data value=\"300000000\">3億元</data></p>"))
  }

  @Test func marksAFigureFollowedByACharacterThatIsAlsoANumeral() throws {
    // 參 is also the accounting numeral 3; the figure before it ends at 元 all the same.
    let read = DocumentReader.read(
      Array(
        "2024-25年度財政預算案\n2024-25 Budget\n\n29/2/2024\n\n\n# 1. 範疇\n# 1. Area\n\n- 撥出**4,900萬元**參與大灣區建設\nAllocate **\\$49 million** to take part\n"
          .utf8),
      path: "test.txt")
    let site = Fixtures.site([try #require(read.document)])
    let page = try #require(site["zh-hant/2024-02-29-budget/1-area/index.html"]).text
    #expect(page.contains("<li id=\"item-1\">撥出<data value=\"49000000\"><strong>4,900萬元</strong></data>參與大灣區建設</li>"))
  }

  @Test func showsOneLanguageTextInItsOwnLanguage() throws {
    let area = Fixtures.html(site[englishArea])
    let note = try #require(area.first { $0.name == "p" && $0[attribute: "class"] == "note" })
    let span = try #require(note.children.first?.element)
    #expect(span[attribute: "lang"] == "zh-Hant-HK")
    #expect(span.textContent == "註：有關計劃將於年內推出")

    let chineseOverview = Fixtures.html(site["zh-hant/2024-02-29-budget/index.html"])
    let labels = try #require(chineseOverview.first { $0.name == "ul" && $0[attribute: "class"] == "labels" })
    #expect(labels.children.compactMap(\.element).map(\.textContent) == ["產業", "人才"])
    #expect(Fixtures.html(site["zh-hans/2024-02-29-budget/index.html"]).contains { $0.textContent == "产业" })

    let chinese = try #require(site[chineseArea]).text
    #expect(chinese.contains("<p class=\"note\">註：有關計劃將於年內推出</p>"))
  }

  /// Keyword tags show in the page's language only: the English page leaves out those that are
  /// in Chinese alone, and shows one given in English.
  @Test func keywordTagsAreShownInThePageLanguageOnly() throws {
    var document = Fixtures.budget
    document.front.append(.labels([Fixtures.text("科技", "Technology")]))
    let site = Fixtures.site([document])
    let english = Fixtures.html(site["en/2024-02-29-budget/index.html"])
    let lists = english.filter { $0[attribute: "class"] == "labels" }
    #expect(lists.map(\.textContent).joined().contains("產業") == false)
    #expect(lists.flatMap { $0.children.compactMap(\.element) }.map(\.textContent) == ["Technology"])
    #expect(!(site["en/2024-02-29-budget/index.html"]?.text.contains("人才") ?? true))
    let chinese = Fixtures.html(site["zh-hant/2024-02-29-budget/index.html"]).filter {
      $0[attribute: "class"] == "labels"
    }
    #expect(chinese.flatMap { $0.children.compactMap(\.element) }.map(\.textContent) == ["產業", "人才", "科技"])
  }

  @Test func nestsSubBulletsInTheirBullet() throws {
    let area = Fixtures.html(site[englishArea])
    let list = try #require(area.first { $0.name == "ul" && $0[attribute: "class"] == "bullets" })
    let items = list.children.compactMap(\.element)
    #expect(items.allSatisfy { $0.name == "li" })
    #expect(items.count == 2)
    let sub = try #require(items[1].children.compactMap(\.element).first { $0.name == "ul" })
    #expect(sub.children.compactMap(\.element).map(\.textContent) == ["Establish two research institutes"])
  }

  @Test func listsAddressesNewestFirstOnTheHomePage() throws {
    let home = Fixtures.html(site["en/index.html"])
    let headings = home.filter { $0.name == "h2" }.map(\.textContent)
    #expect(headings == ["2024-25 Budget", "2023 Policy Address"])
    let main = try #require(home.first { $0.name == "main" })
    let times = [MarkupNode.element(main)].allElements.filter { $0.name == "time" }
    #expect(times.map { $0[attribute: "datetime"] } == ["2024-02-29", "2023-10-25"])
    #expect(times.map(\.textContent) == ["29 February 2024", "25 October 2023"])
    #expect(try #require(site["en/index.html"]).text.contains("Policy Address"))
  }

  @Test func showsTheTitleSlideAreasAndClosingOnTheOverview() throws {
    let page = try #require(site["zh-hant/2024-02-29-budget/index.html"]).text
    for text in [
      "<h1>2024-25年度財政預算案</h1>", "創新科技及工業局相關重點措施", "<time datetime=\"2024-02-29\">2024年2月29日</time>", "齊心協力　再創高峰",
      "<a href=\"1-consolidate-hong-kongs-strengths/index.html#topic-2\">微電子研發</a>",
    ] {
      #expect(page.contains(text), "\(text)")
    }
  }

  @Test func offersEveryLanguageAtTheRoot() throws {
    let root = Fixtures.html(site["index.html"])
    let list = try #require(root.first { $0.name == "ul" && $0[attribute: "class"] == "languages" })
    let choices = [MarkupNode.element(list)].allElements.filter { $0.name == "a" }
    #expect(choices.map { $0[attribute: "href"] } == ["en/index.html", "zh-hant/index.html", "zh-hans/index.html"])
    #expect(choices.map { $0[attribute: "lang"] } == ["en", "zh-Hant-HK", "zh-Hans"])
    #expect(site["404.html"] != nil)
  }

  @Test func keepsChineseAsCharacters() throws {
    let bytes = try #require(site[chineseArea]).contents
    #expect(String(validating: bytes, as: UTF8.self) != nil)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("<h1>1. 鞏固香港科研優勢、促進創科產業發展</h1>"))
    #expect(!text.contains("&#"))
  }

  @Test func marksAChineseOnlyTitleOnAnEnglishPage() throws {
    var document = Fixtures.policyAddress
    document.areas[0].title = Fixtures.text("匯聚創科人才", nil)
    let site = Fixtures.site([document])
    let page = try #require(site["en/2023-10-25-policy-address/area-1/index.html"]).text
    #expect(page.contains("<h1>1. <span lang=\"zh-Hant-HK\">匯聚創科人才</span></h1>"))
    let overview = try #require(site["en/2023-10-25-policy-address/index.html"]).text
    #expect(overview.contains("<a href=\"area-1/index.html\">1. <span lang=\"zh-Hant-HK\">匯聚創科人才</span></a>"))
  }

  @Test func buildsASiteWithNoAddresses() throws {
    let site = Fixtures.site([])
    #expect(
      site.keys.sorted()
        == [
          "404.html", "assets/search.js", "assets/site.css", "assets/text-size.js",
          "data/figures.csv", "data/figures.json", "en/feed.xml",
          "en/accessibility/index.html", "en/figures/index.html", "en/important-notices/index.html", "en/index.html",
          "en/initiatives/index.html", "en/open-data/index.html",
          "en/search/index.html", "en/search/index.js", "en/search/terms-0.js", "index.html",
          "zh-hans/accessibility/index.html", "zh-hans/feed.xml", "zh-hans/figures/index.html",
          "zh-hans/important-notices/index.html", "zh-hans/index.html",
          "zh-hans/initiatives/index.html", "zh-hans/open-data/index.html", "zh-hans/search/index.html",
          "zh-hans/search/index.js", "zh-hans/search/terms-0.js",
          "zh-hant/accessibility/index.html", "zh-hant/feed.xml", "zh-hant/figures/index.html",
          "zh-hant/important-notices/index.html", "zh-hant/index.html",
          "zh-hant/initiatives/index.html", "zh-hant/open-data/index.html", "zh-hant/search/index.html",
          "zh-hant/search/index.js", "zh-hant/search/terms-0.js",
          "en/site-map/index.html", "zh-hant/site-map/index.html", "zh-hans/site-map/index.html",
        ].sorted())
    #expect(try #require(site["zh-hant/index.html"]).text.contains("<p>暫時未有發布的文件。</p>"))
    #expect(XML.parse(try #require(site["en/feed.xml"]).contents).problems == [])
  }
}
