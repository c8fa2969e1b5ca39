import DiglotCorpus
import DiglotFileSystem
import DiglotModel
import Foundation

/// Builds a whole site in memory from documents; writing it out is another step's work.
public enum SiteGenerator {
  /// Every file of the site, sorted by path: the pages in each language, `sitemap.xml` (with a
  /// base URL), the feeds, the open data and the template's assets. The same input always gives the same bytes.
  ///
  /// - Parameter revised: the last revision date of every page; none leaves the line out.
  public static func generate(
    _ documents: [Document], rules: InitiativeRules = InitiativeRules(), templates: Templates, options: SiteOptions,
    revised: CalendarDate? = nil
  ) -> [SiteFile] {
    let plan = SitePlan(
      documents: documents, languages: options.languages, rules: rules, templatePages: templates.pages.map(\.name))
    let renderer = SiteRenderer(plan: plan, templates: templates, options: options) { _, _ in revised }
    return entries(renderer, search: searchTexts(plan)) { _ in true }.compactMap { entry in
      entry.contents.map { SiteFile(path: entry.path, contents: $0) }
    }.sorted { $0.path < $1.path }
  }

  /// Every file of the site: the pages `render` picks, to be rendered as they are written (pages
  /// are independent, and a site is larger than it need be in memory), the other pages kept from
  /// the current output, an address's data files and search texts with its pages, and the
  /// initiatives' search texts with their index page; the sitemap (with a base URL), the feeds,
  /// the whole site's data, the search index (made of the addresses' search texts, in the plan's
  /// order) and the template's assets always given.
  ///
  /// - Parameter published: the output folder: the whole site's data copies the kept addresses'
  ///   rows from their own data files there.
  public static func entries(
    _ renderer: SiteRenderer, search texts: [SearchText], published: URL? = nil,
    rendering render: @Sendable (Page) -> Bool
  ) -> [SiteEntry] {
    let plan = renderer.plan
    var entries = plan.pages.map { page in
      render(page)
        ? SiteEntry.deferred(plan.path(of: page)) { renderer.render(page).contents } : .kept(plan.path(of: page))
    }
    let keptData = Set(plan.addresses.indices.filter { !render(Page(.address($0), .english)) })
    for index in plan.addresses.indices {
      let paths = plan.openDataPaths(ofAddress: index)
      entries +=
        keptData.contains(index)
        ? paths.map(SiteEntry.kept)
        : paths.indices.map { file in .streamed(paths[file], renderer.openData(ofAddress: index, file: file)) }
    }
    entries += SitePlan.siteOpenDataPaths.indices.map { file in
      .streamed(
        SitePlan.siteOpenDataPaths[file],
        renderer.siteOpenData(file: file) { index in
          guard let published, keptData.contains(index) else { return nil }
          return LocalFile.bytes(
            at: published.appendingPathComponent(plan.openDataPaths(ofAddress: index)[file + 1]).path)
        })
    }
    // A sitemap must give absolute URLs: without the base URL there is none.
    if renderer.options.base != nil { entries += renderer.sitemapEntries() }
    entries += plan.languages.map { language in
      .deferred(SiteRenderer.feedPath(language)) { renderer.feed(language).contents }
    }
    entries += plan.languages.concurrentMap { language in
      SearchIndex(renderer: renderer, language: language).files(texts)
    }.joined().map(SiteEntry.file)
    for language in plan.languages {
      let index = SearchIndex(renderer: renderer, language: language)
      entries += zip(plan.addresses.indices, texts).map { address, text in
        render(Page(.address(address), language))
          ? .deferred(index.textsPath(ofAddress: address)) { index.texts(ofAddress: address, text) }
          : .kept(index.textsPath(ofAddress: address))
      }
    }
    entries += renderer.templates.assets.map(SiteEntry.file)
    return entries
  }
}

extension SiteGenerator {
  /// The search texts of the plan's addresses in its languages, in its order.
  public static func searchTexts(_ plan: SitePlan) -> [SearchText] {
    plan.addresses.concurrentMap(batchSize: 16) { SearchText($0, languages: plan.languages) }
  }
}
