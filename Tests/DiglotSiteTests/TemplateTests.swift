import DiglotModel
import DiglotTestSupport
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

@Suite struct TemplateTests {
  static let minimal = """
    <!DOCTYPE html>
    <html>
    <head><meta charset="utf-8"><title data-slot="title"></title></head>
    <body>
    <a href="#content" data-slot="skip-link"></a>
    <div class="banner"><img src="assets/logo.png" alt=""> <nav data-slot="language"></nav></div>
    <nav data-slot="breadcrumbs"></nav>
    <main id="content" data-slot="content"></main>
    <footer><a href="https://www.gov.hk/">GovHK</a></footer>
    </body>
    </html>
    """

  func messages(_ template: String) -> [String] {
    Templates.parse(page: Array(template.utf8), path: "Templates/page.html").1.map(\.description)
  }

  @Test func fillsAUserTemplateAndKeepsItsMarkup() throws {
    let (parsed, diagnostics) = Templates.parse(page: Array(Self.minimal.utf8), path: "Templates/page.html")
    #expect(diagnostics == [])
    let templates = try #require(parsed)
    let files = SiteGenerator.generate([Fixtures.budget], templates: templates, options: SiteOptions())
    let page = try #require(files.first { $0.path == "en/2024-02-29-budget/index.html" }).text
    #expect(
      page.contains(
        "<div class=\"banner\"><img src=\"../../assets/logo.png\" alt=\"\"> <nav aria-label=\"Language\"><ul>\n<li><span"
      ))
    #expect(page.contains("<a href=\"#content\">Skip to content</a>"))
    #expect(page.contains("<footer><a href=\"https://www.gov.hk/\">GovHK</a></footer>"))
    #expect(page.contains("<title>2024-25 Budget · Policy Highlights</title>"))
    #expect(!page.contains("data-slot"))
    #expect(!files.contains { $0.path.hasPrefix("assets/") })
  }

  @Test func reportsAMissingSlotWithPathLineAndColumn() {
    let template = Self.minimal.replacing(#"<main id="content" data-slot="content"></main>"#, with: "<main></main>")
    #expect(
      messages(template) == [#"Templates/page.html:4:1: error: the template has no element with data-slot="content""#])
    #expect(Templates.parse(page: Array(template.utf8), path: "page.html").0 == nil)
  }

  @Test func reportsBrokenMarkupWithPathLineAndColumn() {
    let template = Self.minimal.replacing(
      "<nav data-slot=\"breadcrumbs\"></nav>", with: "<nav data-slot=\"breadcrumbs\">")
    #expect(messages(template) == ["Templates/page.html:7:1: error: element <nav> is not closed"])
  }

  @Test func reportsASkipLinkThatMissesTheContent() {
    let template = Self.minimal.replacing(#"<main id="content""#, with: #"<main id="main""#)
    #expect(
      messages(template) == [
        "Templates/page.html:5:1: error: the skip-link slot must be an <a> linking to the id of the content slot's element"
      ])
  }

  @Test func reportsUnknownAndMisplacedSlots() {
    let template = Self.minimal
      .replacing("<footer>", with: "<footer data-slot=\"foot\">")
      .replacing("<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\" data-slot=\"content\">")
    #expect(
      messages(template) == [
        #"Templates/page.html:3:7: error: slot "content" cannot be on <meta>"#,
        #"Templates/page.html:9:1: error: unknown slot "foot" (known slots: title, skip-link, language, conversion-note, breadcrumbs, content, site-name, feed, text-size, print-line, revised, footer-links, search)"#,
      ])
  }

  /// The revision line is filled after the rest of the page, so no filled element may hold it.
  @Test func theRevisionLineCannotBeInsideAFilledElement() {
    let inSlot = Self.minimal.replacing(
      "<footer>", with: "<footer><div data-slot=\"feed\"><p data-slot=\"revised\"></p></div>")
    #expect(
      messages(inSlot) == [
        #"Templates/page.html:9:31: error: slot "revised" cannot be inside an element that the page fills"#
      ])
    let inLink = Self.minimal.replacing(
      "<footer>", with: "<footer><a href=\"assets/notes.html\"><span data-slot=\"revised\"></span></a>")
    #expect(messages(inLink).count == 1)
    #expect(messages(Self.minimal.replacing("<footer>", with: "<footer><p data-slot=\"revised\"></p>")) == [])
  }

  @Test func requiresTheUTF8Charset() {
    let template = Self.minimal.replacing("<meta charset=\"utf-8\">", with: "")
    #expect(messages(template) == [#"Templates/page.html:4:1: error: the template has no <meta charset="utf-8">"#])
  }

  @Test func loadsThePageAndAssetsFromAFolder() throws {
    let folder = try temporaryFolder("diglot-templates")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("assets/fonts"), withIntermediateDirectories: true)
    try Data(Self.minimal.utf8).write(to: folder.appendingPathComponent("page.html"))
    try Data("body{}".utf8).write(to: folder.appendingPathComponent("assets/site.css"))
    try Data([0, 1, 2]).write(to: folder.appendingPathComponent("assets/fonts/a.woff2"))
    try Data().write(to: folder.appendingPathComponent("assets/.DS_Store"))

    let (templates, diagnostics) = Templates.load(from: folder)
    #expect(diagnostics == [])
    #expect(
      templates?.assets == [
        SiteFile(path: "assets/fonts/a.woff2", contents: [0, 1, 2]),
        SiteFile(path: "assets/site.css", contents: Array("body{}".utf8)),
      ])

    try FileManager.default.removeItem(at: folder.appendingPathComponent("page.html"))
    let (missing, problems) = Templates.load(from: folder)
    #expect(missing == nil)
    #expect(
      problems.map(\.description) == [
        folder.appendingPathComponent("page.html").relativePath + ":1:1: error: cannot read the page template"
      ])
  }

  @Test func theLanguageSwitchMustBeAbleToHoldAList() {
    let template = Self.minimal.replacing(
      #"<nav data-slot="language"></nav>"#, with: #"<span data-slot="language"></span>"#)
    #expect(
      messages(template) == [
        "Templates/page.html:6:56: error: the language slot must be on a <nav> or a <div>: it holds a list"
      ])
  }

  @Test func theShippedTemplatesLoadCleanly() {
    #expect(Fixtures.templates.assets.map(\.path) == ["assets/search.js", "assets/site.css", "assets/text-size.js"])
  }
}

