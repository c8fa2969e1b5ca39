import DiglotTestSupport
import Foundation
import Glibc
import Testing

/// `diglot build` end to end: a build killed midway, and input that tries to break out of the
/// page or the output folder.
@Suite struct BuildCommandTests {
  /// `--dry-run` lists what a build would write, and writes nothing.
  @Test func dryRunListsTheFilesAndLeavesTheSite() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root, inputs: ["2024-policy-address-itib.txt"])
    #expect(try runDiglot(["build"], in: project).status == 0)
    let before = try SiteTree(project.appendingPathComponent("Output"))
    let budget = try String(
      contentsOf: packageRoot.appendingPathComponent("Input/2024-25-budget-itib.txt"), encoding: .utf8)
    try budget.write(
      to: project.appendingPathComponent("Input/2024-25-budget-itib.txt"), atomically: true, encoding: .utf8)
    let dryRun = try runDiglot(["build", "--dry-run"], in: project)
    #expect(dryRun.status == 0)
    let lines = dryRun.stdout.split(separator: "\n")
    #expect(lines.contains("write en/2024-02-29-budget/index.html"))
    // Built without a base URL: no sitemap.
    #expect(!lines.contains { $0.hasSuffix("sitemap.xml") })
    #expect(!lines.contains("write en/2024-10-18-policy-address/index.html"))
    // The new address's pages and data, the home pages, feeds, the site's data and search index,
    // and the pages across addresses: the summary counts the files listed.
    let written = lines.filter { $0.hasPrefix("write ") }.count
    #expect(lines.contains("write zh-hant/search/index.js"))
    #expect(lines.contains("write en/initiatives/index.html"))
    #expect(lines.contains("write zh-hans/initiatives/index.html"))
    #expect(dryRun.stdout.contains("2 addresses read (1 new), \(written) pages to write"))
    #expect(try SiteTree(project.appendingPathComponent("Output")) == before)
  }

  /// An output named by one character, relative to the current folder, with or without a final
  /// `/`, is built and built again like any other (Foundation's path methods once stopped the
  /// process on such a name).
  @Test(arguments: ["o", "o/"]) func aOneCharacterOutputIsBuilt(output: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root, inputs: ["2024-policy-address-itib.txt"])
    let first = try runDiglot(["build", "--output", output], in: project)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("o/en/index.html").path))
    let again = try runDiglot(["build", "--output", output], in: project)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("0 pages written"), "\(again.stdout)")
  }

  /// `--languages` chooses the languages built; an unknown one is refused before anything is read.
  @Test func languagesChooseTheFoldersBuilt() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root, inputs: ["2024-policy-address-itib.txt"])
    let output = project.appendingPathComponent("Output")

    #expect(try runDiglot(["build"], in: project).status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output.path).sorted().filter { !$0.contains(".") } == [
        "assets", "data", "en", "zh-hans", "zh-hant",
      ])
    let build = try runDiglot(["build", "--languages", "zh-hant,en"], in: project)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output.path).sorted().filter { !$0.contains(".") } == [
        "assets", "data", "en", "zh-hant",
      ])
    let page = try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8)
    #expect(!page.contains("zh-hans") && page.contains("zh-hant/index.html"))
    // The pages are dated by `SOURCE_DATE_EPOCH`, a day in Hong Kong that is still the day before in UTC.
    #expect(page.contains("Last revision date: <time datetime=\"2026-11-27\">27 November 2026</time>"))

    let unknown = try runDiglot(["build", "--languages", "en,fr"], in: project)
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("unknown language \"fr\" (known: en, zh-hant, zh-hans)"))
    #expect(try FileManager.default.fileExists(atPath: output.appendingPathComponent("en/index.html").path))
  }

  /// A build killed with SIGKILL at each step of the publish (while rendering, once the older
  /// release's list of what it may change is saved, with its pages being rewritten, and right
  /// after the switch, while the record and the lists are being saved) leaves `Output/` the
  /// previous site or the new one, byte for byte; the next build then writes the site a clean
  /// build writes, and the one after it has nothing to do.
  @Test func aKilledBuildLeavesThePreviousSiteWhole() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root)
    let output = project.appendingPathComponent("Output")
    let releases = project.appendingPathComponent(".Output.releases")
    let inputs = try LargeInput()

    try inputs.write(.first, to: project)
    let firstBuild = try runDiglot(["build"], in: project)
    try #require(firstBuild.status == 0, "the first build failed: \(firstBuild.stderr)")
    let previousSite = try SiteTree(output)

    // Every input changes (titles and a bullet), so every page of every address changes.
    try inputs.write(.second, to: project)
    let reference = try runDiglot(["build", "--clean", "--output", "Reference"], in: project)
    try #require(reference.status == 0, "the reference build failed: \(reference.stderr)")
    let newSite = try SiteTree(project.appendingPathComponent("Reference"))
    let pages = newSite.files.keys.filter { $0.hasSuffix(".html") }
    let changedPages = pages.filter { previousSite.files[$0] != newSite.files[$0] }
    try #require(changedPages.count > pages.count * 9 / 10, "the second input does not change most pages")

    for point in KillPoint.allCases {
      // The release the build brings up to date: the one `Output` does not lead to.
      let published = try FileManager.default.destinationOfSymbolicLink(atPath: output.path)
      let lagging = releases.appendingPathComponent(published.hasSuffix("/a") ? "b" : "a")
      let listBefore = try? inode(lagging.path + ".stale")
      let pageBefore = try? inode(lagging.path + "/en/index.html")
      let build = try BackgroundBuild(["build"], in: project)
      try build.wait(for: point, timeout: 300) {
        switch point {
        case .rendering: false
        case .listed: (try? inode(lagging.path + ".stale")).map { $0 != listBefore } ?? false
        case .pagesBeingWritten: (try? inode(lagging.path + "/en/index.html")).map { $0 != pageBefore } ?? false
        case .switched: (try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) != published
        }
      }
      let running = build.process.isRunning
      kill(build.process.processIdentifier, SIGKILL)
      build.waitUntilExit()

      // The kill, not the end of the build, stopped the process.
      #expect(running, "\(point): the build had ended before the kill")
      #expect(build.process.terminationReason == .uncaughtSignal, "\(point): the build was not killed")
      #expect(build.process.terminationStatus == SIGKILL, "\(point)")

      let site = try SiteTree(output)
      if point == .switched {
        #expect(site.difference(from: newSite) == nil, "\(point): Output/ is not the new site")
      } else {
        #expect(site.difference(from: previousSite) == nil, "\(point): Output/ is not the previous site")
      }
    }

    // A normal build then finishes the job.
    let finalBuild = try runDiglot(["build"], in: project)
    #expect(finalBuild.status == 0, "\(finalBuild.stderr)")
    #expect(try SiteTree(output).difference(from: newSite) == nil, "Output/ is not the site a clean build writes")
    // The record saved with the site describes it: the next build has nothing to read or write.
    let again = try runDiglot(["build"], in: project)
    #expect(again.stdout.hasPrefix("\(inputs.count) addresses read, 0 pages written"), "\(again.stdout)")
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: project.path))
        == [
          "Input", "Templates", "Output", ".Output.diglot-state", ".Output.releases", "Reference",
          ".Reference.diglot-state", ".Reference.releases",
        ])
    // Both releases are right: a change published into each in turn gives a clean build's site.
    for version in [LargeInput.Version.first, .second] {
      try inputs.write(version, to: project)
      try expectSiteOfACleanBuild(in: project)
    }
  }

  /// Markup, quotes, ampersands and `../` in headings and bullets come out as text: escaped in the
  /// pages, never a new element, never a path.
  @Test func hostileTextIsEscapedAndStaysInsideTheOutput() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    // Deep enough that `../../../..` from the output still lands inside `root`, where it is seen.
    let project = try makeProject(in: root.appendingPathComponent("one/two"))
    let script = "<script>alert(1)</script>"
    let zhTail = "& \"引號\" '撇號' ../../etc/passwd"
    let enTail = "& \"quotes\" 'apostrophes' ../../etc/passwd"
    let text = """
      \(script) 創新科技及工業局財政預算案重點措施 \(zhTail)

      \(script) Budget \(enTail)

      1/3/2024

      # 1.範疇 \(script) 鞏固香港科研優勢促進創科產業發展 \(zhTail)

      Area \(script) \(enTail)

      ## 題目 \(script) 人工智能超算中心研究 \(zhTail)

      ### Topic \(script) \(enTail)

      - ◆ 項目 \(script) 撥款推行為期三年的資助計劃 \(zhTail)

      Item \(script) \(enTail)

      - ◆ 路徑 ../../../../etc/passwd 與 <img src=x onerror=alert(1)> 加強網絡及數據安全

      Path ../../../../etc/passwd and <img src=x onerror=alert(1)>

      """
    try text.write(to: project.appendingPathComponent("Input/hostile.txt"), atomically: true, encoding: .utf8)
    let before = try treeListing(root)

    let result = try runDiglot(["build"], in: project)
    #expect(result.status == 0, "\(result.stderr)")

    // Nothing new outside the output's releases but the link and the state file beside them.
    let after = try treeListing(root)
    let releasesPrefix = "one/two/project/.Output.releases/"
    let outside = after.subtracting(before).filter { !$0.hasPrefix(releasesPrefix) }
    #expect(
      outside == [
        "one/two/project/Output", "one/two/project/.Output.diglot-state", "one/two/project/.Output.releases",
      ])
    #expect(before.subtracting(after).isEmpty)

    // No folder made from the `../` text: every path is a plain name, and none is `etc` or `passwd`.
    let site = try SiteTree(project.appendingPathComponent("Output"))
    for path in site.files.keys.sorted() + site.folders.sorted() {
      let parts = path.split(separator: "/")
      #expect(!parts.contains { $0 == ".." || $0 == "." || $0 == "etc" || $0 == "passwd" }, "\(path)")
      #expect(path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-./".contains($0)) }, "\(path)")
    }

    let address = "2024-03-01-budget"
    // The address's folders other than its money figures' page are its areas'.
    let areas = site.folders.filter { $0.hasPrefix("en/\(address)/") && !$0.hasSuffix("/figures") }.map {
      $0.dropFirst("en/\(address)/".count)
    }
    let area = try #require(areas.first, "no area page")
    #expect(areas.count == 1)
    // The text of each language's area page: its heading, its topic and its two bullets.
    let expected: [(language: String, area: String, topic: String, bullets: [String])] = [
      (
        "en", "1. Area \(script) \(enTail)", "Topic \(script) \(enTail)",
        ["Item \(script) \(enTail)", "Path ../../../../etc/passwd and <img src=x onerror=alert(1)>"]
      ),
      (
        "zh-hant", "1. 範疇 \(script) 鞏固香港科研優勢促進創科產業發展 \(zhTail)",
        "題目 \(script) 人工智能超算中心研究 \(zhTail)",
        [
          "項目 \(script) 撥款推行為期三年的資助計劃 \(zhTail)",
          "路徑 ../../../../etc/passwd 與 <img src=x onerror=alert(1)> 加強網絡及數據安全",
        ]
      ),
    ]
    for page in expected {
      let areaPage = try #require(site.text(of: "\(page.language)/\(address)/\(area)/index.html"))
      let addressPage = try #require(site.text(of: "\(page.language)/\(address)/index.html"))
      let homePage = try #require(site.text(of: "\(page.language)/index.html"))
      for source in [areaPage, addressPage, homePage] {
        #expect(source.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
      }
      let area = HTMLPage(areaPage)
      #expect(area.texts(of: "h1") == [page.area])
      #expect(area.texts(of: "h2") == [page.topic])
      #expect(page.bullets.allSatisfy(area.texts(of: "li").contains))
      let overview = HTMLPage(addressPage)
      #expect(overview.texts(of: "a").contains(page.area))
      #expect(overview.texts(of: "a").contains(page.topic))
      #expect(area.text.contains(script))
    }

    // No page, feed or sitemap holds an element or attribute that came from the input; the only
    // scripts are the site's own: on every page the text-size control's and one JSON-LD
    // description, whose text has no `<` (so no `</script>` or `<!--`), and the search page's.
    for (path, _) in site.files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
      let source = try #require(site.text(of: path))
      let isPage = path.hasSuffix(".html")
      let ownScripts = !isPage ? 0 : path.hasSuffix("/search/index.html") ? 4 : 2
      if isPage {
        #expect(source.components(separatedBy: "assets/text-size.js\"></script>").count == 2, "\(path)")
        let parts = source.components(separatedBy: "<script type=\"application/ld+json\">")
        #expect(parts.count == 2, "\(path)")
        let json = parts.last?.components(separatedBy: "</script>").first ?? ""
        #expect(!json.contains("<") && json.hasPrefix("{") && json.hasSuffix("}"), "\(path)")
        #expect(!source.contains("<!--"), "\(path)")
        if path == "en/\(address)/\(area)/index.html" {
          #expect(json.contains("\\u003cscript>alert(1)\\u003c/script>"), "\(path)")
        }
      }
      #expect(source.lowercased().components(separatedBy: "<script").count - 1 == ownScripts, "\(path)")
      #expect(!source.lowercased().contains("<img"), "\(path)")
      let tags = HTMLPage(source).startTags
      #expect(tags.filter { $0.name == "script" }.count == ownScripts, "\(path)")
      #expect(!tags.contains { $0.name == "img" }, "\(path)")
      #expect(!tags.contains { $0.attributes.contains { $0.contains("onerror") || $0.contains("alert") } }, "\(path)")
    }
  }
}

