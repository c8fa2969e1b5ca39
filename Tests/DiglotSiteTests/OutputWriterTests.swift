import DiglotFileSystem
import DiglotTestSupport
import Foundation
import Glibc
import Testing

@testable import DiglotSite

@Suite struct OutputWriterTests {
  // MARK: Writing

  @Test func firstPublishCreatesEverything() throws {
    let folder = try TemporaryFolder()
    let files = site([
      "index.html": "<p>home</p>",
      "en/index.html": "<p>Budget</p>",
      "zh-hant/2024/budget/index.html": "<p>財政預算案</p>",
      "style.css": "",
    ])

    let summary = try OutputWriter.publish(files, to: folder.output)

    #expect(summary == PublishSummary(written: 4, unchanged: 0, removed: 0))
    #expect(try snapshot(folder.output) == expectedSnapshot(files))
    #expect(try mode(folder.output(".")) == 0o755)
    #expect(try mode(folder.output("zh-hant/2024")) == 0o755)
    #expect(
      try mode(folder.output("zh-hant/2024/budget/index.html")) == 0o644)
    #expect(try mode(folder.output("style.css")) == 0o644)
    #expect(try folder.siblings() == published)
  }

  @Test func republishRewritesOnlyTheChangedFile() throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a", "en/b.html": "b", "en/deep/c.html": "c"])
    try OutputWriter.publish(old, to: folder.output)
    let before = try identities(folder.output, old)

    let new = site(["a.html": "a", "en/b.html": "b, changed", "en/deep/c.html": "c"])
    let summary = try OutputWriter.publish(new, to: folder.output)

    #expect(summary == PublishSummary(written: 1, unchanged: 2, removed: 0))
    #expect(try snapshot(folder.output) == expectedSnapshot(new))
    let after = try identities(folder.output, new)
    #expect(after["a.html"] == before["a.html"])
    #expect(after["en/deep/c.html"] == before["en/deep/c.html"])
    #expect(after["en/b.html"]?.inode != before["en/b.html"]?.inode)
    #expect(try folder.siblings() == published)
  }

  @Test func publishingTheSameSiteLeavesTheOutputAlone() throws {
    let folder = try TemporaryFolder()
    let files = site(["a.html": "a", "en/b.html": "b"])
    try OutputWriter.publish(files, to: folder.output)
    let before = try identity(folder.output)

    let summary = try OutputWriter.publish(files, to: folder.output)

    #expect(summary == PublishSummary(written: 0, unchanged: 2, removed: 0))
    #expect(try identity(folder.output) == before)
  }

  /// A streamed file is written a piece at a time, kept when its bytes are those published, and
  /// compared only up to its first difference.
  @Test func aStreamedFileIsComparedAndWrittenAPieceAtATime() throws {
    let folder = try TemporaryFolder()
    let made = PieceCount()
    func entry(changingLine changed: Int? = nil) -> SiteEntry {
      .streamed(
        "data/figures.json",
        ByteStream { output in
          for line in 0..<100_000 where !output.isStopped {
            made.add()
            output.append("line \(line == changed ? "changed" : String(line))\n")
          }
        })
    }
    let whole = (0..<100_000).map { "line \($0)\n" }.joined()
    #expect(whole.utf8.count > 500_000)

    try OutputWriter.publish([entry()], to: folder.output, buildState: [])
    #expect(try String(contentsOf: folder.output("data/figures.json"), encoding: .utf8) == whole)
    let before = try identity(folder.output("data/figures.json"))

    let same = try OutputWriter.publish([entry()], to: folder.output, buildState: [])
    #expect(same == PublishSummary(written: 0, unchanged: 1, removed: 0))
    #expect(try identity(folder.output("data/figures.json")) == before)

    made.reset()
    let changed = try OutputWriter.publish([entry(changingLine: 10)], to: folder.output, buildState: [])
    #expect(changed == PublishSummary(written: 1, unchanged: 0, removed: 0))
    #expect(
      try String(contentsOf: folder.output("data/figures.json"), encoding: .utf8)
        == whole.replacingOccurrences(of: "line 10\n", with: "line changed\n"))
    // Made once to be written; before that, only its first pieces, to be held or compared.
    #expect(made.count < 150_000)

    let longer = try OutputWriter.publish(
      [.streamed("data/figures.json", ByteStream(Array((whole + "more\n").utf8)))], to: folder.output, buildState: [])
    #expect(longer.written == 1)
    let shorter = try OutputWriter.publish(
      [.streamed("data/figures.json", ByteStream(Array(whole.utf8)))], to: folder.output, buildState: [])
    #expect(shorter.written == 1)
    #expect(try String(contentsOf: folder.output("data/figures.json"), encoding: .utf8) == whole)
  }

  @Test func changedModesAreRestored() throws {
    let folder = try TemporaryFolder()
    let files = site(["a.html": "a", "en/b.html": "b"])
    try OutputWriter.publish(files, to: folder.output)

    chmod(folder.output("en").path, 0o700)
    #expect(
      try OutputWriter.publish(files, to: folder.output)
        == PublishSummary(written: 0, unchanged: 2, removed: 0))
    #expect(try mode(folder.output("en")) == 0o755)

    chmod(folder.output("a.html").path, 0o600)
    #expect(
      try OutputWriter.publish(files, to: folder.output)
        == PublishSummary(written: 1, unchanged: 1, removed: 0))
    #expect(try mode(folder.output("a.html")) == 0o644)
  }

  @Test func filesLeftOutOfTheSiteDisappear() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(
      site(["a.html": "a", "b/c.html": "c", "b/d/e.html": "e"]), to: folder.output)

    let new = site(["a.html": "a"])
    let summary = try OutputWriter.publish(new, to: folder.output)

    #expect(summary == PublishSummary(written: 0, unchanged: 1, removed: 2))
    #expect(try snapshot(folder.output) == expectedSnapshot(new))
    #expect(SiteRecord.load(for: folder.output)?.files == ["a.html"])
  }

  // MARK: Owning the output

  /// Files, links and folders that Diglot did not make stop the publish, which then changes
  /// nothing, and the message names them; once they are moved out, the publish goes ahead.
  @Test func entriesDiglotDidNotMakeStopThePublish() throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a", "b/c.html": "c"])
    try OutputWriter.publish(old, to: folder.output)
    try Data("stray".utf8).write(to: folder.output("b/stray.txt"))
    try FileManager.default.createSymbolicLink(atPath: folder.output("link").path, withDestinationPath: "a.html")
    try FileManager.default.createDirectory(
      at: folder.output("drafts/deep"), withIntermediateDirectories: true)
    try Data("draft".utf8).write(to: folder.output("drafts/deep/d.html"))
    let before = try snapshot(folder.output)

    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(site(["a.html": "A"]), to: folder.output)
    }
    #expect(
      error?.description
        == "\(folder.output.path) is not empty and holds entries Diglot did not make (b/stray.txt, drafts/, link); "
        + "Diglot replaces only a site it made: move them out of \(folder.output.path), or choose a new or empty "
        + "folder with --output; nothing was changed")
    #expect(throws: OutputError.self) { try OutputWriter.plan(site(["a.html": "A"]), against: folder.output) }
    #expect(try snapshot(folder.output) == before)

    for stray in ["b/stray.txt", "link", "drafts"] {
      try FileManager.default.removeItem(at: folder.output(stray))
    }
    try OutputWriter.publish(site(["a.html": "A"]), to: folder.output)
    #expect(try snapshot(folder.output) == expectedSnapshot(site(["a.html": "A"])))
  }

  /// A folder with no record of a site (a folder of the user's, or a site whose record is lost) is
  /// not replaced; an empty folder is.
  @Test func aFolderWithoutARecordIsLeftAloneUnlessEmpty() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(site(["a.html": "a"]), to: folder.output)
    try FileManager.default.removeItem(at: SiteRecord.location(for: folder.output))

    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(site(["a.html": "a"]), to: folder.output)
    }
    #expect(error?.error == .notDiglotsSite(folder.output.path, examples: ["a.html"], count: 1))
    #expect(try snapshot(folder.output) == expectedSnapshot(site(["a.html": "a"])))

    try FileManager.default.removeItem(at: folder.output("a.html"))
    try OutputWriter.publish(site(["b.html": "b"]), to: folder.output)
    #expect(try snapshot(folder.output) == expectedSnapshot(site(["b.html": "b"])))
  }

  /// A publish planned against one site finds another in its place: it changes nothing.
  @Test func aSiteReplacedSinceThePlanIsNotOverwritten() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(site(["a.html": "a"]), to: folder.output)
    let planned = try #require(SiteRecord.load(for: folder.output)).folder
    try OutputWriter.publish(site(["a.html": "a", "b.html": "b"]), to: folder.output)

    #expect(throws: PublishError(.siteChangedDuringBuild(folder.output.path), outcome: .previousSiteInPlace)) {
      try OutputWriter.publish([.kept("a.html")], to: folder.output, buildState: [], expecting: planned)
    }
    #expect(try snapshot(folder.output) == expectedSnapshot(site(["a.html": "a", "b.html": "b"])))
  }

  /// The build's state is saved with the site, and replaced even when no file of the site changes.
  @Test func theRecordKeepsTheBuildStateAndTheFolderStamp() throws {
    let folder = try TemporaryFolder()
    let files = site(["a.html": "a", "en/b.html": "b"]).map(SiteEntry.file)
    try OutputWriter.publish(files, to: folder.output, buildState: [1, 2, 3])
    var record = try #require(SiteRecord.load(for: folder.output))
    #expect(
      record
        == SiteRecord(
          files: ["a.html", "en/b.html"], folder: record.folder, folderChanges: record.folderChanges,
          buildState: [1, 2, 3]))
    #expect(record.folder == FileStamp(path: folder.output.path))
    #expect(record.folderChanges != nil)

    let summary = try OutputWriter.publish(files, to: folder.output, buildState: [4])
    #expect(summary == PublishSummary(written: 0, unchanged: 2, removed: 0))
    record = try #require(SiteRecord.load(for: folder.output))
    #expect(record.buildState == [4])
    #expect(try folder.siblings() == published)
  }

  @Test func aDamagedRecordIsNoRecord() throws {
    let record = SiteRecord(
      files: ["a.html", "en/b.html"], folder: FileStamp(size: 1, modified: -2, inode: 3), folderChanges: 4,
      buildState: [9])
    let bytes = record.encoded()
    #expect(SiteRecord.decode(bytes) == record)
    // Cut anywhere before the build state (which checks itself), it is not read.
    for length in 0..<(bytes.count - record.buildState.count) {
      #expect(SiteRecord.decode(Array(bytes.prefix(length))) == nil, "cut to \(length) bytes")
    }
    #expect(SiteRecord.decode(Array("diglot-site 0\n".utf8) + bytes.dropFirst(14)) == nil)
  }

  /// A record of the Diglot that did not keep the folders' change stamp is read, without it.
  @Test func aRecordWithoutTheFoldersChangeStampIsRead() throws {
    var bytes = Array("diglot-site 1\n".utf8)
    for number: UInt64 in [1, 2, 3, 1] { withUnsafeBytes(of: number.littleEndian) { bytes += $0 } }
    bytes += Array("a.html\u{0}".utf8) + [9]
    #expect(
      SiteRecord.decode(bytes)
        == SiteRecord(files: ["a.html"], folder: FileStamp(size: 1, modified: 2, inode: 3), buildState: [9]))
  }

  /// The output is not listed while its folders keep the change stamp the record saved; an entry
  /// added to a folder changes it for good (setting the folder's times back does not hide it),
  /// and an entry added and removed again stops nothing once the output is listed.
  @Test func theFoldersChangeStampFindsEntriesAddedDeepDown() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(site(["a.html": "a", "b/c/d.html": "d"]), to: folder.output)
    let deep = folder.output("b/c")
    var times = try FileManager.default.attributesOfItem(atPath: deep.path)
    try Data("stray".utf8).write(to: folder.output("b/c/stray.txt"))
    try FileManager.default.setAttributes(
      [.modificationDate: try #require(times[.modificationDate])], ofItemAtPath: deep.path)
    times = try FileManager.default.attributesOfItem(atPath: deep.path)

    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(site(["a.html": "A"]), to: folder.output)
    }
    #expect(error?.description.contains("holds an entry Diglot did not make (b/c/stray.txt)") == true)
    #expect(
      try FileManager.default.attributesOfItem(atPath: deep.path)[.modificationDate] as? Date
        == times[.modificationDate] as? Date)

    try FileManager.default.removeItem(at: folder.output("b/c/stray.txt"))
    let new = site(["a.html": "A", "b/c/d.html": "d"])
    #expect(try OutputWriter.publish(new, to: folder.output) == PublishSummary(written: 1, unchanged: 1, removed: 0))
    #expect(try snapshot(folder.output) == expectedSnapshot(new))
  }

  /// An output folder that Diglot published before it kept releases (a real folder, and a
  /// record of its files) is replaced by the link in one step; the folder, as it was, becomes the
  /// older release, which the next publish brings up to date.
  @Test func aFolderPublishedBeforeReleasesBecomesTheOlderRelease() throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a", "en/b.html": "b", "en/gone.html": "gone"])
    for file in old {
      try FileManager.default.createDirectory(
        at: folder.output(file.path).deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.contents).write(to: folder.output(file.path))
    }
    let record = SiteRecord(
      files: old.map(\.path), folder: try #require(FileStamp(path: folder.output.path)), buildState: [1])
    try Data(record.encoded()).write(to: SiteRecord.location(for: folder.output))
    let kept = try identity(folder.output("a.html"))

    let new = site(["a.html": "a", "en/b.html": "B", "c.html": "c"])
    #expect(try OutputWriter.publish(new, to: folder.output) == PublishSummary(written: 2, unchanged: 1, removed: 1))

    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.output.path) == ".Output.releases/a")
    #expect(try snapshot(folder.output) == expectedSnapshot(new))
    #expect(try identity(folder.output("a.html")) == kept)
    #expect(try snapshot(folder.url.appendingPathComponent(".Output.releases/b")) == expectedSnapshot(old))
    #expect(try folder.siblings() == published)
    for files in [site(["a.html": "A", "d/e.html": "e"]), site(["en/b.html": "b"])] {
      try OutputWriter.publish(files, to: folder.output)
      #expect(try snapshot(folder.output) == expectedSnapshot(files))
    }
  }

  /// A release changed behind Diglot's back (a file added to the one not shown, another changed
  /// in place) would be published as it is by a publish that trusts its list; one that makes it
  /// again whole, as `--clean` does, publishes exactly the site.
  @Test func remakingTheReleaseRepairsIt() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(site(["a.html": "1", "b.html": "b"]), to: folder.output)
    try OutputWriter.publish(site(["a.html": "2", "b.html": "b"]), to: folder.output)
    let lagging = folder.url.appendingPathComponent(".Output.releases/a")
    try Data("stray".utf8).write(to: lagging.appendingPathComponent("stray.html"))
    try FileManager.default.removeItem(at: lagging.appendingPathComponent("b.html"))
    try Data("changed".utf8).write(to: lagging.appendingPathComponent("b.html"))

    let files = site(["a.html": "3", "b.html": "b"])
    try OutputWriter.publish(files.map(SiteEntry.file), to: folder.output, buildState: [], remakingRelease: true)
    #expect(try snapshot(folder.output) == expectedSnapshot(files))
  }

  @Test func aFileMayReplaceAFolderAndTheOtherWayRound() throws {
    let folder = try TemporaryFolder()
    try OutputWriter.publish(site(["a": "file", "b/c": "c"]), to: folder.output)

    let new = site(["a/x": "x", "b": "file"])
    try OutputWriter.publish(new, to: folder.output)

    #expect(try snapshot(folder.output) == expectedSnapshot(new))
  }

  // MARK: Planning

  @Test func planListsChangesWithoutTouchingTheDisk() throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a", "b.html": "b", "c.html": "c"])
    #expect(
      try OutputWriter.plan(old, against: folder.output)
        == PublishPlan(written: ["a.html", "b.html", "c.html"], unchanged: [], removed: []))
    #expect(try folder.siblings() == [])

    try OutputWriter.publish(old, to: folder.output)
    let new = site(["a.html": "a", "b.html": "B", "d/e.html": "e"])
    let plan = try OutputWriter.plan(new, against: folder.output)

    #expect(
      plan
        == PublishPlan(written: ["b.html", "d/e.html"], unchanged: ["a.html"], removed: ["c.html"]))
    #expect(plan.summary == PublishSummary(written: 2, unchanged: 1, removed: 1))
    #expect(try snapshot(folder.output) == expectedSnapshot(old))
    #expect(try folder.siblings() == published)
  }

  // MARK: Refusing

  @Test(arguments: ["../x", "/etc/x", "a//b", "a/./b", "a/..", "a/", "", ".", "a\u{0}b"])
  func invalidPathThrowsAndWritesNothing(path: String) throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a"])
    try OutputWriter.publish(old, to: folder.output)

    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(
        old + site(["b.html": "b"]) + [SiteFile(path: path, contents: [1])], to: folder.output)
    }

    #expect(error?.error.description.hasPrefix("invalid site path \(path.debugDescription): ") == true)
    #expect(error?.outcome == .previousSiteInPlace)
    #expect(try snapshot(folder.output) == expectedSnapshot(old))
    #expect(try folder.siblings() == published)
  }

  /// The folders of sorted paths, each once and before the folders inside it, whatever sorts
  /// between a folder's name and its `/`.
  @Test func theFoldersOfSortedPathsComeParentsFirst() {
    let paths = ["a-b/y", "a.html", "a/b/c/x", "a/b/c/y", "a/b/z", "a/b0/w", "a/d/e/f/g", "b/e", "c"]
    #expect(
      ValidatedSite.folders(ofSorted: paths)
        == ["a-b", "a", "a/b", "a/b/c", "a/b0", "a/d", "a/d/e", "a/d/e/f", "b"])
    #expect(ValidatedSite.folders(ofSorted: []) == [])
  }

  @Test func collidingPathsThrow() throws {
    let folder = try TemporaryFolder()
    #expect(throws: PublishError(.duplicatePath("a"), outcome: .nothingPublished)) {
      try OutputWriter.publish(site(["a": "1"]) + site(["a": "2"]), to: folder.output)
    }
    #expect(throws: PublishError(.fileAndFolder("a"), outcome: .nothingPublished)) {
      try OutputWriter.publish(site(["a": "1", "a/b": "2"]), to: folder.output)
    }
    #expect(try folder.siblings() == [])
  }

  @Test func outputThatIsAFileIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    try Data("precious".utf8).write(to: folder.output)

    #expect(
      throws: PublishError(
        .unusableOutput(folder.output.path, reason: "it is a file, not a folder"), outcome: .outputUntouched)
    ) {
      try OutputWriter.publish(site(["a.html": "a"]), to: folder.output)
    }
    #expect(try String(contentsOf: folder.output, encoding: .utf8) == "precious")
    #expect(try folder.siblings() == ["Output"])
  }

  @Test func outputThatIsASymbolicLinkIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    let elsewhere = folder.url.appendingPathComponent("elsewhere")
    try OutputWriter.publish(site(["keep.html": "keep"]), to: elsewhere)
    try FileManager.default.createSymbolicLink(
      atPath: folder.output.path, withDestinationPath: "elsewhere")

    #expect(
      throws: PublishError(
        .unusableOutput(folder.output.path, reason: "it is a symbolic link Diglot did not make"),
        outcome: .outputUntouched)
    ) {
      try OutputWriter.publish(site(["a.html": "a"]), to: folder.output)
    }
    #expect(try snapshot(elsewhere) == expectedSnapshot(site(["keep.html": "keep"])))
  }

  @Test func failureMidwayLeavesTheOldSite() throws {
    let folder = try TemporaryFolder()
    let old = site(["a.html": "a", "b.html": "b"])
    try OutputWriter.publish(old, to: folder.output)
    let tooLong = "z/" + String(repeating: "x", count: 300)

    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(
        site(["a.html": "A", "b.html": "B", tooLong: "x"]), to: folder.output)
    }

    // The message names the file that failed, in the release being brought up to date (not the
    // published one), and says what was kept.
    guard case .system(_, let path, ENAMETOOLONG) = error?.error else {
      Issue.record("unexpected error \(String(describing: error))")
      return
    }
    let release = try #require(path.firstMatch(of: /^(.*)\/\.Output\.releases\/b\/(.*)$/))
    #expect(String(release.1) == folder.url.path && String(release.2) == tooLong)
    #expect(error?.outcome == .previousSiteInPlace)
    #expect(error?.description.hasSuffix(": File name too long; the previous site is in place") == true)
    #expect(try snapshot(folder.output) == expectedSnapshot(old))
    #expect(try folder.siblings() == published)
  }

  @Test func errorsNameThePathAndTheCause() {
    let error = OutputError.system(action: "write", path: "Output/en/index.html", errno: ENOSPC)
    #expect(error.description == "cannot write Output/en/index.html: No space left on device")
    #expect(
      OutputError.invalidPath("a\u{0}b", reason: "it contains a NUL character").description
        == #"invalid site path "a\0b": it contains a NUL character"#)
  }

  // MARK: Surviving a kill

  @Test func leftoverStagingFoldersAreRemoved() throws {
    let folder = try TemporaryFolder()
    let files = site(["a.html": "a"])
    try OutputWriter.publish(files, to: folder.output)
    let leftover = folder.url.appendingPathComponent(".Output.staging-dead/en")
    try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: leftover.appendingPathComponent("x.html"))
    try Data().write(to: folder.url.appendingPathComponent(".Output.staging-file"))
    try Data().write(to: folder.url.appendingPathComponent(".Outputs.staging-other"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent(".Output.link-new").path, withDestinationPath: ".Output.releases/b")

    try OutputWriter.publish(files, to: folder.output)

    #expect(try folder.siblings() == [".Output.diglot-state", ".Output.releases", ".Outputs.staging-other", "Output"])
    #expect(try snapshot(folder.output) == expectedSnapshot(files))
  }

  /// A child process publishes a new site and stops itself at `stop`, so the kill is sure to
  /// come mid-publish; it is then killed with SIGKILL. The output must be exactly the published
  /// site (or the new one once switched), and the next publishes, into each release in turn, must
  /// give each site whole: the release the kill left half brought up to date included.
  @Test(arguments: [
    OutputWriter.Checkpoint.staleListed, .staged(1), .staged(40), .recordWritten, .switched, .recordSaved,
  ])
  func killedPublishLeavesAWholeSite(stop: OutputWriter.Checkpoint) throws {
    let folder = try TemporaryFolder()
    let versions = (1...5).map(largeSite(version:))
    // After two publishes, the release published into next lags behind by the second's changes.
    try OutputWriter.publish(versions[0], to: folder.output)
    try OutputWriter.publish(versions[1], to: folder.output)

    // The child of this multithreaded process runs only code the parent has just run, and
    // never returns to the test runner: it stops itself, or ends with _exit.
    let pid = fork()
    if pid == 0 {
      _ = try? OutputWriter.publish(
        versions[2].map(SiteEntry.file), to: folder.output, buildState: [3], expecting: nil
      ) {
        if $0 == stop { raise(SIGSTOP) }
      }
      _exit(0)
    }
    try #require(pid > 0)
    let stopped = waitUntilStopped(pid)
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    try #require(stopped, "the child did not reach \(stop)")
    #expect(status & 0x7f == SIGKILL)

    let switched = stop == .switched || stop == .recordSaved
    let site = switched ? versions[2] : versions[1]
    #expect(try snapshot(folder.output) == expectedSnapshot(site))
    // The new record was written before the switch; a tidy (as the next publish does first) puts
    // it in place if the switch happened, and removes it if not.
    let pending = folder.url.appendingPathComponent(".Output.diglot-state.new")
    #expect(FileManager.default.fileExists(atPath: pending.path) == (stop == .recordWritten || stop == .switched))
    try OutputWriter.tidy(folder.output)
    #expect(try folder.siblings() == published)
    let record = try #require(SiteRecord.load(for: folder.output))
    #expect(record.files == site.map(\.path).sorted())
    #expect(record.buildState == (switched ? [3] : []))
    #expect(record.folder == FileStamp(path: folder.output.path))

    for version in versions[3...] {
      try OutputWriter.publish(version, to: folder.output)
      #expect(try snapshot(folder.output) == expectedSnapshot(version))
    }
    #expect(try folder.siblings() == published)
  }

  /// The disk fills up once the new site is in place, as the list of what the older release
  /// lacks is saved: the error says that the new site is in place, no half-written list is left,
  /// and the next publishes make that release again whole and give each site whole.
  @Test(.enabled(if: geteuid() == 0, "needs to mount a tmpfs"))
  func aFullDiskAfterTheSwitchSaysTheNewSiteIsInPlace() throws {
    let folder = try TemporaryFolder()
    try #require(mount("tmpfs", folder.url.path, "tmpfs", 0, "size=8m") == 0, "cannot mount a tmpfs")
    defer { umount2(folder.url.path, Int32(MNT_DETACH)) }
    let versions = (1...5).map(largeSite(version:))
    try OutputWriter.publish(versions[0], to: folder.output)
    try OutputWriter.publish(versions[1], to: folder.output)

    let filler = folder.url.appendingPathComponent("filler")
    let error = #expect(throws: PublishError.self) {
      try OutputWriter.publish(versions[2].map(SiteEntry.file), to: folder.output, buildState: [3], expecting: nil) {
        if $0 == .recordSaved { fill(folder.url, with: filler) }
      }
    }
    #expect(
      error?.description
        == "cannot write \(folder.url.path)/.Output.releases/b.stale.new: No space left on device; the new site is in place"
    )
    #expect(try snapshot(folder.output) == expectedSnapshot(versions[2]))
    #expect(SiteRecord.load(for: folder.output)?.buildState == [3])
    #expect(try folder.siblings() == (published + ["filler"]).sorted())
    let releases = try FileManager.default.contentsOfDirectory(
      atPath: folder.url.appendingPathComponent(".Output.releases").path)
    #expect(!releases.contains { $0.hasSuffix(".new") || $0 == "b.stale" }, "\(releases)")

    try FileManager.default.removeItem(at: filler)
    for version in versions[3...] {
      try OutputWriter.publish(version, to: folder.output)
      #expect(try snapshot(folder.output) == expectedSnapshot(version))
    }
  }

  /// Kills publishing children at varied moments, without stopping them first.
  @Test func publishKilledAtAnyMomentLeavesAWholeSite() throws {
    let folder = try TemporaryFolder()
    let (old, new) = (largeSite(version: 1), largeSite(version: 2))
    let (oldSnapshot, newSnapshot) = (expectedSnapshot(old), expectedSnapshot(new))
    for round in 0..<8 {
      try OutputWriter.publish(old, to: folder.output)
      let pid = fork()
      if pid == 0 {
        _ = try? OutputWriter.publish(new, to: folder.output)
        _exit(0)
      }
      try #require(pid > 0)
      usleep(UInt32(round) * 5_000)
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)

      let found = try snapshot(folder.output)
      #expect(found == oldSnapshot || found == newSnapshot, "round \(round)")
      try OutputWriter.tidy(folder.output)
      let record = try #require(SiteRecord.load(for: folder.output))
      #expect(record.files == (found == newSnapshot ? new : old).map(\.path).sorted(), "round \(round)")
    }
    try OutputWriter.publish(new, to: folder.output)
    #expect(try snapshot(folder.output) == newSnapshot)
    #expect(try folder.siblings() == published)
  }
}

