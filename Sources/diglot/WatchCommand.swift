import ArgumentParser
import Dispatch
import Foundation

struct Watch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the site, then build it again whenever an input or template file changes.",
    discussion: """
      Looks at the .txt files of the input folder and at every file of the templates folder, and \
      builds once a change (a file added, changed, removed or renamed) has stayed the same for one \
      more interval. A build that fails leaves the last good site in place, and watching goes on. \
      Ctrl-C (or SIGTERM) stops watching between builds, with exit code 0.
      """)

  @OptionGroup var arguments: BuildArguments

  @Option(help: "Seconds between looks at the input and templates folders.")
  var interval = 0.3

  func validate() throws {
    guard interval > 0, interval.isFinite else {
      throw ValidationError("--interval must be a positive number of seconds.")
    }
  }

  func run() throws {
    let stop = StopRequest(signals: [SIGINT, SIGTERM])
    let folders = WatchedFolders(input: arguments.input, templates: arguments.templates)
    Console.error("watching \(folders.input)/ and \(folders.templates)/ (Ctrl-C to stop)\n")
    let options = arguments.options
    var built = try? folders.snapshot()
    _ = arguments.build(options)
    var settling: WatchedFolders.Snapshot?
    var unreadable = false
    while !stop.wait(seconds: interval) {
      let current: WatchedFolders.Snapshot
      do {
        current = try folders.snapshot()
        unreadable = false
      } catch {
        if !unreadable { Console.error("\(error); watching for it to come back\n") }
        unreadable = true
        settling = nil
        continue
      }
      guard current != built else {
        settling = nil
        continue
      }
      // Build only once the change has settled, so a file being copied is not read half-written.
      guard current == settling else {
        settling = current
        continue
      }
      built = current
      settling = nil
      _ = arguments.build(options)
    }
    Console.error("stopped watching\n")
  }
}

/// The files whose changes call for a build: the input folder's `.txt` files and every file of
/// the templates folder, leaving out hidden ones as the build does.
struct WatchedFolders {
  /// What tells a file has changed without reading it.
  struct Stamp: Equatable {
    var size: Int64
    var modified: Int64  // nanoseconds since 1970
    var inode: UInt64
  }

  /// The stamp of every watched file, by path.
  typealias Snapshot = [String: Stamp]

  /// A watched folder that cannot be listed, e.g. because it was removed.
  struct UnreadableFolder: Error, CustomStringConvertible {
    var folder: String
    var description: String { "\(folder)/: error: cannot read the folder" }
  }

  /// The folders as given, without a trailing slash.
  let input: String
  let templates: String

  init(input: String, templates: String) {
    self.input = Self.trimmed(input)
    self.templates = Self.trimmed(templates)
  }

  /// The stamps of the watched files now; a file removed while looking is left out.
  func snapshot() throws -> Snapshot {
    let inputNames = try list(input) { try FileManager.default.contentsOfDirectory(atPath: $0) }
      .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
    let templatePaths = try list(templates) { try FileManager.default.subpathsOfDirectory(atPath: $0) }
      .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
    var snapshot: Snapshot = [:]
    for path in inputNames.map({ input + "/" + $0 }) {
      snapshot[path] = Self.stamp(path, filesOnly: false)
    }
    for path in templatePaths.map({ templates + "/" + $0 }) {
      snapshot[path] = Self.stamp(path, filesOnly: true)
    }
    return snapshot
  }

  private func list(_ folder: String, _ names: (String) throws -> [String]) throws -> [String] {
    do {
      return try names(folder)
    } catch {
      throw UnreadableFolder(folder: folder)
    }
  }

  /// The stamp of `path`, or nil if it is gone (or, with `filesOnly`, is not a regular file).
  private static func stamp(_ path: String, filesOnly: Bool) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0, !filesOnly || info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Stamp(
      size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
      inode: UInt64(info.st_ino))
  }

  private static func trimmed(_ folder: String) -> String {
    var folder = folder
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    return folder
  }
}

/// SIGINT and SIGTERM turned from ending the process into a request that the watch loop sees
/// between builds, so a build under way always finishes.
final class StopRequest {
  private let requested = DispatchSemaphore(value: 0)
  private let sources: [DispatchSourceSignal]  // kept alive while watching

  init(signals: [Int32]) {
    let requested = self.requested
    sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { requested.signal() }
      source.resume()
      return source
    }
  }

  /// Waits up to `seconds` for a stop; true at once if one came during the last build.
  func wait(seconds: Double) -> Bool {
    requested.wait(timeout: .now() + seconds) == .success
  }
}
