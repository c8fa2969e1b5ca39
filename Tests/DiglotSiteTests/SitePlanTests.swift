import DiglotModel
import Testing

@testable import DiglotSite

@Suite struct SitePlanTests {
  let plan = SitePlan(documents: [Fixtures.policyAddress, Fixtures.budget])

  /// The pages of the policy address fixture in each language's folder, as paths inside it.
  static let policyAddressPages = [
    "2023-10-25-policy-address/1-attracting-i-t-talents/index.html",
    "2023-10-25-policy-address/figures/index.html",
    "2023-10-25-policy-address/index.html",
  ]

  /// The pages of the budget fixture in each language's folder, with the pages of the whole site.
  static let budgetAndSitePages = [
    "2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html",
    "2024-02-29-budget/2-develop-i-t-infrastructure/index.html",
    "2024-02-29-budget/figures/index.html",
    "2024-02-29-budget/index.html",
    "figures/index.html",
    "index.html",
    // The fixtures name one initiative, 「香港微電子研發院」, in the Budget.
    "initiatives/hong-kong-microelectronics-r-d-institute/index.html",
    "initiatives/index.html",
    "open-data/index.html",
    "search/index.html",
    "site-map/index.html",
  ]

  /// The paths of a site's pages, sorted: the two outside the language folders, and `pages` in
  /// each of `folders`.
  static func sitePaths(_ pages: [String], in folders: [String]) -> [String] {
    (["404.html", "index.html"] + folders.flatMap { folder in pages.map { folder + "/" + $0 } }).sorted()
  }