// MARK: - Projects and trees

/// A project folder `project` inside `folder`, with the package's templates and an `Input/`
/// holding copies of the given files of the package's `Input/`.
func makeProject(in folder: URL, inputs: [String] = []) throws -> URL {
  let project = folder.appendingPathComponent("project")
  try FileManager.default.createDirectory(
    at: project.appendingPathComponent("Input"), withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    at: packageRoot.appendingPathComponent("Templates"), to: project.appendingPathComponent("Templates"))
  for input in inputs {
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Input/" + input), to: project.appendingPathComponent("Input/" + input))
  }
  return project
}

/// Every file and folder under `folder` (or the folder it leads to), as paths relative to it,
/// hidden ones included.
func treeListing(_ folder: URL) throws -> Set<String> {
  let enumerator = try #require(FileManager.default.enumerator(atPath: folder.resolvingSymlinksInPath().path))
  return Set(enumerator.compactMap { $0 as? String })
}

/// A site as it is on the disk: every file's path and bytes, and every folder.
struct SiteTree: Equatable {
  var files: [String: Data] = [:]
  var folders: Set<String> = []

  init(_ folder: URL) throws {
    for path in try treeListing(folder) {
      var isFolder: ObjCBool = false
      let full = folder.appendingPathComponent(path).path
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
      if isFolder.boolValue {
        folders.insert(path)
      } else {
        files[path] = try Data(contentsOf: URL(fileURLWithPath: full))
      }
    }
  }

