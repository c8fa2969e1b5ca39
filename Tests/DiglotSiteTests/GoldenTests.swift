import DiglotModel
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

@testable import DiglotSite

/// Goldens of the site: one rendered page with Chinese text, compared byte for byte, and the plan
/// of the site of `Input/`. A missing golden file, or `RECORD_GOLDENS=1`, writes it and fails, so
/// every new golden is read before it counts.
@Suite struct GoldenTests {
  @Test func rendersTheChineseAreaPageAsReviewed() throws {
    let page = try #require(Fixtures.site()["zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"])
    #expect(Array(page.text.utf8) == page.contents, "the page is valid UTF-8")
    expectGolden(page.text, at: "Tests/DiglotSiteTests/Golden/zh-hant-area.html")
  }

  /// Each page of the site of `Input/` and `Templates/`, a line each: its path, what it shows, the
  /// file it shows (with the line and column of an area's title), and the same page in the other
  /// languages.
  @Test func plansTheSiteOfInputAsReviewed() throws {
    let plan = SitePlan(
      documents: try Fixtures.inputDocuments(), templatePages: Fixtures.templates.pages.map(\.name))
    let lines = plan.pages.map { page in
      let counterparts = plan.translations(of: page).filter { $0 != page }.map(plan.path(of:))
      return [plan.path(of: page), "\(page.kind)", source(of: page, in: plan), "→"] + counterparts
    }
    expectGolden(
      lines.map { $0.joined(separator: " ") + "\n" }.joined(), at: "Tests/DiglotSiteTests/Golden/site-plan.txt")
  }

  private func source(of page: Page, in plan: SitePlan) -> String {
    switch page.kind {
    case .address(let index), .figures(let index):
      return plan.addresses[index].document.file
    case .area(let address, let area):
      let document = plan.addresses[address].document
      let start = document.areas[area].title.range?.start
      return document.file + (start.map { ":\($0.line):\($0.column)" } ?? "")
    case .changes(let index):
      let comparison = plan.corpus.comparisons[index]
      return plan.addresses[comparison.later].document.file + " after "
        + plan.addresses[comparison.earlier].document.file
    case .templatePage(let index):
      return "Templates/pages/\(plan.templatePages[index]).html"
    case .languageChoice, .notFound, .home, .search, .initiatives, .initiative, .openData, .siteFigures, .siteMap:
      return "-"
    }
  }
}