/// `labels.json`: the interface's words, changed without touching Swift.
@Suite struct TemplateWordTests {
  func folder(labels: String?, site: String? = nil) throws -> URL {
    let folder = try temporaryFolder("diglot-words")
    let shipped = packageRoot.appendingPathComponent("Templates/page.html")
    try FileManager.default.copyItem(at: shipped, to: folder.appendingPathComponent("page.html"))
    try labels?.write(to: folder.appendingPathComponent("labels.json"), atomically: true, encoding: .utf8)
    try site?.write(to: folder.appendingPathComponent("site.json"), atomically: true, encoding: .utf8)
    return folder
  }

  /// The site of the budget fixture, built with the shipped page and these words and settings.
  func site(labels: String?, site: String?) throws -> [SiteFile] {
    let folder = try folder(labels: labels, site: site)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (loaded, diagnostics) = Templates.load(from: folder)
    let (options, problems) = SiteSettings.read(in: folder)
    #expect(diagnostics.isEmpty && problems.isEmpty)
    return SiteGenerator.generate([Fixtures.budget], templates: try #require(loaded), options: options)
  }

  @Test func aChangedSiteNameIsOnEveryPage() throws {
    let files = try site(labels: nil, site: #"{"siteName": {"en": "ITIB Highlights", "zh-hant": "創科重點"}}"#)
    let english = try #require(files.first { $0.path == "en/index.html" })
    let chinese = try #require(files.first { $0.path == "zh-hant/index.html" })
    #expect(String(decoding: english.contents, as: UTF8.self).contains("<title>ITIB Highlights</title>"))
    #expect(String(decoding: chinese.contents, as: UTF8.self).contains("<title>創科重點</title>"))
    // Words left out keep their built-in text.
    #expect(String(decoding: english.contents, as: UTF8.self).contains("Skip to content"))
  }

  @Test func simplifiedWordsCanBeChangedOnTheirOwn() throws {
    let files = try site(labels: #"{"zh-Hans": {"home": "首页"}}"#, site: #"{"siteName": {"zh-hans": "创科重点"}}"#)
    let simplified = try #require(files.first { $0.path == "zh-hans/2024-02-29-budget/index.html" }).text
    #expect(simplified.contains("<title>2024-25年度财政预算案 · 创科重点</title>"))
    #expect(simplified.contains(">首页</a>"))
    #expect(simplified.contains("本网页由电脑从繁体中文版自动转换而成。"))
    let traditional = try #require(files.first { $0.path == "zh-hant/2024-02-29-budget/index.html" }).text
    #expect(traditional.contains("<title>2024-25年度財政預算案 · 施政重點</title>"))
    #expect(traditional.contains(">主頁</a>"))
  }

  /// The words of the pages across addresses are in the same file, in every language.
  @Test func corpusPageWordsCanBeChanged() throws {
    let labels = #"{"en": {"initiatives": "Schemes", "mentionOne": "named once"}, "zh-Hans": {"initiatives": "政策措施"}}"#
    let folder = try folder(labels: labels)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (loaded, diagnostics) = Templates.load(from: folder)
    #expect(diagnostics.isEmpty)
    let templates = try #require(loaded)
    let files = SiteGenerator.generate(
      [Fixtures.budget, Fixtures.policyAddress], templates: templates, options: SiteOptions())
    let english = try #require(files.first { $0.path == "en/initiatives/index.html" }).text
    #expect(english.contains("<h1>Schemes</h1>"))
    #expect(english.contains("named once"))
    let simplified = try #require(files.first { $0.path == "zh-hans/initiatives/index.html" }).text
    #expect(simplified.contains("<h1>政策措施</h1>"))
    let traditional = try #require(files.first { $0.path == "zh-hant/initiatives/index.html" }).text
    #expect(traditional.contains("<h1>措施</h1>"))
  }

  @Test func theSiteNameIsASettingNotAWord() throws {
    let folder = try folder(labels: "{\n  \"en\": {\"siteName\": \"ITIB Highlights\"}\n}\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (loaded, diagnostics) = Templates.load(from: folder)
    #expect(loaded == nil)
    #expect(diagnostics.map(\.message) == ["the site's name is set in site.json, as \"siteName\""])
    #expect(diagnostics.first?.position == SourcePosition(line: 2, column: 10))
  }

  /// The built-in Simplified words are written out; they must be what OpenCC makes of the
  /// Traditional ones, so the two never drift apart.
  @Test func theBuiltInSimplifiedWordsAreTheTraditionalConverted() throws {
    let traditional = Labels.of(.chinese)
    let simplified = Labels.of(.simplified)
    for (name, word) in Labels.names.sorted(by: { $0.key < $1.key }) {
      #expect(simplified[keyPath: word] == SimplifiedChinese.convert(traditional[keyPath: word]), "\(name)")
    }
    #expect(simplified.siteName == SimplifiedChinese.convert(traditional.siteName))
    for kind in [DocumentKind.budget, .policyAddress, .other] {
      #expect(Labels.kind(kind, in: .simplified) == SimplifiedChinese.convert(Labels.kind(kind, in: .chinese)))
    }
    for qualifier in Qualifier.allCases {
      #expect(
        Labels.qualifier(qualifier, in: .simplified)
          == SimplifiedChinese.convert(Labels.qualifier(qualifier, in: .chinese)))
    }
    #expect(Labels.untitledArea(3, in: .simplified) == SimplifiedChinese.convert(Labels.untitledArea(3, in: .chinese)))
    // The shipped labels.json says the same as the built-in words.
    let (words, problems) = Templates.readWords(in: packageRoot.appendingPathComponent("Templates"))
    #expect(problems.isEmpty)
    // It names every word in every language, so the team finds them all there.
    let shipped = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: packageRoot.appendingPathComponent("Templates/labels.json")))
        as? [String: [String: String]])
    for tag in ["en", "zh-Hant-HK", "zh-Hans"] {
      #expect(Set(shipped[tag]?.keys ?? [:].keys) == Set(Labels.names.keys), "\(tag)")
    }
    #expect(Labels.names.count == 27 + CorpusWords.names.count, "no name stands for two words")
    for language in SiteLanguage.allCases {
      for (name, word) in Labels.names {
        #expect(words[language]?[keyPath: word] == Labels.of(language)[keyPath: word], "\(language) \(name)")
      }
    }
  }

  @Test func unknownNamesAreErrorsWithTheirLine() throws {
    let folder = try folder(labels: "{\n  \"en\": {\n    \"siteNmae\": \"Typo\"\n  },\n  \"fr\": {}\n}\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (loaded, diagnostics) = Templates.load(from: folder)
    #expect(loaded == nil)
    let messages = diagnostics.map { "\($0.position.line):\($0.position.column): \($0.message)" }
    #expect(messages.contains { $0.hasPrefix("3:5: unknown word \"siteNmae\"") })
    #expect(messages.contains { $0.hasPrefix("5:3: unknown language \"fr\"") })
  }

  @Test func malformedJSONIsAnError() throws {
    let folder = try folder(labels: "{ not json")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (loaded, diagnostics) = Templates.load(from: folder)
    #expect(loaded == nil)
    #expect(
      diagnostics.map(\.description).contains {
        $0.hasSuffix(
          "labels.json:1:1: error: expected a JSON object of languages (en, zh-Hant-HK, zh-Hans) and their words")
      })
  }
}