  /// What differs from `other`, in a few words, or nil if nothing does.
  func difference(from other: SiteTree) -> String? {
    let paths = Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }
    let folderPaths = folders.symmetricDifference(other.folders)
    guard !paths.isEmpty || !folderPaths.isEmpty else { return nil }
    let examples = (paths.sorted() + folderPaths.sorted()).prefix(3).joined(separator: ", ")
    return "\(paths.count) files and \(folderPaths.count) folders differ (\(examples))"
  }

  /// The file at `path` as UTF-8 text.
  func text(of path: String) -> String? {
    files[path].map { String(decoding: $0, as: UTF8.self) }
  }
}

// MARK: - The large input

/// Many slide-text files made from the two examples in `Input/`: each a distinct address (its own
/// date), each with its own words in a bullet, in two versions that differ in every page (titles
/// and area titles).
struct LargeInput {
  enum Version: String {
    case first = "A"
    case second = "B"
  }

  /// How many files; by default enough that a build takes a few seconds in a debug build, so the
  /// kills land midway.
  let count: Int
  let budget: String
  let policyAddress: String

  init(count: Int = 120) throws {
    self.count = count
    let folder = packageRoot.appendingPathComponent("Input")
    budget = try String(contentsOf: folder.appendingPathComponent("2024-25-budget-itib.txt"), encoding: .utf8)
    policyAddress = try String(
      contentsOf: folder.appendingPathComponent("2024-policy-address-itib.txt"), encoding: .utf8)
  }