// MARK: Helpers

/// What a folder holds beside it after a publish: the output and its record.
private let published = [".Output.diglot-state", ".Output.releases", "Output"]

/// A new, empty folder that is removed with everything in it when the value is released;
/// `output` is the (not yet existing) `Output` inside it.
private final class TemporaryFolder {
  let url: URL
  var output: URL { url.appendingPathComponent("Output") }

  /// The entry `path` inside `output`.
  func output(_ path: String) -> URL { output.appendingPathComponent(path) }

  init() throws {
    url = try temporaryFolder("OutputWriterTests")
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The names in the folder, sorted.
  func siblings() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }
}

private func site(_ files: [String: String]) -> [SiteFile] {
  files.map { SiteFile(path: $0.key, contents: Array($0.value.utf8)) }.sorted { $0.path < $1.path }
}

/// About 400 files in several folders, each a few kilobytes; versions differ in some files'
/// bytes and in which files exist.
private func largeSite(version: Int) -> [SiteFile] {
  (0..<400).compactMap { index in
    if index % 50 == version { return nil }
    let changed = index % 7 == 0 ? version : 0
    let text = String(repeating: "page \(index) 第\(index)頁 v\(changed)\n", count: 200)
    return SiteFile(
      path: "\(index % 2 == 0 ? "en" : "zh-hant")/area-\(index % 9)/page-\(index).html",
      contents: Array(text.utf8))
  }
}

