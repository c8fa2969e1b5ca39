import ArgumentParser
import DiglotBuild
import DiglotFileSystem
import DiglotInput
import DiglotReader
import DiglotSite
import Dispatch
import Foundation

struct Watch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the site, then build it again whenever an input or template file changes.",
    discussion: """
      Looks at the input files (.txt, .pptx, .pdf) and the accepted-differences.json of the input folder and at every \
      file of the templates folder, and builds once a change (a file added, changed, removed or \
      renamed) has stayed the same for one more interval. A build that fails leaves the last good site in place, and watching goes on. \
      Ctrl-C (or SIGTERM) stops watching between builds, with exit code 0.
      """)

  @OptionGroup var arguments: BuildArguments

  @OptionGroup var watching: WatchArguments

  func run() throws {
    let stop = StopRequest(signals: [SIGINT, SIGTERM])
    let folders = WatchedFolders(input: arguments.input, templates: arguments.templates)
    Console.error("watching \(folders.input)/ and \(folders.templates)/ (Ctrl-C to stop)\n")
    let options = arguments.options
    folders.watch(every: watching.interval, until: stop) { _ = arguments.build(options) }
    Console.error("stopped watching\n")
  }
}

/// The options of watching, shared by `watch` and `serve`.
struct WatchArguments: ParsableArguments {
  @Option(help: "Seconds between looks at the input and templates folders.")
  var interval = 0.3

  func validate() throws {
    guard interval > 0, interval.isFinite else {
      throw ValidationError("--interval must be a positive number of seconds.")
    }
  }
}

/// The files whose changes call for a build: the input folder's files that the build reads, its
/// accepted differences, and every file of the templates folder, leaving out hidden ones as the
/// build does.
struct WatchedFolders {
  /// The stamp of every watched file, by path.
  typealias Snapshot = [String: FileStamp]

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
    guard let inputPaths = InputFolder.list(input)?.paths else { throw UnreadableFolder(folder: input) }
    guard let templateNames = Templates.files(in: URL(fileURLWithPath: templates)) else {
      throw UnreadableFolder(folder: templates)
    }
    let templatePaths = templateNames.map { templates + "/" + $0 }
    var snapshot: Snapshot = [:]
    let acceptance = input + "/" + AcceptedDifferences.fileName
    for path in inputPaths + templatePaths + [acceptance] {
      snapshot[path] = FileStamp(path: path)
    }
    return snapshot
  }

  /// Runs `build` now, then again whenever the folders change, until `stop` is requested. A
  /// change is built only once it has stayed the same for one more interval, so a file being
  /// copied is not read half-written.
  func watch(every interval: Double, until stop: StopRequest, build: () -> Void) {
    var built = try? snapshot()
    build()
    var settling: Snapshot?
    var unreadable = false
    while !stop.wait(seconds: interval) {
      let current: Snapshot
      do {
        current = try snapshot()
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
      guard current == settling else {
        settling = current
        continue
      }
      built = current
      settling = nil
      build()
    }
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
