import DiglotTestSupport
import Foundation
import Glibc
import Testing

/// The site and its record (the build's state) under a full disk and concurrent builds: the
/// output is always a whole site, the record always describes it, and messages say which path
/// failed and what was kept.
@Suite(.serialized) struct StateSaveTests {
  /// On a small disk, builds with less and less room to spare: each fails at some step (a page
  /// in the release being brought up to date, the record, …) with one line naming the path that failed, keeps the
  /// previous site and leaves nothing behind; once there is room, the build writes the site a
  /// clean build writes.
  @Test(.enabled(if: SmallDisk.canMount, "needs to mount a tmpfs (root with CAP_SYS_ADMIN)"))
  func aFullDiskAtEveryStepKeepsTheSiteAndNamesThePath() throws {
    let disk = try SmallDisk(bytes: 16 << 20)
    defer { disk.remove() }
    let project = try makeProject(in: disk.url)
    let inputs = try LargeInput(count: 12)
    try inputs.write(.first, to: project)
    let first = try runDiglot(["build"], in: project)
    try #require(first.status == 0, "\(first.stderr)")
    let output = project.appendingPathComponent("Output")
    let previousSite = try SiteTree(output)

    // One address changes: a few pages, the lists of addresses, and the record are written.
    let changed = project.appendingPathComponent("Input/address-000.txt")
    try String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "draft A", with: "draft B")
      .write(to: changed, atomically: false, encoding: .utf8)

    var failedPaths: [String] = []
    var room = 0
    while true {
      let filler = try disk.fill(leaving: room)
      let result = try runDiglot(["build"], in: project)
      try FileManager.default.removeItem(at: filler)
      if result.status == 0 { break }
      let errors = result.stderr.split(separator: "\n").filter { $0.contains("error:") }
      try #require(errors.count == 1, "with \(room) bytes free: \(result.stderr)")
      let error = String(errors[0])
      let match = try #require(
        error.wholeMatch(
          of: /Output: error: cannot [a-z ]+ (\S+): No space left on device; the previous site is in place/),
        "with \(room) bytes free: \(error)")
      failedPaths.append(String(match.1))
      #expect(try SiteTree(output) == previousSite, "with \(room) bytes free")
      let left = try FileManager.default.contentsOfDirectory(atPath: project.path)
      #expect(
        Set(left) == ["Input", "Templates", "Output", ".Output.diglot-state", ".Output.releases"],
        "with \(room) bytes free")
      let releases = try FileManager.default.contentsOfDirectory(atPath: project.path + "/.Output.releases")
      #expect(!releases.contains { $0.hasSuffix(".new") }, "with \(room) bytes free: \(releases)")
      room += 8 << 10
      try #require(room < 4 << 20, "the build never succeeded")
    }

    // The failures named files in the release being brought up to date (not in Output/), and the
    // new record.
    #expect(failedPaths.contains { $0.hasPrefix(".Output.releases/b/") })
    #expect(failedPaths.contains(".Output.diglot-state.new"))
    #expect(!failedPaths.contains { $0.hasPrefix("Output/") })
    try expectSiteOfACleanBuild(in: project)
  }

  /// Builds started four at a time while an input keeps changing: the lock serialises them, a
  /// build whose plan another build made stale starts again, and the record saved with each site
  /// describes it, so the next normal build gives exactly the site a clean build gives.
  @Test func concurrentBuildsLeaveASiteTheNextBuildKeepsRight() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let project = try makeProject(in: root)
    let inputs = try LargeInput(count: 6)
    try inputs.write(.first, to: project)
    #expect(try runDiglot(["build"], in: project).status == 0)
    let changing = project.appendingPathComponent("Input/address-001.txt")
    let original = try String(contentsOf: changing, encoding: .utf8)

    for round in 0..<5 {
      let builds = try (0..<4).map { _ in try BuildProcess(["build"], in: project) }
      for step in 0..<3 {
        usleep(30_000)
        // Replaced in one step, so that no build reads it half-written.
        try original.replacingOccurrences(of: "draft A", with: "draft \(round)-\(step)")
          .write(to: changing, atomically: true, encoding: .utf8)
      }
      for build in builds {
        let result = build.finish()
        #expect(result.status == 0, "round \(round): \(result.stderr)")
      }
    }
    try expectSiteOfACleanBuild(in: project)
  }
}

/// Builds `project` once more, normally, and checks that `Output/` is then the site a clean build
/// of the same inputs writes, and that a build after it has nothing to read or write.
func expectSiteOfACleanBuild(in project: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let build = try runDiglot(["build"], in: project)
  #expect(build.status == 0, "\(build.stderr)", sourceLocation: sourceLocation)
  let reference = try temporaryFolder()
  defer { try? FileManager.default.removeItem(at: reference) }
  let clean = try runDiglot(
    ["build", "--clean", "--output", reference.appendingPathComponent("Site").path], in: project)
  #expect(clean.status == 0, "\(clean.stderr)", sourceLocation: sourceLocation)
  let site = try SiteTree(project.appendingPathComponent("Output"))
  let expected = try SiteTree(reference.appendingPathComponent("Site"))
  #expect(site.difference(from: expected) == nil, sourceLocation: sourceLocation)
  let again = try runDiglot(["build"], in: project)
  #expect(again.stdout.contains(" 0 pages written"), "\(again.stdout)", sourceLocation: sourceLocation)
}

/// A `diglot` process whose output is read as it comes, so that it never blocks on a full pipe.
final class BuildProcess: @unchecked Sendable {
  let process: Process
  private let group = DispatchGroup()
  private var output = Data()
  private var errors = Data()

  init(_ arguments: [String], in directory: URL) throws {
    let (process, stdout, stderr) = try startDiglot(arguments, in: directory)
    self.process = process
    group.enter()
    DispatchQueue.global().async {
      self.output = stdout.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      self.errors = stderr.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
  }

  /// Waits for the process to end.
  func finish() -> CommandResult {
    group.wait()
    process.waitUntilExit()
    return CommandResult(
      stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// A small tmpfs mounted on a temporary folder, to fill up.
struct SmallDisk {
  let url: URL

  /// Whether this process may mount a tmpfs (it tries once).
  static let canMount: Bool = {
    guard let disk = try? SmallDisk(bytes: 1 << 20) else { return false }
    disk.remove()
    return true
  }()

  init(bytes: Int) throws {
    url = try temporaryFolder()
    let mounted = "size=\(bytes)".withCString { mount("tmpfs", url.path, "tmpfs", 0, $0) }
    guard mounted == 0 else {
      try? FileManager.default.removeItem(at: url)
      throw CommandTestError("cannot mount a tmpfs: \(String(cString: strerror(errno)))")
    }
  }

  /// Unmounts the disk, and removes its folder.
  func remove() {
    umount2(url.path, Int32(MNT_DETACH))
    try? FileManager.default.removeItem(at: url)
  }

  /// Fills the disk with a file until only `room` bytes are free; returns the file.
  func fill(leaving room: Int) throws -> URL {
    var info = statvfs()
    guard statvfs(url.path, &info) == 0 else { throw CommandTestError("statvfs failed") }
    let free = Int(info.f_bavail) * Int(info.f_bsize)
    let filler = url.appendingPathComponent("filler")
    let file = open(filler.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard file >= 0 else { throw CommandTestError("cannot create the filler") }
    defer { close(file) }
    if free > room {
      guard posix_fallocate(file, 0, off_t(free - room)) == 0 else { throw CommandTestError("cannot fill the disk") }
    }
    return filler
  }
}
