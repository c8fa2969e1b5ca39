import DiglotModel
import DiglotXML
import Testing

@testable import DiglotSite

@Suite struct FeedTests {
  /// Past the limit of URLs in one file (50,000; 10 here), `sitemap.xml` is an index of files that
  /// hold every page once between them, none more than the limit.
  @Test func aLargeSitemapIsSplitUnderAnIndex() throws {
    let base = "https://www.example.gov.hk/policy/"
    let plan = SitePlan(documents: [Fixtures.budget, Fixtures.policyAddress])
    var renderer = SiteRenderer(plan: plan, templates: Fixtures.templates, options: SiteOptions(baseURL: base))
    let pages = Set(plan.pages.filter { $0.kind != .notFound }.map { base + plan.path(of: $0) })
    #expect(pages.count > 20 && pages.count % 10 != 0)
    func files() -> [String: [UInt8]] {
      Dictionary(
        uniqueKeysWithValues: renderer.sitemapEntries().map { ($0.path, $0.contents ?? []) })
    }
    func locations(_ bytes: [UInt8]?, in element: String) -> [String] {
      let parsed = XML.parse(bytes ?? [])
      #expect(parsed.problems == [])
      return parsed.nodes.allElements.filter { $0.name == element }.compactMap { entry in
        [MarkupNode.element(entry)].allElements.first { $0.name == "loc" }?.textContent
      }
    }
    // Under the limit: one file, as before.
    #expect(Set(locations(files()["sitemap.xml"], in: "url")) == pages)

    renderer = SiteRenderer(
      plan: plan, templates: Fixtures.templates, options: SiteOptions(baseURL: base), urlsPerSitemap: 10)
    let split = files()
    let children = (1...(pages.count + 9) / 10).map { "sitemap-\($0).xml" }
    #expect(split.keys.sorted() == (["sitemap.xml"] + children).sorted())
    let index = XML.parse(split["sitemap.xml"] ?? []).nodes.allElements
    #expect(index.first?.name == "sitemapindex")
    #expect(locations(split["sitemap.xml"], in: "sitemap") == children.map { base + $0 })
    var listed: [String] = []
    for child in children {
      let urls = locations(split[child], in: "url")
      #expect(urls.count <= 10 && !urls.isEmpty, "\(child)")
      listed += urls
    }
    #expect(listed.count == pages.count)
    #expect(Set(listed) == pages)
  }

  @Test func listsEveryPageWithAlternatesInTheSitemap() throws {
    let base = "https://www.example.gov.hk/policy/"
    let site = Fixtures.site(options: SiteOptions(baseURL: base))
    let sitemap = try #require(site["sitemap.xml"])
    let parsed = XML.parse(sitemap.contents)
    #expect(parsed.problems == [])
    let root = try #require(parsed.nodes.first?.element)
    #expect(root.name == "urlset")
    #expect(root[attribute: "xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
    let urls = root.children.compactMap(\.element)
    let pages = site.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
    #expect(
      urls.compactMap { $0.children.compactMap(\.element).first { $0.name == "loc" }?.textContent }
        == pages.map { base + $0 })
    for url in urls {
      let links = url.children.compactMap(\.element).filter { $0.name == "xhtml:link" }
      #expect(links.map { $0[attribute: "hreflang"] } == ["en", "zh-Hant-HK", "zh-Hans", "x-default"])
      #expect(links.allSatisfy { site[($0[attribute: "href"] ?? "").replacing(base, with: "")] != nil })
    }
  }

  @Test func leavesTheSitemapOutWithoutABaseURL() throws {
    // The sitemap protocol allows only absolute URLs.
    #expect(Fixtures.site()["sitemap.xml"] == nil)
  }

  @Test func usesAbsoluteURLsWithABaseURL() throws {
    let site = Fixtures.site(options: SiteOptions(baseURL: "https://www.example.gov.hk/policy/"))
    let sitemap = try #require(site["sitemap.xml"]).text
    #expect(sitemap.contains("<loc>https://www.example.gov.hk/policy/zh-hant/2024-02-29-budget/index.html</loc>"))
    #expect(
      sitemap.contains("hreflang=\"en\" href=\"https://www.example.gov.hk/policy/en/2024-02-29-budget/index.html\""))
    let feed = try #require(site["zh-hant/feed.xml"]).text
    #expect(feed.contains("<id>https://www.example.gov.hk/policy/zh-hant/2024-02-29-budget/index.html</id>"))
    #expect(feed.contains("<link rel=\"self\" href=\"https://www.example.gov.hk/policy/zh-hant/feed.xml\"/>"))
  }

  @Test func writesOneAtomEntryPerAddressNewestFirst() throws {
    let site = Fixtures.site()
    for language in SiteLanguage.allCases {
      let path = "\(language.folder)/feed.xml"
      let parsed = XML.parse(try #require(site[path]).contents)
      #expect(parsed.problems == [])
      let feed = try #require(parsed.nodes.first?.element)
      #expect(feed.name == "feed")
      #expect(feed[attribute: "xmlns"] == "http://www.w3.org/2005/Atom")
      #expect(feed[attribute: "xml:lang"] == language.tag)
      let children = feed.children.compactMap(\.element)
      #expect(children.first { $0.name == "updated" }?.textContent == "2024-02-29T00:00:00Z")
      #expect(
        children.contains { $0.name == "id" } && children.contains { $0.name == "title" }
          && children.contains { $0.name == "author" })
      let entries = children.filter { $0.name == "entry" }.map { $0.children.compactMap(\.element) }
      #expect(entries.count == 2)
      #expect(
        entries.map { $0.first { $0.name == "updated" }?.textContent } == [
          "2024-02-29T00:00:00Z", "2023-10-25T00:00:00Z",
        ])
      for entry in entries {
        #expect(entry.first { $0.name == "id" }?.textContent.hasPrefix("urn:") == true)
        let href = try #require(entry.first { $0.name == "link" }?[attribute: "href"])
        #expect(site["\(language.folder)/\(href)"] != nil)
      }
      let titles = entries.map { $0.first { $0.name == "title" }?.textContent }
      let budget = ["en": "2024-25 Budget", "zh-hant": "2024-25年度財政預算案", "zh-hans": "2024-25年度财政预算案"]
      #expect(titles.first == budget[language.folder])
    }
  }
}
