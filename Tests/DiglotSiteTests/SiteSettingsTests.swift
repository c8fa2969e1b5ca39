import DiglotModel
import DiglotTestSupport
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// `Templates/site.json`: the site's name, base URL, languages and footer links.
@Suite struct SiteSettingsTests {
  func read(_ json: String) -> (SiteOptions, [String]) {
    let (options, problems) = SiteSettings.parse(Data(json.utf8), path: "Templates/site.json")
    return (options, problems.map(\.description))
  }

  @Test func theShippedSettingsReadCleanlyAndNameTheSiteAsBuiltIn() throws {
    let folder = packageRoot.appendingPathComponent("Templates")
    let (options, problems) = SiteSettings.read(in: folder)
    #expect(problems.isEmpty)
    #expect(options.baseURL == nil)
    #expect(options.languages == SiteLanguage.allCases)
    for language in SiteLanguage.allCases {
      #expect(options.siteNames[language] == Labels.of(language).siteName)
    }
    #expect(options.footerLinks.first?.href[.chinese] == "https://www.gov.hk/tc/")
  }

  @Test func everySettingIsRead() {
    let (options, problems) = read(
      #"""
      {"siteName": {"en": "ITIB", "zh-Hant-HK": "創科"}, "baseURL": "https://www.example.gov.hk/itib/",
       "languages": ["en", "zh-hant"],
       "footerLinks": [{"text": "GovHK", "href": "https://www.gov.hk/"}]}
      """#)
    #expect(problems.isEmpty)
    #expect(options.siteNames == [.english: "ITIB", .chinese: "創科"])
    #expect(options.baseURL == "https://www.example.gov.hk/itib/")
    #expect(options.languages == [.english, .chinese])
    #expect(options.footerLinks.count == 1)
    #expect(options.footerLinks[0].text[.simplified] == "GovHK")
  }

  @Test(arguments: [
    (
      "{\n  \"baseUrl\": \"x\"\n}",
      "Templates/site.json:2:3: error: unknown setting \"baseUrl\" (known: siteName, baseURL, languages, footerLinks)"
    ),
    (
      "{\n  \"baseURL\": \"www.example.gov.hk\"\n}",
      "Templates/site.json:2:3: error: \"baseURL\" must be the site's address, as https://www.example.gov.hk/policy/, or \"\""
    ),
    (
      "{\"languages\": [\"en\", \"fr\"]}",
      "Templates/site.json:1:2: error: \"languages\" must list one or more of en, zh-hant, zh-hans"
    ),
    (
      "{\"siteName\": {\"fr\": \"Politique\"}}",
      "Templates/site.json:1:15: error: unknown language \"fr\" (known: en, zh-hant, zh-hans)"
    ),
    (
      "{\"footerLinks\": [{\"text\": \"GovHK\", \"href\": \"gov.hk\"}]}",
      "Templates/site.json:1:36: error: a footer link's \"href\" must be an absolute URL, as https://www.gov.hk/en/"
    ),
    (
      "[]",
      "Templates/site.json:1:1: error: expected a JSON object of settings (siteName, baseURL, languages, footerLinks)"
    ),
  ])
  func mistakesAreErrorsWithTheirPlace(json: String, expected: String) {
    #expect(read(json).1 == [expected])
  }

  @Test func footerLinksAreOnEveryPageInItsLanguage() throws {
    let link = FooterLink(
      text: [.english: "GovHK", .chinese: "香港政府一站通"],
      href: [.english: "https://www.gov.hk/en/", .chinese: "https://www.gov.hk/tc/"])
    let site = Fixtures.site(options: SiteOptions(footerLinks: [link]))
    for (path, words, href) in [
      ("en/2024-02-29-budget/index.html", "GovHK", "https://www.gov.hk/en/"),
      ("zh-hant/index.html", "香港政府一站通", "https://www.gov.hk/tc/"),
      // A language the link does not name has its English.
      ("zh-hans/search/index.html", "GovHK", "https://www.gov.hk/en/"),
    ] {
      let elements = Fixtures.html(site[path])
      let list = try #require(elements.first { $0[attribute: "class"] == "footer-links" }, "\(path)")
      let anchors = [MarkupNode.element(list)].allElements.filter { $0.name == "a" }
      // After the links to the pages the team writes in the templates and to the site map.
      #expect(anchors.count == Fixtures.templates.pages.count + 2, "\(path)")
      #expect(anchors.last?.textContent == words, "\(path)")
      #expect(anchors.last?[attribute: "href"] == href, "\(path)")
    }

  }
}
