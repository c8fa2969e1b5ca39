import DiglotCorpus
import DiglotModel
import DiglotReader
import DiglotTestSupport
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// The pages across addresses, on the site of `Tests/Corpus` (its README says what the four
/// addresses share).
@Suite struct CorpusPageTests {
  let site: [String: SiteFile]

  init() throws {
    let folder = packageRoot.appendingPathComponent("Tests/Corpus")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
    let documents = try names.map { name in
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      return try #require(DocumentReader.read(bytes, path: "Tests/Corpus/\(name)").document)
    }
    let rules = InitiativeRules(
      merge: [["Re-industrialisation Funding Scheme", "New Industrialisation Funding Scheme"]])
    site = Dictionary(
      uniqueKeysWithValues: SiteGenerator.generate(
        documents, rules: rules, templates: Fixtures.templates, options: SiteOptions()
      ).map { ($0.path, $0) })
  }

  func page(_ path: String) throws -> [MarkupElement] {
    let file = try #require(site[path], "no page \(path)")
    return Fixtures.html(file)
  }

  /// The text of an element and its descendants.
  func text(_ element: MarkupElement) -> String {
    element.children.map { node in
      switch node {
      case .text(let text): text
      case .element(let child): self.text(child)
      case .comment: ""
      }
    }.joined()
  }

  /// Resolves a relative link from a page's path to a path from the site's root, without the fragment.
  func resolve(_ href: String, from path: String) -> (path: String, fragment: String?) {
    let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
    var folders = path.split(separator: "/").dropLast().map(String.init)
    for part in parts[0].split(separator: "/") {
      if part == ".." { folders.removeLast() } else { folders.append(String(part)) }
    }
    return (folders.joined(separator: "/"), parts.count > 1 ? parts[1] : nil)
  }

