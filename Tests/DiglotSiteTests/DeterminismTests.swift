import DiglotModel
import Testing

@testable import DiglotSite

@Suite struct DeterminismTests {
  @Test func generatesTheSameBytesTwiceWhateverTheInputOrder() {
    let documents = [Fixtures.budget, Fixtures.policyAddress]
    let first = SiteGenerator.generate(documents, templates: Fixtures.templates, options: SiteOptions())
    let second = SiteGenerator.generate(documents.reversed(), templates: Fixtures.templates, options: SiteOptions())
    #expect(first.map(\.path) == first.map(\.path).sorted())
    #expect(first == second)
  }

  @Test func rendersOnePageAloneAsInTheWholeSite() throws {
    let plan = SitePlan(
      documents: [Fixtures.budget, Fixtures.policyAddress], templatePages: Fixtures.templates.pages.map(\.name))
    let renderer = SiteRenderer(plan: plan, templates: Fixtures.templates, options: SiteOptions()) { _, _ in
      Fixtures.revised
    }
    let site = Fixtures.site()
    for page in plan.pages {
      #expect(renderer.render(page) == site[plan.path(of: page)])
    }
  }
}
