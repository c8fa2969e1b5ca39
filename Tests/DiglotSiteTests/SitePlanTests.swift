import DiglotModel
import Testing

@testable import DiglotSite

@Suite struct SitePlanTests {
  let plan = SitePlan(documents: [Fixtures.policyAddress, Fixtures.budget])

  @Test func listsEveryPageInBothLanguagesSortedByPath() {
    let paths = plan.pages.map(plan.path(of:))
    #expect(paths == paths.sorted())
    #expect(
      paths == [
        "404.html",
        "en/2023-10-25-policy-address/1-attracting-i-t-talents/index.html",
        "en/2023-10-25-policy-address/index.html",
        "en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html",
        "en/2024-02-29-budget/2-develop-i-t-infrastructure/index.html",
        "en/2024-02-29-budget/index.html",
        "en/index.html",
        "en/search/index.html",
        "index.html",
        "zh-hant/2023-10-25-policy-address/1-attracting-i-t-talents/index.html",
        "zh-hant/2023-10-25-policy-address/index.html",
        "zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html",
        "zh-hant/2024-02-29-budget/2-develop-i-t-infrastructure/index.html",
        "zh-hant/2024-02-29-budget/index.html",
        "zh-hant/index.html",
        "zh-hant/search/index.html",
      ])
  }

  @Test func ordersAddressesNewestFirst() {
    #expect(plan.addresses.map(\.slug) == ["2024-02-29-budget", "2023-10-25-policy-address"])
  }

  @Test func mirrorsPathsAcrossLanguages() throws {
    for page in plan.pages {
      guard let counterpart = plan.counterpart(of: page) else {
        #expect(page.kind == .languageChoice || page.kind == .notFound)
        continue
      }
      #expect(counterpart.language == page.language.other)
      #expect(plan.counterpart(of: counterpart) == page)
      let path = plan.path(of: page)
      let mirrored = plan.path(of: counterpart)
      #expect(path.drop { $0 != "/" } == mirrored.drop { $0 != "/" })
      #expect(plan.pages.contains(counterpart))
    }
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
      file: "x.txt", kind: .other, date: nil, title: Fixtures.text("題", "Title"),
      areas: [area(1, "Same"), area(1, "Same"), area(nil, nil)])
    let slugs = SitePlan(documents: [repeated]).addresses[0]
    #expect(slugs.slug == "undated-address")
    #expect(slugs.areaSlugs == ["1-same", "1-same-2", "area-3"])
  }

  @Test func slugsAreSafePathComponents() {
    let hostile = Document(
      file: "../../etc/passwd", kind: .budget, date: nil, title: Fixtures.text("<script>", "../../etc"),
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
