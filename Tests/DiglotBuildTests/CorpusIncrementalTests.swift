import DiglotBuild
import DiglotFileSystem
import DiglotSite
import DiglotTestSupport
import Foundation
import Glibc
import Testing

/// Incremental builds of the pages across addresses, on the addresses of `Tests/Corpus`: after
/// each step the site equals a clean build, byte for byte.
@Suite(.serialized) struct CorpusIncrementalTests {
  let corpus = packageRoot.appendingPathComponent("Tests/Corpus")

  /// A project whose input is the corpus's addresses but `left out`.
  func project(leavingOut: [String]) throws -> Project {
    let project = try Project()
    for name in try FileManager.default.contentsOfDirectory(atPath: project.input.path) {
      try FileManager.default.removeItem(at: project.input.appendingPathComponent(name))
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path)
    where name.hasSuffix(".txt") && !leavingOut.contains(name) {
      try FileManager.default.copyItem(
        at: corpus.appendingPathComponent(name), to: project.input.appendingPathComponent(name))
    }
    return project
  }

  func add(_ name: String, to project: Project) throws {
    try FileManager.default.copyItem(
      at: corpus.appendingPathComponent(name), to: project.input.appendingPathComponent(name))
  }

  @Test func addingAddressesAndRulesEqualsACleanBuild() throws {
    let project = try project(leavingOut: ["2024-policy-address-itib.txt", "2023-24-budget-itib.txt"])
    defer { project.remove() }
    try SiteBuild.run(project.options())

    // A later address: a new comparison, new mentions on older initiatives' pages.
    try add("2024-policy-address-itib.txt", to: project)
    var report = try project.buildAndCompareWithClean()
    #expect(report.read == 1)
    let site = try files(in: project.output)
    #expect(site["en/2024-10-16-policy-address/what-changed/index.html"] != nil)

    // An earlier address: the later one's page gains a comparison, initiatives their oldest
    // mention, and the Technology Transfer Office a chart of its amounts ($8 million, then $16 million).
    let office = "en/initiatives/technology-transfer-office/index.html"
    let chart = Data("<svg".utf8)
    #expect(site[office].map { $0.range(of: chart) == nil } == true)
    try add("2023-24-budget-itib.txt", to: project)
    report = try project.buildAndCompareWithClean()
    #expect(report.read == 1)
    #expect(try files(in: project.output)[office].map { $0.range(of: chart) != nil } == true)

    // The merge file: the renamed scheme becomes one initiative.
    try FileManager.default.copyItem(
      at: corpus.appendingPathComponent("initiatives.json"),
      to: project.input.appendingPathComponent("initiatives.json"))
    try project.buildAndCompareWithClean()
    let merged = try files(in: project.output)
    #expect(merged["en/initiatives/re-industrialisation-funding-scheme/index.html"] != nil)
    #expect(merged["en/initiatives/new-industrialisation-funding-scheme/index.html"] == nil)

    // An address removed: its comparison and its mentions go.
    try FileManager.default.removeItem(at: project.input.appendingPathComponent("2023-policy-address-itib.txt"))
    report = try project.buildAndCompareWithClean()
    #expect(report.files.removed > 0)
    #expect(try files(in: project.output)["en/2024-10-16-policy-address/what-changed/index.html"] == nil)
  }

  /// Adding an address and editing one read those files only: the unchanged inputs are
  /// overwritten with blanks of their size, their stamps put back, and the site is still the one
  /// their real text gives (built clean beforehand), pages across addresses included.
  @Test func anAddedOrEditedAddressIsTheOnlyInputRead() throws {
    let project = try project(leavingOut: [])
    defer { project.remove() }
    let (added, edited) = ("2024-policy-address-itib.txt", "2023-policy-address-itib.txt")
    let original = try String(contentsOf: corpus.appendingPathComponent(edited), encoding: .utf8)
    // A figure of an initiative that the later policy address continues: on its initiative page,
    // the what-changed page, the figure tables and the open data.
    let text = original.replacingOccurrences(of: "最多**2億元**", with: "最多**3億元**")
      .replacingOccurrences(of: "up to **\\$200 million**", with: "up to **\\$300 million**")
    #expect(text.contains("**3億元**") && text.contains("$300 million"))
    try text.write(to: project.input.appendingPathComponent(edited), atomically: true, encoding: .utf8)
    let expected = project.root.appendingPathComponent("Expected")
    #expect(try SiteBuild.run(project.options(output: expected, clean: true)).failure == nil)

    try FileManager.default.removeItem(at: project.input.appendingPathComponent(added))
    try original.write(to: project.input.appendingPathComponent(edited), atomically: true, encoding: .utf8)
    try SiteBuild.run(project.options())
    for name in try FileManager.default.contentsOfDirectory(atPath: project.input.path) where name.hasSuffix(".txt") {
      try blankKeepingStamp(project.input.appendingPathComponent(name))
    }
    try add(added, to: project)
    var report = try SiteBuild.run(project.options())
    #expect(report.failure == nil && report.read == 1)
    try text.write(to: project.input.appendingPathComponent(edited), atomically: true, encoding: .utf8)
    report = try SiteBuild.run(project.options())
    #expect(report.failure == nil && report.read == 1)
    let site = try files(in: project.output)
    let wanted = try files(in: expected)
    #expect(site.keys.sorted() == wanted.keys.sorted())
    for (path, bytes) in wanted where site[path] != bytes { Issue.record("\(path) differs from a clean build") }
  }

  /// Overwrites the file with spaces, in place, and puts its modification time back.
  func blankKeepingStamp(_ url: URL) throws {
    let stamp = FileStamp(path: url.path)
    var info = stat()
    #expect(stat(url.path, &info) == 0)
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data(repeating: UInt8(ascii: " "), count: Int(info.st_size)))
    try handle.close()
    var times = [info.st_atim, info.st_mtim]
    #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
    #expect(FileStamp(path: url.path) == stamp)
  }

  @Test func aMistakeInTheRulesFailsTheBuildWithItsPlace() throws {
    let project = try project(leavingOut: [])
    defer { project.remove() }
    try #"{"merge": [["only one"]]}"#.write(
      to: project.input.appendingPathComponent("initiatives.json"), atomically: true, encoding: .utf8)
    let report = try SiteBuild.run(project.options())
    #expect(report.failure == "1 error")
    #expect(
      report.diagnostics.map(\.description).contains {
        $0.hasSuffix("Input/initiatives.json:1:13: error: a \"merge\" group needs two names or more")
      })
  }
}