private let folderMark = "<folder>"

/// Every entry under `root` (or the folder it leads to) by relative path: a file's text, or
/// `folderMark` for a folder.
private func snapshot(_ root: URL) throws -> [String: String] {
  let root = root.resolvingSymlinksInPath()
  var entries: [String: String] = [:]
  for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
    let url = root.appendingPathComponent(path)
    let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
    entries[path] =
      isFolder ? folderMark : String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }
  return entries
}

/// The snapshot of a folder that holds exactly `files`.
private func expectedSnapshot(_ files: [SiteFile]) -> [String: String] {
  var entries: [String: String] = [:]
  for file in files {
    entries[file.path] = String(decoding: file.contents, as: UTF8.self)
    var components = file.path.split(separator: "/").dropLast()
    while !components.isEmpty {
      entries[components.joined(separator: "/")] = folderMark
      components = components.dropLast()
    }
  }
  return entries
}

private struct Identity: Equatable {
  var inode: UInt
  var modifiedSeconds: Int
  var modifiedNanoseconds: Int
}

/// The inode and modification time of `url`.
private func identity(_ url: URL) throws -> Identity {
  var status = stat()
  try #require(lstat(url.path, &status) == 0)
  return Identity(
    inode: UInt(status.st_ino), modifiedSeconds: status.st_mtim.tv_sec,
    modifiedNanoseconds: status.st_mtim.tv_nsec)
}

