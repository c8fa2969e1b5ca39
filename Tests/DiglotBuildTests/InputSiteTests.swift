import DiglotBuild
import DiglotModel
import DiglotReader
import DiglotXML
import Foundation
import Testing

/// The site built from the examples in `Input/`, checked page by page against their trees.
@Suite(.serialized) struct InputSiteTests {
  let project: Project
  let site: [String: Data]
  let documents: [Document]

  init() throws {
    project = try Project()
    // Without a base URL, so that every link is relative.
    let report = try SiteBuild.run(project.options(baseURL: nil))
    #expect(report.failure == nil)
    site = try files(in: project.output)
    let input = project.input
    documents = try ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"].map { name in
      let url = input.appendingPathComponent(name)
      return try #require(DocumentReader.read([UInt8](try Data(contentsOf: url)), path: url.path).document)
    }
  }

  func elements(_ path: String) throws -> [MarkupElement] {
    let bytes = [UInt8](try #require(site[path], "\(path) is missing"))
    return HTML.parse(bytes).nodes.allElements
  }

  @Test func thePageSetIsThreeLanguagesTimesHomeSearchOverviewsAndAreas() throws {
    defer { project.remove() }
    let pages = site.keys.filter { $0.hasSuffix(".html") }.sorted()
    for language in ["en", "zh-hant", "zh-hans"] {
      let own = pages.filter { $0.hasPrefix(language + "/") }
      let initiatives = own.filter { $0.hasPrefix("\(language)/initiatives/") && $0.split(separator: "/").count == 4 }
      #expect(initiatives.count > 0)
      // Home, search, initiatives, open data, money figures, the team's 2 pages, the site map, 2 overviews,
      // their 2 figures pages, 6 areas, and the initiatives; no comparison (a Budget and a Policy Address).
      #expect(own.count == 1 + 1 + 1 + 1 + 1 + 2 + 1 + 2 + 2 + 6 + initiatives.count, "\(language): \(own)")
      #expect(own.contains("\(language)/index.html"))
      #expect(own.contains("\(language)/search/index.html"))
      #expect(own.filter { $0.split(separator: "/").count == 3 }.count == 7 + 2)  // the site's pages and the overviews
      #expect(own.filter { $0.split(separator: "/").count == 4 }.count == 6 + 2 + initiatives.count)
      #expect(!own.contains { $0.contains("/what-changed/") })
    }
    #expect(Set(pages.filter { !$0.contains("/") }) == ["index.html", "404.html"])
    // The 32 pages of the addresses, and in each language the 3 site pages, the team's 2, the site map, 2 money
    // figures pages and the initiatives.
    let initiatives = pages.filter { $0.contains("/initiatives/") && $0.split(separator: "/").count == 4 }
    #expect(pages.count == 32 + 3 * (3 + 2 + 1 + 2) + initiatives.count)
  }

  @Test func eachAreaPageShowsItsTopicsAndFiguresInItsLanguage() throws {
    defer { project.remove() }
    let slugs = ["2024-02-29-budget", "2024-10-18-policy-address"]
    for (document, slug) in zip(documents, slugs) {
      // The address's folders other than its money figures' page are its areas'.
      let areaFolders = site.keys.filter { $0.hasPrefix("en/\(slug)/") && $0.split(separator: "/").count == 4 }
        .map { $0.split(separator: "/")[2] }.filter { $0 != "figures" }.sorted {
          Int($0.prefix { $0.isNumber })! < Int($1.prefix { $0.isNumber })!
        }
      #expect(areaFolders.count == document.areas.count)
      for (area, folder) in zip(document.areas, areaFolders) {
        for (language, side) in [("en", \Bilingual.en), ("zh-hant", \Bilingual.zh)] {
          let path = "\(language)/\(slug)/\(folder)/index.html"
          let page = try elements(path)
          let html = try #require(page.first { $0.name == "html" })
          #expect(html[attribute: "lang"] == (language == "en" ? "en" : "zh-Hant-HK"))
          let headings = page.filter { ["h1", "h2", "h3"].contains($0.name) }.map(\.textContent)
          for topic in area.topics {
            let title = try #require(topic.title[keyPath: side]?.plainText)
            #expect(headings.contains { $0.contains(title) }, "\(path): topic \(title) is missing")
          }
          let data = page.filter { $0.name == "data" }.map { ($0[attribute: "value"] ?? "", $0.textContent) }
          let figures = (area.blocks + area.topics.flatMap(\.blocks)).flatMap(\.texts).flatMap(\.figures)
          for figure in figures where figure.kind == .money {
            let amount = try #require(language == "en" ? figure.en : figure.zh)
            #expect(
              data.contains { $0.0 == amount.valueString && $0.1.contains(amount.written) },
              "\(path): \(amount.written) is not marked up with value \(amount.valueString)")
          }
          // The Simplified page marks the same figures as the Traditional one.
          if language == "zh-hant" {
            let simplified = try elements("zh-hans/\(slug)/\(folder)/index.html").filter { $0.name == "data" }
            #expect(simplified.map { $0[attribute: "value"] } == data.map(\.0))
          }
        }
      }
    }
  }

  @Test func everySwitchAndAlternateLeadsToTheCounterparts() throws {
    defer { project.remove() }
    let tags = ["en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"]
    for path in site.keys where path.hasSuffix(".html") && path.contains("/") {
      let folder = String(path.prefix { $0 != "/" })
      let rest = path.dropFirst(folder.count)
      let page = try elements(path)
      let switchLinks = page.filter { $0.name == "a" && $0[attribute: "hreflang"] != nil }
      let alternates = page.filter { $0.name == "link" && $0[attribute: "rel"] == "alternate" }
      let byLanguage = Dictionary(
        alternates.map { ($0[attribute: "hreflang"] ?? "", resolve($0[attribute: "href"] ?? "", from: path)) },
        uniquingKeysWith: { a, _ in a })
      for (language, tag) in tags {
        #expect(byLanguage[tag] == language + rest, "\(path): alternate \(tag)")
        let link = switchLinks.first { $0[attribute: "hreflang"] == tag }
        if language == folder {
          #expect(link == nil, "\(path) links to itself")
        } else {
          #expect(link.map { resolve($0[attribute: "href"] ?? "", from: path) } == language + rest, "\(path): \(tag)")
        }
      }
      #expect(byLanguage["x-default"].map { site[$0] != nil } == true)
    }
  }

  @Test func theSitemapAndFeedsAreCompleteAndWellFormed() throws {
    defer { project.remove() }
    // A sitemap needs absolute URLs: there is one only with a base URL.
    #expect(site["sitemap.xml"] == nil)
    let published = project.root.appendingPathComponent("Published")
    #expect(try SiteBuild.run(project.options(output: published)).failure == nil)
    let sitemap = XML.parse([UInt8](try #require(try files(in: published)["sitemap.xml"])))
    #expect(!sitemap.hasErrors)
    let locations = Set(sitemap.nodes.allElements.filter { $0.name == "loc" }.map(\.textContent))
    let pages = Set(site.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" })
    #expect(locations == Set(pages.map { "https://www.example.gov.hk/policy/" + $0 }))
    for feed in ["en/feed.xml", "zh-hant/feed.xml", "zh-hans/feed.xml"] {
      let parsed = XML.parse([UInt8](try #require(site[feed])))
      #expect(!parsed.hasErrors)
      #expect(parsed.nodes.allElements.filter { $0.name == "entry" }.count == 2)
    }
  }

  /// The site path a relative link from the page at `path` leads to.
  func resolve(_ href: String, from path: String) -> String {
    var parts = path.split(separator: "/").dropLast().map(String.init)
    for part in href.split(separator: "/") {
      if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
    }
    return parts.joined(separator: "/")
  }
}
