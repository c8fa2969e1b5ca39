import DiglotBuild
import DiglotModel
import DiglotSite
import DiglotTestSupport
import Foundation
import Testing

/// A project in a temporary folder: a copy of `Input/` and `Templates/`, built into `Output/`.
struct Project {
  let root: URL
  var input: URL { root.appendingPathComponent("Input") }
  var templates: URL { root.appendingPathComponent("Templates") }
  var output: URL { root.appendingPathComponent("Output") }

  init() throws {
    root = try temporaryFolder("diglot-build")
    for folder in ["Input", "Templates"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Options for a build, by default as for publishing: with a base URL; dated `today`, so that
  /// builds on either side of midnight give the same pages.
  func options(
    output: URL? = nil, clean: Bool = false, baseURL: String? = "https://www.example.gov.hk/policy/",
    today: CalendarDate = CalendarDate(year: 2026, month: 11, day: 27)
  ) -> BuildOptions {
    var options = BuildOptions(input: input, templates: templates, output: output ?? self.output, baseURL: baseURL)
    options.clean = clean
    options.today = today
    return options
  }

  /// Builds into `Output/`, incrementally, and checks that the result is what a clean build
  /// into another folder gives, byte for byte.
  @discardableResult
  func buildAndCompareWithClean(sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
    let report = try SiteBuild.run(options())
    #expect(report.failure == nil, sourceLocation: sourceLocation)
    let cleanOutput = root.appendingPathComponent("Clean")
    try? FileManager.default.removeItem(at: cleanOutput)
    let clean = try SiteBuild.run(options(output: cleanOutput, clean: true))
    #expect(clean.failure == nil, sourceLocation: sourceLocation)
    let incremental = try files(in: output)
    let expected = try files(in: cleanOutput)
    #expect(incremental.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
    for (path, bytes) in expected where incremental[path] != bytes {
      Issue.record("\(path) differs from a clean build", sourceLocation: sourceLocation)
    }
    return report
  }

  /// Writes an input file: one of the examples with its date, a bullet and, given `title`, the
  /// budget's English title changed.
  func writeAddress(
    _ name: String, from example: String = "2024-25-budget-itib.txt", date: String, marker: String,
    title: String? = nil
  ) throws {
    var text = try String(contentsOf: packageRoot.appendingPathComponent("Input/\(example)"), encoding: .utf8)
    text = text.replacingOccurrences(of: "29/2/2024", with: date).replacingOccurrences(of: "18/10/2024", with: date)
    if let title { text = text.replacingOccurrences(of: "2024-25 Budget  \n", with: "\(title)  \n") }
    text = text.replacingOccurrences(of: "今年內成立", with: "今年內\(marker)成立")
    try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  /// How many files the search index of the output has (`en/search/terms-0.js` …).
  func searchIndexFiles() throws -> Int {
    try files(in: output).keys.filter { $0.contains("/search/") && $0.hasSuffix(".js") }.count
  }

  /// The pages of the initiatives, one per initiative and language, in the output.
  func initiativePages() throws -> Int {
    try files(in: output).keys.filter { $0.contains("/initiatives/") && $0.split(separator: "/").count == 4 }.count
  }

  func stamp(_ path: String) throws -> (inode: Int, modified: Date) {
    let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)
    return ((attributes[.systemFileNumber] as? Int) ?? -1, (attributes[.modificationDate] as? Date) ?? .distantPast)
  }
}

/// Every file under `folder` (or the folder it leads to), by path from it.
func files(in folder: URL) throws -> [String: Data] {
  let folder = folder.resolvingSymlinksInPath()
  var result: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
  let prefix = folder.resolvingSymlinksInPath().path + "/"
  while let url = enumerator?.nextObject() as? URL {
    guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
    let path = url.resolvingSymlinksInPath().path
    result[String(path.dropFirst(prefix.count))] = try Data(contentsOf: url)
  }
  return result
}

/// Builds `project` again, expecting the build to write exactly the files whose bytes changed;
/// returns the site before the build and the files that changed, with their new bytes.
func rebuildWritingExactlyWhatChanged(_ project: Project) throws -> (
  before: [String: Data], changed: [String: Data]
) {
  let before = try files(in: project.output)
  let report = try SiteBuild.run(project.options())
  let changed = try files(in: project.output).filter { before[$0.key] != $0.value }
  #expect(report.files.written == changed.count)
  return (before, changed)
}

@Suite(.serialized) struct IncrementalBuildTests {
  /// The corpus is edited step by step; after each step the incremental build equals a clean one.
  @Test func incrementalBuildsEqualCleanBuildsStepByStep() throws {
    let project = try Project()
    defer { project.remove() }
    let first = try SiteBuild.run(project.options())
    #expect(first.read == 2)
    // 41 pages (2 of them the team's, in Templates/pages/, and 3 site maps), the sitemap, 3 feeds, 3 assets, the search index, 3 data files per address and 2 for the site;
    // in each language the initiatives' index, open data and money figures pages, one money figures page per
    // address, and the initiatives.
    #expect(
      first.files.written == 48 + 8 + 3 * (3 + 2) + (try project.initiativePages()) + (try project.searchIndexFiles()))

    // Add an address.
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "一")
    var report = try project.buildAndCompareWithClean()
    #expect(report.read == 1)
    #expect(report.new == 1)
    #expect(report.addresses == 3)

    // Change an input.
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "二")
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 1)
    #expect(report.files.written > 0)

    // Rename an input: same content, new name.
    try FileManager.default.moveItem(
      at: project.input.appendingPathComponent("2025-26-budget.txt"),
      to: project.input.appendingPathComponent("budget-2025.txt"))
    try project.buildAndCompareWithClean()

    // Another address with the same date and kind, whose file name sorts first, takes the slug.
    try project.writeAddress("000-budget-2025.txt", date: "26/2/2025", marker: "三", title: "2025-26 Budget (revised)")
    try project.buildAndCompareWithClean()

    // Delete an input: its pages go.
    try FileManager.default.removeItem(at: project.input.appendingPathComponent("budget-2025.txt"))
    report = try project.buildAndCompareWithClean()
    #expect(report.files.removed > 0)

    // Touch an input without changing it: nothing is read or written.
    let touched = project.input.appendingPathComponent("000-budget-2025.txt")
    try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: touched.path)
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 0)
    #expect(report.files.written == 0)

    // Change a template: every page is rendered again.
    let css = project.templates.appendingPathComponent("assets/site.css")
    try (String(contentsOf: css, encoding: .utf8) + "\n/* local change */\n").write(
      to: css, atomically: true, encoding: .utf8)
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 3)
    #expect(report.files.written == 1)  // the pages' bytes do not depend on the stylesheet's

    // Nothing changed: nothing read, nothing written.
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 0)
    #expect(report.files.written == 0)
    // Three addresses now, two of them Budgets of the same bureau: one what-changed page per language;
    // 56 pages, the sitemap, 3 feeds and 3 assets.
    #expect(
      report.files.unchanged
        == 63 + 11 + 3 * (3 + 3 + 1) + (try project.initiativePages()) + (try project.searchIndexFiles()))
  }

  /// A page keeps the date its content last changed, in the state, through incremental and clean
  /// builds; a build from nothing dates every page by its own date.
  @Test func aPageKeepsItsRevisionDateUntilItsContentChanges() throws {
    let project = try Project()
    defer { project.remove() }
    let (first, second, third) = (
      CalendarDate(year: 2026, month: 11, day: 20), CalendarDate(year: 2026, month: 11, day: 27),
      CalendarDate(year: 2026, month: 12, day: 1)
    )
    func revised(_ path: String, in output: URL? = nil) throws -> String? {
      let page = String(
        decoding: try Data(contentsOf: (output ?? project.output).appendingPathComponent(path)), as: UTF8.self)
      return page.components(separatedBy: "<p class=\"revised\">").dropFirst().first?
        .components(separatedBy: "datetime=\"").dropFirst().first.map { String($0.prefix(10)) }
    }
    try SiteBuild.run(project.options(today: first))
    let untouched = "en/2024-10-18-policy-address/index.html"
    #expect(try revised(untouched) == "2026-11-20")
    #expect(try revised("zh-hant/index.html") == "2026-11-20")

    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "一")
    try SiteBuild.run(project.options(today: second))
    #expect(try revised(untouched) == "2026-11-20")
    #expect(try revised("zh-hans/" + untouched.dropFirst(3)) == "2026-11-20")
    #expect(try revised("en/2025-02-26-budget/index.html") == "2026-11-27")
    // The home pages list the new address.
    for language in ["en", "zh-hant", "zh-hans"] { #expect(try revised("\(language)/index.html") == "2026-11-27") }
    #expect(try revised("index.html") == "2026-11-20")

    // A clean build given the same state is the same site, dates and all.
    let incremental = try files(in: project.output)
    try SiteBuild.run(project.options(clean: true, today: third))
    #expect(try files(in: project.output) == incremental)

    // From nothing, every page has the build's date.
    let fresh = project.root.appendingPathComponent("Fresh")
    try SiteBuild.run(project.options(output: fresh, today: third))
    #expect(try revised(untouched, in: fresh) == "2026-12-01")
  }

  @Test func anUntouchedPageKeepsItsFileWhenAnAddressIsAdded() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options())
    let page = "en/2024-10-18-policy-address/index.html"
    let before = try project.stamp(page)
    let homeBefore = try project.stamp("en/index.html")
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "一")
    // Exactly the files whose bytes changed are written: the new address's pages and data, the home pages,
    // feeds, sitemap, the site's data and search index, and the pages across addresses that show it.
    let (site, changed) = try rebuildWritingExactlyWhatChanged(project)
    for language in ["en", "zh-hant", "zh-hans"] {
      #expect(changed["\(language)/2025-02-26-budget/what-changed/index.html"] != nil)
      #expect(changed["\(language)/initiatives/index.html"] != nil)
      // The search texts are a file per address: the new address's is added, the others' are kept.
      #expect(changed["\(language)/search/texts-2025-02-26-budget.js"] != nil)
      #expect(site["\(language)/search/texts-2024-10-18-policy-address.js"] != nil)
      #expect(changed["\(language)/search/texts-2024-10-18-policy-address.js"] == nil)
    }
    let after = try project.stamp(page)
    #expect(after.inode == before.inode)
    #expect(after.modified == before.modified)
    #expect(try project.stamp("en/index.html").inode != homeBefore.inode)

    // A bullet of the new address changes its Chinese, naming the same initiatives: its Chinese text
    // files are written, its English one and the initiatives' are kept.
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "二")
    let (edited, rewritten) = try rebuildWritingExactlyWhatChanged(project)
    for language in ["en", "zh-hant", "zh-hans"] {
      #expect((rewritten["\(language)/search/texts-2025-02-26-budget.js"] != nil) == (language != "en"))
      #expect(edited["\(language)/search/texts-initiatives.js"] != nil)
      #expect(rewritten["\(language)/search/texts-initiatives.js"] == nil)
      #expect(rewritten["\(language)/search/texts-2024-10-18-policy-address.js"] == nil)
    }
  }

  @Test func dryRunListsWhatWouldBeWrittenAndWritesNothing() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options())
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "一")
    let before = try files(in: project.output)
    var options = project.options()
    options.dryRun = true
    let report = try SiteBuild.run(options)
    let plan = try #require(report.plan)
    #expect(plan.written.contains("en/2025-02-26-budget/index.html"))
    #expect(plan.written.contains("sitemap.xml"))
    #expect(!plan.written.contains("en/2024-10-18-policy-address/index.html"))
    #expect(try files(in: project.output) == before)
    // The dry run left no state behind: a real build writes what it listed.
    #expect(try SiteBuild.run(project.options()).files.written == plan.written.count)
  }

  @Test func aFailedBuildLeavesTheSiteAndTheStateAsTheyWere() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options())
    let before = try files(in: project.output)
    try Data([0x41, 0xFF]).write(to: project.input.appendingPathComponent("broken.txt"))
    let report = try SiteBuild.run(project.options())
    #expect(report.failure == "1 error")
    #expect(
      report.diagnostics.contains {
        $0.description.hasSuffix("broken.txt:1:2: error: file is not valid UTF-8: invalid byte 0xFF at byte offset 1")
      })
    #expect(try files(in: project.output) == before)
    try FileManager.default.removeItem(at: project.input.appendingPathComponent("broken.txt"))
    #expect(try SiteBuild.run(project.options()).files.written == 0)
  }

  /// A deck with a bullet in Chinese only: a missing translation, one warning.
  func addMissingTranslation(to project: Project) throws {
    let deck = "預算案\n\nBudget\n\n28/2/2025\n\n# 1.範疇\n\nArea\n\n- 只有中文的要點\n"
    try deck.write(to: project.input.appendingPathComponent("missing.txt"), atomically: true, encoding: .utf8)
  }

  @Test func strictFailsOnAWarning() throws {
    let project = try Project()
    defer { project.remove() }
    try addMissingTranslation(to: project)
    var options = project.options()
    options.strict = true
    let report = try SiteBuild.run(options)
    #expect(report.failure == "1 warning (--strict)")
    #expect(!FileManager.default.fileExists(atPath: project.output.path))
  }

  @Test func withoutABaseURLTheBuildWarnsAndLeavesTheSitemapOut() throws {
    let project = try Project()
    defer { project.remove() }
    let report = try SiteBuild.run(project.options(baseURL: nil))
    #expect(report.failure == nil)
    #expect(
      report.diagnostics.map(\.description).contains(
        project.templates.appendingPathComponent("site.json").relativePath
          + ":7:3: warning: no base URL: sitemap.xml is left out and 404.html links relatively, "
          + "which a deep address breaks; to publish, set \"baseURL\" here or give --base-url"))
    let site = try files(in: project.output)
    #expect(site["sitemap.xml"] == nil)
    #expect(site["en/index.html"] != nil)
    let notFound = String(decoding: try #require(site["404.html"]), as: UTF8.self)
    #expect(notFound.contains("href=\"assets/site.css\""))
    #expect(!notFound.contains("rel=\"canonical\""))
    // A base URL in site.json is as good as one on the command line.
    let settings = project.templates.appendingPathComponent("site.json")
    let text = try String(contentsOf: settings, encoding: .utf8)
    try text.replacing(#""baseURL": """#, with: #""baseURL": "https://www.example.gov.hk/policy/""#)
      .write(to: settings, atomically: true, encoding: .utf8)
    let published = try SiteBuild.run(project.options(baseURL: nil))
    #expect(published.warnings == 0)
    #expect(try files(in: project.output)["sitemap.xml"] != nil)
  }

  @Test func aNewBaseURLRendersEveryPageWithAbsoluteAddresses() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options(baseURL: nil))
    let options = project.options()
    let report = try SiteBuild.run(options)
    #expect(report.read == 2)
    let site = try files(in: project.output)
    let sitemap = String(decoding: try #require(site["sitemap.xml"]), as: UTF8.self)
    #expect(sitemap.contains("<loc>https://www.example.gov.hk/policy/en/index.html</loc>"))
    #expect(!sitemap.contains("<loc>en/"))
    let page = String(decoding: try #require(site["zh-hans/index.html"]), as: UTF8.self)
    #expect(page.contains(#"<link rel="canonical" href="https://www.example.gov.hk/policy/zh-hans/index.html">"#))
    let notFound = String(decoding: try #require(site["404.html"]), as: UTF8.self)
    #expect(notFound.contains(#"href="https://www.example.gov.hk/policy/assets/site.css""#))
    var clean = project.options(output: project.root.appendingPathComponent("Clean"), clean: true)
    clean.baseURL = options.baseURL
    try SiteBuild.run(clean)
    #expect(try files(in: project.output) == files(in: clean.output))
  }

  @Test func strictFailsEvenWhenNothingChanged() throws {
    let project = try Project()
    defer { project.remove() }
    try addMissingTranslation(to: project)
    try SiteBuild.run(project.options())
    var options = project.options()
    options.strict = true
    #expect(try SiteBuild.run(options).failure == "1 warning (--strict)")
  }

  @Test func aTemplateErrorFailsTheBuildAndKeepsTheSite() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options())
    let before = try files(in: project.output)
    let page = project.templates.appendingPathComponent("page.html")
    let broken = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(
      of: "data-slot=\"content\"", with: "data-slot=\"contents\"")
    try broken.write(to: page, atomically: true, encoding: .utf8)
    let report = try SiteBuild.run(project.options())
    #expect(report.failure == "1 error" || report.failure == "2 errors")
    #expect(report.diagnostics.contains { $0.file.hasSuffix("page.html") && $0.severity == .error })
    #expect(try files(in: project.output) == before)
  }

  @Test func aSiteChangedBehindTheBuildsBackIsRebuiltWhole() throws {
    let project = try Project()
    defer { project.remove() }
    try SiteBuild.run(project.options())
    // Someone replaces the output folder: the state no longer describes it.
    try FileManager.default.removeItem(at: project.output)
    try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: false)
    var report = try project.buildAndCompareWithClean()
    #expect(report.read == 2)
    // Every file, as in the first build of the step-by-step test.
    #expect(
      report.files.written == 48 + 8 + 3 * (3 + 2) + (try project.initiativePages()) + (try project.searchIndexFiles()))

    // Someone deletes a page: the next build notices that it cannot keep it, and builds it all.
    try FileManager.default.removeItem(
      at: project.output.appendingPathComponent("en/2024-10-18-policy-address/index.html"))
    try project.writeAddress("2025-26-budget.txt", date: "26/2/2025", marker: "一")
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 3)
  }
}