  @Test func initiativeTimelineLinksToEachBulletNewestFirst() throws {
    let path = "en/initiatives/new-industrialisation-acceleration-scheme/index.html"
    let elements = try page(path)
    #expect(text(try #require(elements.first { $0.name == "h1" })) == "New Industrialisation Acceleration Scheme")
    let timeline = try #require(elements.first { $0.name == "ol" && $0[attribute: "class"] == "timeline" })
    let entries = timeline.children.compactMap { if case .element(let e) = $0, e.name == "li" { e } else { nil } }
    let dates = entries.map { entry in
      entry.descendants.first { $0.name == "time" }?[attribute: "datetime"]
    }
    #expect(dates == ["2024-10-16", "2024-02-28", "2023-10-25"])
    for entry in entries {
      let bulletLink = try #require(entry.descendants.first { $0[attribute: "href"]?.contains("#item-") == true })
      let (target, fragment) = resolve(bulletLink[attribute: "href"]!, from: path)
      let bullet = try #require(
        try page(target).first { $0[attribute: "id"] == fragment }, "\(target)#\(fragment ?? "")")
      #expect(text(bullet).contains("新型工業加速計劃") || text(bullet).contains("New Industrialisation Acceleration Scheme"))
      // The bullet links back.
      let back = bullet.descendants.filter { $0.name == "a" }.map { resolve($0[attribute: "href"]!, from: target).path }
      #expect(back.contains(path))
    }
    // The 2024-25 Budget's mention shows its figures.
    #expect(text(entries[1]).contains("$10 billion"))
    #expect(text(entries[1]).contains("$200 million"))
  }

  /// The initiatives with money in more than one address chart it, oldest first; the others do not.
  @Test func amountsOverTimeChart() throws {
    for (slug, expected) in [
      // 2023 Policy Address: up to $200 million per enterprise; 2024-25 Budget: $10 billion (the
      // $200 million per enterprise is its bound); 2024 Policy Address: none.
      (
        "new-industrialisation-acceleration-scheme",
        "2023 Policy Address: $200 million; 2024-25 Budget: $10 billion; 2024 Policy Address: no amount stated"
      ),
      ("technology-transfer-office", "2023-24 Budget: $8 million; 2024-25 Budget: $16 million"),
    ] {
      let elements = try page("en/initiatives/\(slug)/index.html")
      let svg = try #require(elements.first { $0.name == "svg" }, "\(slug)")
      #expect(svg[attribute: "role"] == "img")
      #expect(svg[attribute: "aria-labelledby"] == "chart-title chart-desc")
      #expect(svg.descendants.first { $0.name == "title" }.map(text) == "Amounts over time")
      #expect(svg.descendants.first { $0.name == "desc" }.map(text) == expected, "\(slug)")
    }
    let chinese = try page("zh-hant/initiatives/technology-transfer-office/index.html")
    #expect(chinese.first { $0.name == "desc" }.map(text) == "2023-24年度財政預算案: 800萬元; 2024-25年度財政預算案: 1600萬元")
    // Money in one address only, or in none.
    for slug in ["ai-subsidy-scheme", "hong-kong-microelectronics-research-and-development"] {
      #expect(try !page("en/initiatives/\(slug)/index.html").contains { $0.name == "svg" }, "\(slug)")
    }
  }

  /// A search for an initiative's name finds its page, by the name in either language.
  @Test func searchFindsInitiativePages() throws {
    let page = "initiatives/ai-subsidy-scheme/index.html"
    let english = try SearchIndexTests.index("en", in: site)
    #expect(english.find("ai", "subsidi", "scheme").contains("en/\(page): AI Subsidy Scheme"))
    #expect(english.find("人工", "資助").contains("en/\(page): 人工智能資助計劃"))
    let chinese = try SearchIndexTests.index("zh-hant", in: site)
    #expect(chinese.find("人工", "資助").contains("zh-hant/\(page): 人工智能資助計劃"))
    let simplified = try SearchIndexTests.index("zh-hans", in: site)
    #expect(simplified.find("人工", "资助").contains("zh-hans/\(page): 人工智能资助计划"))
    let entry = try #require(english.pages.first { $0[1] as? String == "en/\(page)" })
    #expect(entry[0] as? String == "AI Subsidy Scheme")
    #expect(entry[2] as? String == "Initiatives · 1 mention")
    // The initiatives' pages are in a text file of their own, after every address's.
    let manifest = try #require(try SearchIndexTests.data(site["en/search/index.js"], name: "index") as? [String: Any])
    let names = try #require(manifest["files"] as? [String])
    #expect(names.count == 5)
    #expect(names.last == "texts-initiatives")
    #expect(
      Set(names)
        == Set(site.keys.filter { $0.hasPrefix("en/search/texts-") }.map { String($0.dropFirst(10).dropLast(3)) }))
    let pages = try #require(
      try SearchIndexTests.data(site["en/search/texts-initiatives.js"], name: "texts-initiatives") as? [[Any]])
    let initiativePages = site.keys.filter { $0.hasPrefix("en/initiatives/") && $0 != "en/initiatives/index.html" }
    #expect(pages.compactMap { $0[1] as? String }.sorted() == initiativePages.sorted())
  }

  @Test func indexListsEveryInitiativeOnce() throws {
    let elements = try page("zh-hant/initiatives/index.html")
    let list = try #require(elements.first { $0.name == "ul" && $0[attribute: "class"] == "initiatives" })
    let names = list.children.compactMap { node -> String? in
      guard case .element(let li) = node, li.name == "li" else { return nil }
      return li.descendants.first { $0.name == "a" }.map(text)
    }
    #expect(names.count == 12)
    #expect(Set(names).count == 12)
    // Most recently mentioned first: the 2024 Policy Address's initiatives lead.
    #expect(names.first == "創科產業引導基金")
    #expect(names.contains("新型工業化資助計劃"))
  }

  @Test func budgetChangesAreaByArea() throws {
    let path = "en/2024-02-28-budget/what-changed/index.html"
    let elements = try page(path)
    let lines = elements.filter { $0.name == "li" && $0[attribute: "class"]?.hasPrefix("change-") == true }.map(text)
    #expect(lines.contains { $0.hasPrefix("New · AI Subsidy Scheme · $3 billion") })
    #expect(
      lines.contains {
        $0.hasPrefix(
          "Continued · Technology Transfer Office · figures changed: no more than $8 million → no more than $16 million"
        )
      })
    #expect(lines.contains { $0.hasPrefix("No longer mentioned · Technology Voucher Programme · $600,000") })
    #expect(lines.contains { $0.hasPrefix("Continued · New Industrialisation Funding Scheme · up to $15 million") })
    #expect(lines.count == 6)
    let summary = elements.first { $0.name == "p" && $0[attribute: "class"] == "meta" }.map(text)
    #expect(summary == "2 new, 3 continued (1 with changed figures), 1 no longer mentioned")
    // Both addresses link to the page.
    for address in ["en/2024-02-28-budget/index.html", "en/2023-02-22-budget/index.html"] {
      let links = try page(address).compactMap { $0[attribute: "href"] }.map { resolve($0, from: address).path }
      #expect(links.contains(path), "\(address)")
    }
  }

  @Test func policyAddressChangesInChinese() throws {
    let elements = try page("zh-hant/2024-10-16-policy-address/what-changed/index.html")
    let lines = elements.filter { $0.name == "li" && $0[attribute: "class"]?.hasPrefix("change-") == true }.map(text)
    #expect(lines.contains { $0.hasPrefix("延續 · 創科創投基金 · 數字有變：20億元 → 15億元") })
    #expect(lines.contains { $0.hasPrefix("不再提及 · 前沿科技研究支援計劃") })
    #expect(lines.count == 7)
  }

  @Test func addressPageLinksItsDataFiles() throws {
    let path = "en/2023-02-22-budget/index.html"
    let links = try page(path).compactMap { $0[attribute: "href"] }.map { resolve($0, from: path).path }
    for file in [
      "data/2023-02-22-budget/figures.csv", "data/2023-02-22-budget/figures.json",
      "data/2023-02-22-budget/document.json", "en/open-data/index.html",
    ] {
      #expect(links.contains(file), "\(file)")
      #expect(site[file] != nil, "\(file)")
    }
  }

  @Test func dataDictionaryNamesEveryColumn() throws {
    let header = try #require(site["data/figures.csv"]?.text.split(separator: "\r\n").first)
    let columns = header.dropFirst().split(separator: ",").map(String.init)  // after the byte-order mark
    for language in ["en", "zh-hant"] {
      let names = try page("\(language)/open-data/index.html").filter { $0.name == "code" }.map(text)
      #expect(names == columns, "\(language)")
    }
  }

  @Test func figuresDashboardTotalsAndChart() throws {
    // The 2023-24 Budget states $10 billion and $8 million in its first area, $15 million and
    // $600,000 in its second (Tests/Corpus/README.md).
    let elements = try page("en/2023-02-22-budget/figures/index.html")
    let totals = elements.filter { $0.name == "tr" && $0[attribute: "class"] == "total" }.compactMap { row in
      row.descendants.first { $0.name == "data" }?[attribute: "value"]
    }
    #expect(totals == ["10008000000", "15600000", "10023600000"])
    let amounts = elements.filter { $0.name == "td" && $0[attribute: "class"] == "amount" }.compactMap { cell in
      cell.descendants.first { $0.name == "data" }?[attribute: "value"]
    }
    #expect(amounts == ["10000000000", "8000000", "10008000000", "15000000", "600000", "15600000", "10023600000"])

    let svg = try #require(elements.first { $0.name == "svg" })
    #expect(svg[attribute: "role"] == "img")
    let described = (svg[attribute: "aria-labelledby"] ?? "").split(separator: " ").map(String.init)
    let parts = svg.descendants.filter { described.contains($0[attribute: "id"] ?? "") }.map(\.name)
    #expect(parts == ["title", "desc"])
    let description = text(try #require(svg.descendants.first { $0.name == "desc" }))
    #expect(description.contains("$10.008 billion"))
    #expect(description.contains("$15.6 million"))
    #expect(svg.descendants.filter { $0.name == "rect" }.count == 2)
  }

  @Test func partsAndBoundsAreListedButNotAddedAgain() throws {
    let elements = try page("en/2024-02-28-budget/figures/index.html")
    let left = elements.filter { $0.name == "tr" && $0[attribute: "class"] == "not-added" }.map(text)
    #expect(left.count == 4)
    #expect(left.allSatisfy { $0.contains("(within $10 billion, not added again)") })
    let totals = elements.filter { $0.name == "tr" && $0[attribute: "class"] == "total" }.compactMap { row in
      row.descendants.first { $0.name == "data" }?[attribute: "value"]
    }
    #expect(totals == ["23016000000", "10015000000", "33031000000"])
  }

  /// Each row says what its figure pays for and links to the bullet that states it: the two
  /// `$10 billion` rows of the Budget's first area differ.
  @Test func eachFigureSaysWhatItPaysFor() throws {
    for (path, expected) in [
      (
        "en/2024-02-28-budget/figures/index.html",
        [
          "Research, Academic and Industry Sectors One-plus Scheme",
          "From the $10 billion earmarked to promote the development",
          "Allocate $6 billion to subsidise local universities in", "AI Subsidy Scheme",
        ]
      ),
      (
        "zh-hant/2024-02-28-budget/figures/index.html",
        ["產學研1+計劃", "從已預留用作推動生命健康科技發展的100億元：", "撥出60億元資助本地大學設立跨院校、跨學科的生命健康研發院", "人工智能資助計劃"]
      ),
    ] {
      let elements = try page(path)
      let rows = elements.filter { $0.name == "tbody" }[0].descendants.filter { $0.name == "tr" }
      let cells = rows.filter { $0[attribute: "class"] != "total" }.dropFirst()
        .compactMap { $0.descendants.first { $0.name == "td" } }
      let names = cells.map(text).prefix(4).map { $0.hasSuffix("…") ? String($0.dropLast()) : $0 }
      #expect(names == expected, "\(path)")
      for cell in cells {
        let href = try #require(cell.descendants.first { $0.name == "a" }?[attribute: "href"])
        let (target, fragment) = resolve(href, from: path)
        let anchor = try #require(fragment, "\(href)")
        #expect(try page(target).contains { $0[attribute: "id"] == anchor }, "\(href)")
      }
    }
  }

  @Test func siteFiguresInChinese() throws {
    let elements = try page("zh-hant/figures/index.html")
    let rows = elements.filter { $0.name == "tr" }.compactMap { row -> String? in
      row.descendants.first { $0.name == "data" }?[attribute: "value"]
    }
    // Newest first. The 2024-25 Budget states, each sum once, $3 billion, $10 billion, $16 million
    // and $10 billion earmarked (not the parts listed under it) in its first area, and $10 billion
    // (not its bound of $200 million per enterprise) and $15 million in its second: $33.031 billion.
    #expect(rows.count == 4)
    #expect(rows[1] == "33031000000")
    let description = text(try #require(elements.first { $0.name == "desc" }))
    #expect(description.contains("330.31億元"))
  }

  /// The Simplified pages show the names, bullets, figures and words in Simplified characters.
  @Test func simplifiedPagesAreConverted() throws {
    let index = try page("zh-hans/initiatives/index.html")
    let list = try #require(index.first { $0.name == "ul" && $0[attribute: "class"] == "initiatives" })
    let names = list.descendants.filter { $0.name == "a" && $0[attribute: "href"]?.hasSuffix("/index.html") == true }
      .map(text)
    #expect(names.first == "创科产业引导基金")
    #expect(names.contains("新型工业化资助计划"))
    #expect(text(try #require(index.first { $0.name == "main" })).contains("各文件提及的所有措施，按最近提及的先后排列。"))

    let timeline = try page("zh-hans/initiatives/new-industrialisation-acceleration-scheme/index.html")
    #expect(text(try #require(timeline.first { $0.name == "h1" })) == "新型工业加速计划")
    #expect(timeline.filter { $0.name == "h2" }.map(text) == ["历年金额", "提及纪录（由新至旧）"])

    let changes = try page("zh-hans/2024-10-16-policy-address/what-changed/index.html")
    let lines = changes.filter { $0.name == "li" && $0[attribute: "class"]?.hasPrefix("change-") == true }.map(text)
    #expect(lines.contains { $0.hasPrefix("延续 · 创科创投基金 · 数字有变：20亿元 → 15亿元") })
    #expect(lines.count == 7)

    let figures = try page("zh-hans/2023-02-22-budget/figures/index.html")
    let body = text(try #require(figures.first { $0.name == "main" }))
    #expect(body.contains("100.08亿元"))
    #expect(!body.contains("億"))
    #expect(!body.contains("萬"))
  }
}

extension CorpusPageTests {
  /// A bullet that names an initiative in Chinese only is named, on an English page, by the
  /// English name another address gives it; a bullet that names two gives each its own figure.
  @Test func paidForInTheOtherAddressesEnglish() throws {
    let policyAddress = """
      行政長官2024年施政報告
      Chief Executive's 2024 Policy Address

      16/10/2024



      # 1. 創科
      # 1. I&T

      - InnoHK創新香港研發平台
      InnoHK Research Clusters

      """
    let budget = """
      2024-25年度財政預算案
      2024-25 Budget

      28/2/2024



      # 1. 創科
      # 1. I&T

      - ◆ 撥出**20億元**支持「InnoHK創新香港研發平台」進駐河套，以及撥出**2億元**支援初創企業，助力設立「**生命健康創新科研中心 InnoLife Healthtech Hub**」
      Allocate **\\$2 billion** to support the *InnoHK* research clusters to establish presence in the Loop and another **\\$200 million** to assist start-ups, thereby facilitating the setting up of the **InnoLife Healthtech Hub**

      """
    let documents = try [("pa.txt", policyAddress), ("budget.txt", budget)].map { name, text in
      try #require(DocumentReader.read(Array(text.utf8), path: name).document)
    }
    let files = SiteGenerator.generate(documents, templates: Fixtures.templates, options: SiteOptions())
    let figures = try #require(files.first { $0.path == "en/2024-02-28-budget/figures/index.html" })
    let rows = try #require(Fixtures.html(figures).first { $0.name == "tbody" }).descendants.filter { $0.name == "tr" }
    let paidFor = rows.filter { $0[attribute: "class"] != "total" }.compactMap {
      $0.descendants.first { $0.name == "td" }
    }
    .map(text)
    // Each of the bullet's figures pays for its own initiative, on the figures page and in the
    // address page's key figures, in Simplified Chinese too.
    #expect(paidFor == ["InnoHK Research Clusters", "InnoLife Healthtech Hub"])
    for (path, expected) in [
      (
        "en/2024-02-28-budget/index.html",
        ["$2 billion · InnoHK Research Clusters", "$200 million · InnoLife Healthtech Hub"]
      ),
      ("zh-hans/2024-02-28-budget/index.html", ["20亿元 · InnoHK创新香港研发平台", "2亿元 · 生命健康创新科研中心 InnoLife Healthtech Hub"]),
    ] {
      let page = try #require(files.first { $0.path == path })
      let items = Fixtures.html(page).filter { $0.name == "li" }.map(text).filter { $0.contains(" · ") }
      #expect(Array(items.prefix(2)) == expected, "\(path)")
    }
  }
}

extension MarkupElement {
  /// Every element inside this one, in document order.
  var descendants: [MarkupElement] { children.allElements }
}