  /// Writes the files of `version` into `project`'s `Input/`.
  func write(_ version: Version, to project: URL) throws {
    let zhMark = version == .first ? "（甲稿）" : "（乙稿）"
    let enMark = "draft \(version.rawValue)"
    for index in 0..<count {
      // Distinct dates, D/M/YYYY, so that each file is its own address.
      let date = "\(index % 28 + 1)/\(index / 28 % 12 + 1)/\(2000 + index / 336)"
      // Letters, not digits, so that no figure is added to one language only.
      let copy = "copy " + letters(index)
      // Every area's title is marked, wherever the deck repeats it, so that every area page changes.
      let areaTitles =
        index.isMultiple(of: 2)
        ? [
          "促進創科產業發展", "推動「新型工業化」", "推動數碼轉型", "培育創科初創企業及人才", "development of I&T industries",
          "promote “new industrialisation”", "promote digital transformation", "Nurture I&T start-ups and talent",
        ]
        : ["推進香港新型工業化", "增強發展動能", "new industrialisation in Hong Kong", "strong impetus for growth"]
      let marked = areaTitles.reduce(index.isMultiple(of: 2) ? budget : policyAddress) { text, title in
        text.replacingOccurrences(of: title, with: title + (title.first!.isASCII ? " (\(enMark))" : zhMark))
      }
      let text =
        if index.isMultiple(of: 2) {
          try marked
            .replacingFirst("29/2/2024", with: date)
            .inserting(zhMark, after: "相關重點措施")
            .inserting(", \(enMark)", after: "Key initiatives under ITIB")
            .inserting(" (\(copy), \(enMark))", after: "to launch")
        } else {
          try marked
            .replacingFirst("18/10/2024", with: date)
            .inserting(zhMark, after: "行政長官2024年施政報告 創新科技及工業局")
            .inserting(", \(enMark)", after: "Attracting I&T Talents")
            .inserting(" (\(copy), \(enMark))", after: "Redeploy")
        }
      let name = String(format: "address-%03d.txt", index)
      try text.write(to: project.appendingPathComponent("Input/\(name)"), atomically: false, encoding: .utf8)
    }
  }
}

