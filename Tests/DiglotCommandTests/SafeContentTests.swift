import DiglotTestSupport
import Foundation
import Testing

/// What the build refuses to publish (figures that differ), what it accepts (differences the team
/// accepted, one-language captions), and what it never lets through (invisible characters).
@Suite struct SafeContentTests {
  static let budget = "2024-25-budget-itib.txt"
  /// Line 59 of the budget, its English for `撥款**30億元**` on line 57.
  static let english = "Allocate **\\$3 billion** to launch a three-year"
  static let wrongEnglish = "Allocate **\\$300 million** to launch a three-year"
  static let acceptance = """
    [
      {
        "file": "2024-25-budget-itib.txt",
        "chinese": "30億元",
        "english": "$300 million",
        "reason": "Checked with the bureau: the English slide is wrong, kept as published"
      }
    ]

    """

  /// A project with both examples in `Input/`, built once.
  func builtProject(in root: URL) throws -> URL {
    let project = try makeProject(in: root)
    for name in [Self.budget, "2024-policy-address-itib.txt"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("Input/\(name)"), to: project.appendingPathComponent("Input/\(name)"))
    }
    let first = try runDiglot(["build"], in: project)
    try #require(first.status == 0, "\(first.stderr)")
    return project
  }

  func write(_ text: String, to path: String, in project: URL) throws {
    try text.write(to: project.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  func budgetText() throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("Input/\(Self.budget)"), encoding: .utf8)
  }

  @Test func aFigureThatDiffersFailsTheBuildAndKeepsTheSite() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try builtProject(in: root)
    let site = try SiteTree(project.appendingPathComponent("Output"))
    let wrong = try budgetText().replacingOccurrences(of: Self.english, with: Self.wrongEnglish)
    try write(wrong, to: "Input/\(Self.budget)", in: project)

    for command in [["build"], ["check"]] {
      let result = try runDiglot(command, in: project)
      #expect(result.status == 1, "\(command)")
      // Both figures are pointed at: `30億元` on line 57, `$300 million` on line 59.
      #expect(result.stderr.contains("Input/\(Self.budget):57:9: error: money differs between languages: 30億元"))
      #expect(
        result.stderr.contains("Input/\(Self.budget):59:13: error: money differs between languages: $300 million"))
    }
    #expect(try SiteTree(project.appendingPathComponent("Output")).difference(from: site) == nil)
  }

  /// Accepting the difference lets the build publish; taking the acceptance away (the input
  /// unchanged) blocks it again; correcting the figure makes the acceptance stale.
  @Test func anAcceptedDifferencePublishesUntilTheAcceptanceGoesOrGoesStale() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try builtProject(in: root)
    let output = project.appendingPathComponent("Output")
    try write(
      try budgetText().replacingOccurrences(of: Self.english, with: Self.wrongEnglish), to: "Input/\(Self.budget)",
      in: project)
    try write(Self.acceptance, to: "Input/accepted-differences.json", in: project)

    let accepted = try runDiglot(["build", "--strict", "--base-url", publishedAt], in: project)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(
      accepted.stderr.contains(
        "Input/\(Self.budget):57:9: note: money differs between languages (30億元 in Chinese, $300 million in "
          + "English), accepted at Input/accepted-differences.json:2:3"))
    let page = try #require(
      try SiteTree(output).text(of: "en/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"))
    #expect(page.contains("<strong>$300 million</strong></data> to launch a three-year"))
    #expect(try runDiglot(["check", "--strict"], in: project).status == 0)

    try FileManager.default.removeItem(at: project.appendingPathComponent("Input/accepted-differences.json"))
    let site = try SiteTree(output)
    let unaccepted = try runDiglot(["build"], in: project)
    #expect(unaccepted.status == 1)
    #expect(unaccepted.stderr.contains("Input/\(Self.budget):57:9: error: money differs"))
    #expect(try SiteTree(output).difference(from: site) == nil)

    try write(Self.acceptance, to: "Input/accepted-differences.json", in: project)
    try write(try budgetText(), to: "Input/\(Self.budget)", in: project)
    let stale = try runDiglot(["build"], in: project)
    #expect(stale.status == 0)
    #expect(
      stale.stderr.contains(
        "Input/accepted-differences.json:2:3: warning: stale acceptance: \(Self.budget) has no difference between "
          + "30億元 in Chinese and $300 million in English"))
    #expect(try runDiglot(["build", "--strict", "--base-url", publishedAt], in: project).status == 1)
    #expect(try runDiglot(["check", "--strict"], in: project).status == 1)
  }

  /// `diglot watch` builds again when the acceptance file is written.
  @Test(.timeLimit(.minutes(2))) func watchBuildsAgainWhenADifferenceIsAccepted() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root)
    try write(
      try budgetText().replacingOccurrences(of: Self.english, with: Self.wrongEnglish), to: "Input/\(Self.budget)",
      in: project)
    let watch = try WatchRun(["watch", "--interval", "0.1"], in: project)
    defer { watch.end() }
    try watch.waitUntil("the failed first build") { $0.stderr.contains("build failed: 2 errors") }
    try write(Self.acceptance, to: "Input/accepted-differences.json", in: project)
    try watch.waitUntil("a build after the acceptance") { $0.stdout.contains("1 address read") }
    #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Output/index.html").path))
  }

  /// A broken acceptance file is an error: the build stops, the site stays.
  @Test func aBrokenAcceptanceFileFailsTheBuild() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try builtProject(in: root)
    let site = try SiteTree(project.appendingPathComponent("Output"))
    try write(
      "[\n  {\"file\": \"\(Self.budget)\", \"chinese\": \"30億元\"}\n]\n", to: "Input/accepted-differences.json",
      in: project)
    let result = try runDiglot(["build"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr.contains("Input/accepted-differences.json:2:3: error: the entry has no \"english\""))
    #expect(try SiteTree(project.appendingPathComponent("Output")).difference(from: site) == nil)
  }

  /// The examples' Chinese-only caption and labels are notes: `--strict` passes on them. A bullet
  /// with no English is a real missing translation: `--strict` fails and keeps the site.
  @Test func strictPassesOnTheExamplesAndFailsOnAMissingTranslation() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try builtProject(in: root)
    let strict = try runDiglot(["build", "--strict", "--clean", "--base-url", publishedAt], in: project)
    #expect(strict.status == 0, "\(strict.stderr)")
    #expect(strict.stderr.contains("note: Chinese note on a picture has no English counterpart"))

    let site = try SiteTree(project.appendingPathComponent("Output"))
    let bullet = "- ◆ 撥款**30億元**推行為期三年"
    let missing = try budgetText().replacingOccurrences(of: bullet, with: "- ◆ 只有中文的要點\n\n" + bullet)
    try write(missing, to: "Input/\(Self.budget)", in: project)
    let failed = try runDiglot(["build", "--strict", "--base-url", publishedAt], in: project)
    #expect(failed.status == 1)
    #expect(
      failed.stderr.contains(
        "Input/\(Self.budget):57:5: warning: Chinese bullet has no English counterpart; it is kept in Chinese only"))
    #expect(try SiteTree(project.appendingPathComponent("Output")).difference(from: site) == nil)
    #expect(try runDiglot(["build"], in: project).status == 0)
  }

  /// Bidirectional, zero-width and line-separator characters in a title, a heading and a bullet
  /// reach no page, folder name or feed.
  @Test func invisibleCharactersReachNoPageFolderOrFeed() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root)
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("Input/2024-policy-address-itib.txt"), encoding: .utf8)
    let hostile =
      text
      .replacingOccurrences(of: "Chief Executive's 2024", with: "Chief\u{202E} Executive's\u{200B} 2024\u{2028}")
      .replacingOccurrences(of: "行政長官2024年", with: "行政\u{2066}長官\u{FEFF}2024年\u{0085}")
      .replacingOccurrences(of: "Attracting I&T Talents", with: "Attracting\u{200D} I&T\u{2029}Talents")
    #expect(hostile != text)
    try write(hostile, to: "Input/2024-policy-address-itib.txt", in: project)
    let result = try runDiglot(["build"], in: project)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("note: removed 2 invisible characters from the text: U+202E RIGHT-TO-LEFT OVERRIDE"))

    let site = try SiteTree(project.appendingPathComponent("Output"))
    let invisible: (Unicode.Scalar) -> Bool = {
      $0.properties.generalCategory == .format || [0x85, 0x2028, 0x2029].contains($0.value)
    }
    for (path, data) in site.files where [".html", ".xml", ".json"].contains(where: path.hasSuffix) {
      let scalars = String(decoding: data, as: UTF8.self).unicodeScalars
      #expect(!scalars.contains(where: invisible), "\(path)")
    }
    #expect(!site.folders.joined().unicodeScalars.contains(where: invisible))
    // The pages name the address by its short title; the whole title slide is in the open data.
    let document = try #require(site.text(of: "data/2024-10-18-policy-address/document.json"))
    #expect(document.contains("Chief Executive's 2024"))
    #expect(document.contains("行政長官2024年"))
  }
}

/// A base URL for builds that must have no warning: without one, a build warns that the site is
/// not ready to publish.
let publishedAt = "https://www.example.gov.hk/policy/"
