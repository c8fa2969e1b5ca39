import DiglotModel
import Foundation

/// Builds a whole site in memory from documents; writing it out is another step's work.
public enum SiteGenerator {
  /// Every file of the site, sorted by path: the pages in both languages, `sitemap.xml`, the
  /// feeds and the template's assets. The same input always gives the same bytes.
  public static func generate(_ documents: [Document], templates: Templates, options: SiteOptions) -> [SiteFile] {
    let renderer = SiteRenderer(plan: SitePlan(documents: documents), templates: templates, options: options)
    var files = renderPages(renderer)
    files.append(renderer.sitemap())
    files += SiteLanguage.allCases.map(renderer.feed)
    files += templates.assets
    return files.sorted { $0.path < $1.path }
  }

  /// Renders every page of the plan, on all cores; pages are independent.
  private static func renderPages(_ renderer: SiteRenderer) -> [SiteFile] {
    renderer.plan.pages.concurrentMap(batchSize: 64, renderer.render)
  }
}