/// `index` in letters: 0 is `a`, 25 is `z`, 26 is `ba`.
func letters(_ index: Int) -> String {
  let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
  return index < 26 ? String(alphabet[index]) : letters(index / 26) + String(alphabet[index % 26])
}

extension String {
  /// The string with the first `target` replaced; throws when there is none.
  fileprivate func replacingFirst(_ target: String, with replacement: String) throws -> String {
    guard let found = range(of: target) else { throw CommandTestError("no \(target) in the example") }
    return replacingCharacters(in: found, with: replacement)
  }

  /// The string with `addition` put after the first `target`; throws when there is none.
  fileprivate func inserting(_ addition: String, after target: String) throws -> String {
    try replacingFirst(target, with: target + addition)
  }
}

// MARK: - A build in the background

/// Where a build is killed.
private enum KillPoint: CaseIterable, CustomStringConvertible {
  /// When the build says it is rendering: inputs read, nothing written.
  case rendering
  /// Once the list of what the older release may change at is saved: it is changed next.
  case listed
  /// Once the older release's pages are being rewritten.
  case pagesBeingWritten
  /// Once `Output` leads to the new release: the record and the lists are being saved.
  case switched

  var description: String {
    switch self {
    case .rendering: "killed while rendering"
    case .listed: "killed once the release's list was saved"
    case .pagesBeingWritten: "killed with the release's pages being written"
    case .switched: "killed after the switch"
    }
  }
}

/// The inode of the file at `path`, without following a symbolic link.
private func inode(_ path: String) throws -> UInt64 {
  var status = stat()
  guard lstat(path, &status) == 0 else { throw CommandTestError("no \(path)") }
  return UInt64(status.st_ino)
}

/// `diglot` running in the background, its standard error on a pseudo-terminal so that it shows
/// its progress (`rendering`, `writing 968 files`), which is collected.
private final class BackgroundBuild: @unchecked Sendable {
  let process = Process()
  private let lock = NSLock()
  private var progress = ""
  private let exited = DispatchSemaphore(value: 0)
  /// Whether the progress is seen; without a pseudo-terminal, time stands in for it.
  private(set) var showsProgress = false

  init(_ arguments: [String], in directory: URL) throws {
    process.executableURL = try diglotExecutable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = diglotEnvironment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { [exited] _ in exited.signal() }

    let (main, terminal) = openTerminal()
    if terminal >= 0 {
      process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
      showsProgress = true
    }
    defer { if terminal >= 0 { close(terminal) } }
    do {
      try process.run()
    } catch {
      if main >= 0 { close(main) }
      throw error
    }
    guard main >= 0 else { return }
    // Read until the process's end closes the terminal (EIO), so it never blocks on a full one.
    Thread.detachNewThread { [self] in
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(main, &buffer, buffer.count)
        if count <= 0 { break }
        lock.withLock { progress += String(decoding: buffer[..<count], as: UTF8.self) }
      }
      close(main)
    }
  }

  /// A new pseudo-terminal's two ends, or -1 where it cannot be had. `unlockpt` and `ptsname_r`,
  /// which the Glibc module does not declare, are looked up in the C library.
  private func openTerminal() -> (main: Int32, terminal: Int32) {
    typealias Unlock = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
    let main = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard main >= 0, let unlock = dlsym(nil, "unlockpt"), let name = dlsym(nil, "ptsname_r") else {
      return (main, -1)
    }
    var path = [CChar](repeating: 0, count: 128)
    guard unsafeBitCast(unlock, to: Unlock.self)(main) == 0,
      unsafeBitCast(name, to: Name.self)(main, &path, path.count) == 0
    else { return (main, -1) }
    return (main, open(path, O_RDWR | O_NOCTTY | O_CLOEXEC))
  }

  /// Waits, polling, until the build says it is rendering (at `.rendering`) or `reached` says
  /// the build got to `point`. Fails if the build ends first or `timeout` seconds pass.
  func wait(for point: KillPoint, timeout: Double, reached: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    let start = Date()
    while Date() < deadline {
      guard process.isRunning else { throw CommandTestError("\(point): the build ended before the kill") }
      if point == .rendering {
        let rendering =
          showsProgress ? lock.withLock { progress.contains("rendering") } : Date().timeIntervalSince(start) > 0.5
        if rendering { return }
      } else if reached() {
        return
      }
      usleep(1000)
    }
    kill(process.processIdentifier, SIGKILL)
    throw CommandTestError("\(point): not reached in \(timeout) s")
  }

  func waitUntilExit() {
    exited.wait()
    process.waitUntilExit()
  }
}

