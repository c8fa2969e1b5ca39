import DiglotTestSupport
import Foundation
import Testing

/// `diglot watch`, end to end: it builds, builds again when an input is added, keeps the last
/// good site when an input is broken, and stops cleanly on Ctrl-C.
@Suite struct WatchCommandTests {
  @Test(.timeLimit(.minutes(2))) func rebuildsOnChangesKeepsTheSiteOnErrorsAndStopsOnInterrupt() throws {
    let project = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: project) }
    for folder in ["Input", "Templates"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
    }
    let input = project.appendingPathComponent("Input")
    let site = project.appendingPathComponent("Output")

    let watch = try WatchRun(
      ["watch", "--input", "Input", "--templates", "Templates", "--output", "Output", "--interval", "0.1"],
      in: project)
    defer { watch.end() }

    try watch.waitUntil("the first build") { $0.stdout.contains("2 addresses read") }
    #expect(watch.stderr.hasPrefix("watching Input/ and Templates/ (Ctrl-C to stop)\n"))
    #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("en/2024-02-29-budget/index.html").path))

    // A new address: the 2024-25 Budget moved to another date.
    let budget = try String(contentsOf: input.appendingPathComponent("2024-25-budget-itib.txt"), encoding: .utf8)
    try #require(budget.contains("29/2/2024"))
    try budget.replacingOccurrences(of: "29/2/2024", with: "26/2/2025")
      .write(to: input.appendingPathComponent("2025-26-budget-itib.txt"), atomically: false, encoding: .utf8)
    try watch.waitUntil("a build with the new input") { $0.stdout.contains("(1 new)") }
    #expect(watch.stdout.contains("\n3 addresses read (1 new), "))
    let newPages = ["en", "zh-hant"].map { site.appendingPathComponent("\($0)/2025-02-26-budget/index.html").path }
    for page in newPages {
      #expect(FileManager.default.fileExists(atPath: page), "\(page) was not written")
    }

    // A broken input fails the build and leaves the site as it was.
    try Data([0x41, 0xFF]).write(to: input.appendingPathComponent("broken.txt"))
    try watch.waitUntil("a failed build") { $0.stderr.contains("build failed") }
    #expect(watch.stderr.contains("Input/broken.txt:1:2: error: file is not valid UTF-8"))
    #expect(watch.stderr.contains("build failed: 1 error; Output/ was left as it was\n"))
    for page in newPages + [site.appendingPathComponent("index.html").path] {
      #expect(FileManager.default.fileExists(atPath: page), "\(page) is gone")
    }

    // Ctrl-C ends the watch cleanly.
    try #require(watch.process.isRunning, "diglot watch ended before it was interrupted")
    kill(watch.process.processIdentifier, SIGINT)
    try watch.waitUntil("the end after SIGINT", timeout: 5) { _ in !watch.process.isRunning }
    #expect(watch.process.terminationReason == .exit)
    #expect(watch.process.terminationStatus == 0)
    #expect(watch.stderr.hasSuffix("stopped watching\n"))
  }
}

/// A running `diglot` whose output is gathered as it comes, for commands that do not end alone.
final class WatchRun {
  let process: Process
  private let out: PipeText
  private let err: PipeText

  init(_ arguments: [String], in directory: URL) throws {
    let (process, stdout, stderr) = try startDiglot(arguments, in: directory)
    self.process = process
    out = PipeText(stdout.fileHandleForReading)
    err = PipeText(stderr.fileHandleForReading)
  }

  var stdout: String { out.text }
  var stderr: String { err.text }

  /// Waits, polling, until `condition` holds; fails with what was printed when it does not in
  /// time, or when the command ends first.
  func waitUntil(_ what: String, timeout: Double = 20, _ condition: (WatchRun) -> Bool) throws {
    let deadline = ContinuousClock.now + .seconds(timeout)
    while !condition(self) {
      let ended = !process.isRunning
      guard !ended, ContinuousClock.now < deadline else {
        throw CommandTestError(
          "\(ended ? "diglot ended" : "timed out") waiting for \(what)\nstdout:\n\(stdout)\nstderr:\n\(stderr)")
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Kills the command if it still runs, e.g. when the test failed before stopping it.
  func end() {
    guard process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// What a child process writes to a pipe, read on a background thread as it comes.
final class PipeText: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      while case let chunk = handle.availableData, !chunk.isEmpty {
        lock.withLock { data.append(chunk) }
      }
    }
  }

  var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
