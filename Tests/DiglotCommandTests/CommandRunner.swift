import DiglotTestSupport
import Foundation
import Testing

/// What a run of the `diglot` executable printed and how it ended.
struct CommandResult {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// The built `diglot` executable, beside the test bundle.
func diglotExecutable() throws -> URL {
  let candidates =
    [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
    + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
  for folder in candidates {
    let url = folder.appendingPathComponent("diglot")
    if FileManager.default.isExecutableFile(atPath: url.path) { return url }
  }
  throw CommandTestError("the diglot executable was not found beside the tests; run `swift build` first")
}

struct CommandTestError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// The environment `diglot` runs in for the tests: this process's, with one date for every build,
/// whenever the tests run (00:30 on 27 November 2026 in Hong Kong), so the pages' revision dates
/// are the same in every build, and help wrapped to one width everywhere.
let diglotEnvironment = ProcessInfo.processInfo.environment.merging([
  "SOURCE_DATE_EPOCH": "1795710600", "COLUMNS": "80",
]) { $1 }

/// Starts `diglot` with `arguments` in `directory`, its output going to the two pipes returned.
func startDiglot(_ arguments: [String], in directory: URL) throws -> (process: Process, stdout: Pipe, stderr: Pipe) {
  let process = Process()
  process.executableURL = try diglotExecutable()
  process.arguments = arguments
  process.currentDirectoryURL = directory
  process.environment = diglotEnvironment
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  return (process, stdout, stderr)
}

/// Runs `diglot` with `arguments` in `directory` (the package root by default); with `killAfter`,
/// a process still running after that many seconds is killed.
func runDiglot(_ arguments: [String], in directory: URL = packageRoot, killAfter: Double? = nil) throws
  -> CommandResult
{
  let (process, stdout, stderr) = try startDiglot(arguments, in: directory)
  let pid = process.processIdentifier
  let killer = DispatchWorkItem { kill(pid, SIGKILL) }
  if let killAfter { DispatchQueue.global().asyncAfter(deadline: .now() + killAfter, execute: killer) }
  defer { killer.cancel() }
  // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
  let group = DispatchGroup()
  nonisolated(unsafe) var errorData = Data()
  group.enter()
  DispatchQueue.global().async {
    errorData = stderr.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  return CommandResult(
    stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData, as: UTF8.self),
    status: process.terminationStatus)
}

/// Parses JSON output, failing the test when it is not JSON.
func parseJSON(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}