private func identities(_ root: URL, _ files: [SiteFile]) throws -> [String: Identity] {
  var identities: [String: Identity] = [:]
  for file in files {
    identities[file.path] = try identity(root.appendingPathComponent(file.path))
  }
  return identities
}

private func mode(_ url: URL) throws -> mode_t {
  var status = stat()
  try #require(lstat(url.path, &status) == 0)
  return status.st_mode & 0o7777
}

/// Takes the free room of the file system that holds `folder` with the file `filler`.
private func fill(_ folder: URL, with filler: URL) {
  var info = statvfs()
  guard statvfs(folder.path, &info) == 0 else { return }
  let file = open(filler.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
  defer { close(file) }
  _ = posix_fallocate(file, 0, off_t(Int(info.f_bavail) * Int(info.f_bsize)))
}

/// Waits up to a minute for the child `pid` to stop itself; false if it exits or does not stop.
private func waitUntilStopped(_ pid: pid_t) -> Bool {
  for _ in 0..<6_000 {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WUNTRACED | WNOHANG)
    if result == pid { return status & 0xff == 0x7f }
    if result != 0 { return false }
    usleep(10_000)
  }
  return false
}

/// How many lines a stream made; a stream is made on one thread at a time.
private final class PieceCount: @unchecked Sendable {
  private(set) var count = 0
  func add() { count += 1 }
  func reset() { count = 0 }
}