// MARK: - Reading HTML

/// An HTML page read the way a browser tokenizes it: start tags with their attribute names, end
/// tags, and text with its character references decoded. Enough for the pages the site writes.
private struct HTMLPage {
  enum Token: Equatable {
    case start(String, attributes: [String])
    case end(String)
    case text(String)
  }

  var tokens: [Token] = []

  init(_ source: String) {
    let characters = Array(source)
    var index = 0
    var text = ""
    func flushText() {
      if !text.isEmpty { tokens.append(.text(Self.decode(text))) }
      text = ""
    }
    while index < characters.count {
      let character = characters[index]
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      guard character == "<", next.isLetter || next == "/" || next == "!" || next == "?" else {
        text.append(character)
        index += 1
        continue
      }
      flushText()
      if next == "!" || next == "?" {
        // A doctype, comment or XML declaration.
        let end: [Character] = characters[index...].starts(with: "<!--") ? ["-", "-", ">"] : [">"]
        index += 2
        while index < characters.count, !characters[index...].starts(with: end) { index += 1 }
        index += end.count
        continue
      }
      index += 1
      let closing = characters[index] == "/"
      if closing { index += 1 }
      var name = ""
      while index < characters.count, !" \t\n/>".contains(characters[index]) {
        name.append(characters[index])
        index += 1
      }
      var attributes: [String] = []
      while index < characters.count, characters[index] != ">" {
        if " \t\n/".contains(characters[index]) {
          index += 1
          continue
        }
        var attribute = ""
        while index < characters.count, !" \t\n/>=".contains(characters[index]) {
          attribute.append(characters[index])
          index += 1
        }
        attributes.append(attribute.lowercased())
        if index < characters.count, characters[index] == "=" {
          index += 1
          if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
            let quote = characters[index]
            index += 1
            while index < characters.count, characters[index] != quote { index += 1 }
            index += 1
          } else {
            while index < characters.count, !" \t\n>".contains(characters[index]) { index += 1 }
          }
        }
      }
      index += 1
      tokens.append(closing ? .end(name.lowercased()) : .start(name.lowercased(), attributes: attributes))
    }
    flushText()
  }

  /// Every start tag.
  var startTags: [(name: String, attributes: [String])] {
    tokens.compactMap { if case .start(let name, let attributes) = $0 { (name, attributes) } else { nil } }
  }

  /// All the text of the page.
  var text: String {
    tokens.map { if case .text(let text) = $0 { text } else { "" } }.joined()
  }

  /// The text of each `name` element, in order (the outer one when they nest).
  func texts(of name: String) -> [String] {
    var texts: [String] = []
    var depth = 0
    var current = ""
    for token in tokens {
      switch token {
      case .start(name, _):
        depth += 1
      case .end(name) where depth > 0:
        depth -= 1
        if depth == 0 {
          texts.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
          current = ""
        }
      case .text(let text) where depth > 0:
        current += text
      default:
        break
      }
    }
    return texts
  }

  /// Text with its character references (`&lt;`, `&amp;`, `&#39;`, `&#x27;`) decoded.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
    var result = ""
    var rest = text[...]
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      rest = rest[ampersand...]
      if let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 {
        let name = rest[rest.index(after: rest.startIndex)..<semicolon]
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
          decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
          decoded = named[String(name)]
        }
        if let decoded {
          result += decoded
          rest = rest[rest.index(after: semicolon)...]
          continue
        }
      }
      result += "&"
      rest = rest.dropFirst()
    }
    return result + rest
  }
}