  @Test func listsEveryPageInEachLanguageSortedByPath() {
    let paths = plan.pages.map(plan.path(of:))
    #expect(paths == paths.sorted())
    #expect(
      paths == Self.sitePaths(Self.policyAddressPages + Self.budgetAndSitePages, in: ["en", "zh-hans", "zh-hant"]))
  }

  @Test func ordersAddressesNewestFirst() {
    #expect(plan.addresses.map(\.slug) == ["2024-02-29-budget", "2023-10-25-policy-address"])
  }

  @Test func mirrorsPathsAcrossLanguages() throws {
    for page in plan.pages {
      let translations = plan.translations(of: page)
      guard !translations.isEmpty else {
        #expect(page.kind == .languageChoice || page.kind == .notFound)
        continue
      }
      #expect(translations.map(\.language) == [.english, .chinese, .simplified])
      #expect(translations.contains(page))
      for translation in translations {
        #expect(plan.translations(of: translation) == translations)
        let path = plan.path(of: page)
        let mirrored = plan.path(of: translation)
        #expect(path.drop { $0 != "/" } == mirrored.drop { $0 != "/" })
        #expect(plan.pages.contains(translation))
      }
    }
  }

  @Test func buildsOnlyTheLanguagesAsked() {
    let plan = SitePlan(documents: [Fixtures.budget], languages: [.simplified, .chinese])
    #expect(plan.languages == [.chinese, .simplified])
    #expect(plan.pages.map(plan.path(of:)) == Self.sitePaths(Self.budgetAndSitePages, in: ["zh-hans", "zh-hant"]))
    // Without English, the pages outside the language folders are in the first language built.
    #expect(plan.pages.contains(Page(.languageChoice, .chinese)))
    #expect(plan.defaultAlternate(of: Page(.address(0), .simplified)) == Page(.address(0), .chinese))
  }

  @Test func convertsTheChineseOfSimplifiedPagesOnly() throws {
    let address = try #require(plan.addresses.first)
    let source = address.document
    #expect(address.document(in: .chinese) == source)
    #expect(address.document(in: .english) == source)
    let simplified = address.document(in: .simplified)
    #expect(simplified.titleSlide.title.zh?.plainText == "2024-25年度财政预算案")
    #expect(simplified.titleSlide.title.en == source.titleSlide.title.en)
    #expect(simplified.titleSlide.title.zh?.range == source.titleSlide.title.zh?.range)
    // Converted whole and cut back into its bold and plain runs.
    guard case .item(let item) = simplified.areas[0].topics[0].blocks.first else {
      Issue.record("the first block is not a bullet")
      return
    }
    #expect(item.text.zh?.spans == [.plain("拨款"), .strong("30亿元"), .plain("推行为期三年的人工智能资助计划")])
    // Figures keep their values; their Chinese is written in Simplified characters.
    let figure = try #require(item.text.figures.first)
    #expect(figure.zh?.written == "30亿元")
    let offsets = try #require(figure.zh?.offsets)
    let plain = Array(try #require(item.text.zh?.plainText).utf8)
    #expect(String(decoding: plain[offsets], as: UTF8.self) == "30亿元")
    #expect(figure.value == [3_000_000_000])
    #expect(figure.en?.written == "$3 billion")
    // Every kind of block is converted.
    var withTable = source
    withTable.closing = [
      .table(Table(rows: [[Fixtures.text("年度", "Year")], [Fixtures.text("撥款", nil)]], hasHeaderRow: true))
    ]
    let table = SitePlan(documents: [withTable]).addresses[0].document(in: .simplified).closing
    #expect(
      table == [.table(Table(rows: [[Fixtures.text("年度", "Year")], [Fixtures.text("拨款", nil)]], hasHeaderRow: true))])
    // Without Simplified pages nothing is converted.
    #expect(SitePlan(documents: [source], languages: [.english, .chinese]).addresses[0].simplified == nil)
  }

  @Test func linksPreviousAndNextAreasWithinAnAddress() {
    let first = Page(.area(address: 0, area: 0), .chinese)
    let second = Page(.area(address: 0, area: 1), .chinese)
    #expect(plan.previous(of: first) == nil)
    #expect(plan.next(of: first) == second)
    #expect(plan.previous(of: second) == first)
    #expect(plan.next(of: second) == nil)
    #expect(plan.next(of: Page(.area(address: 1, area: 0), .english)) == nil)
    #expect(plan.next(of: Page(.address(0), .english)) == nil)
  }

  @Test func buildsBreadcrumbsFromTheHomePage() {
    let area = Page(.area(address: 0, area: 1), .english)
    #expect(plan.breadcrumbs(of: area) == [Page(.home, .english), Page(.address(0), .english), area])
    #expect(plan.breadcrumbs(of: Page(.home, .chinese)) == [Page(.home, .chinese)])
    #expect(plan.breadcrumbs(of: Page(.languageChoice, .english)) == [])
  }

  @Test func linksRelativelyToIndexFiles() {
    let area = Page(.area(address: 0, area: 0), .english)
    #expect(plan.link(from: area, to: Page(.home, .english)) == "../../index.html")
    #expect(plan.link(from: area, to: Page(.address(0), .english)) == "../index.html")
    #expect(
      plan.link(from: area, to: Page(.area(address: 0, area: 1), .english))
        == "../2-develop-i-t-infrastructure/index.html")
    #expect(
      plan.link(from: area, to: Page(.area(address: 0, area: 0), .chinese))
        == "../../../zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html")
    #expect(plan.link(from: Page(.languageChoice, .english), to: Page(.home, .chinese)) == "zh-hant/index.html")
    #expect(plan.link(from: Page(.home, .chinese), to: Page(.languageChoice, .english)) == "../index.html")
  }

  @Test func makesAddressSlugsUniqueByFileNameWhateverTheInputOrder() {
    var second = Fixtures.budget
    second.file = "Input/a-budget-correction.txt"
    let forwards = SitePlan(documents: [Fixtures.budget, second]).addresses.map { ($0.document.file, $0.slug) }
    let backwards = SitePlan(documents: [second, Fixtures.budget]).addresses.map { ($0.document.file, $0.slug) }
    let expected = [
      ("Input/2024-25-budget-itib.txt", "2024-02-29-budget"),
      ("Input/a-budget-correction.txt", "2024-02-29-budget-a-budget-correction"),
    ]
    #expect(Dictionary(uniqueKeysWithValues: forwards) == Dictionary(uniqueKeysWithValues: expected))
    #expect(Dictionary(uniqueKeysWithValues: backwards) == Dictionary(uniqueKeysWithValues: expected))
    #expect(forwards.map(\.1) == backwards.map(\.1))
  }

  @Test func makesAreaSlugsFromNumberAndEnglishTitle() {
    let area = { (number: Int?, en: String?) in Area(number: number, title: Fixtures.text("範疇", en)) }
    #expect(
      Slug.area(area(1, "Consolidate Hong Kong's strengths in scientific research"), position: 1)
        == "1-consolidate-hong-kongs-strengths")
    #expect(
      Slug.area(area(nil, "Nurture I&T start-ups and talent"), position: 4) == "4-nurture-i-t-start-ups-and-talent")
    #expect(
      Slug.area(area(1, "Enhance the local I&T ecosystem and promote new industrialisation"), position: 1)
        == "1-enhance-the-local-i-t-ecosystem")
    #expect(Slug.area(area(2, nil), position: 2) == "area-2")
    #expect(Slug.area(area(3, "人工智能 ../../etc/passwd"), position: 3) == "3-etc-passwd")
    #expect(Slug.area(area(5, "Supercalifragilisticexpialidociousnessandmoreandmoreletters"), position: 5).count <= 42)

    let repeated = Document(
      file: "x.txt", titleSlide: TitleSlide(kind: .other, date: nil, title: Fixtures.text("題", "Title")),
      areas: [area(1, "Same"), area(1, "Same"), area(nil, nil)])
    let slugs = SitePlan(documents: [repeated]).addresses[0]
    #expect(slugs.slug == "undated-address")
    #expect(slugs.areaSlugs == ["1-same", "1-same-2", "area-3"])
  }

  @Test func slugsAreSafePathComponents() {
    let hostile = Document(
      file: "../../etc/passwd",
      titleSlide: TitleSlide(kind: .budget, date: nil, title: Fixtures.text("<script>", "../../etc")),
      areas: [
        Area(number: nil, title: Fixtures.text("../..", "../../etc/<script>alert(1)</script>")),
        Area(number: nil, title: Fixtures.text("..", "..")),
      ])
    let plan = SitePlan(documents: [hostile, hostile])
    for page in plan.pages {
      let path = plan.path(of: page)
      let components = path.split(separator: "/", omittingEmptySubsequences: false)
      #expect(!components.contains(".."))
      #expect(!components.contains("."))
      #expect(!components.contains(""))
      #expect(path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-./".contains($0)) })
    }
    #expect(Set(plan.pages.map(plan.path(of:))).count == plan.pages.count)
  }
}
