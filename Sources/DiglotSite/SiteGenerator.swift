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

  /// Renders every page of the plan, on all cores. Pages are independent, and each batch's
  /// result goes to its own slot, so the order does not depend on the scheduling.
  private static func renderPages(_ renderer: SiteRenderer) -> [SiteFile] {
    let pages = renderer.plan.pages
    let batchSize = 64
    let batches = BatchResults(count: (pages.count + batchSize - 1) / batchSize)
    DispatchQueue.concurrentPerform(iterations: batches.count) { batch in
      let range = (batch * batchSize)..<min(pages.count, (batch + 1) * batchSize)
      batches.store(pages[range].map(renderer.render), at: batch)
    }
    return batches.joined()
  }
}

/// The rendered batches, written from several threads, each to its own index under a lock.
private final class BatchResults: @unchecked Sendable {
  let count: Int
  private var results: [[SiteFile]]
  private let lock = NSLock()

  init(count: Int) {
    self.count = count
    results = Array(repeating: [], count: count)
  }

  func store(_ files: [SiteFile], at index: Int) {
    lock.withLock { results[index] = files }
  }

  func joined() -> [SiteFile] {
    lock.withLock { results.flatMap { $0 } }
  }
}
