import Foundation
import Testing

/// The package's root folder, found from this file's path.
public let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Compares `actual` with the golden file at `path` (from the package's root), byte for byte. A
/// missing golden file, or `RECORD_GOLDENS=1`, writes it and fails, so that every golden is read
/// against its input before it is committed. A difference is reported at its first line.
public func expectGolden(_ actual: String, at path: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = packageRoot.appendingPathComponent(path)
  let recorded = FileManager.default.contents(atPath: url.path)
  if recorded == nil || ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url)
    Issue.record(
      "recorded \(path); read it line by line against the input, then run the tests again",
      sourceLocation: sourceLocation)
    return
  }
  guard let recorded, Array(recorded) != Array(actual.utf8) else { return }
  let expectedLines = String(decoding: recorded, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let firstDifference =
    zip(expectedLines, actualLines).enumerated().first { Array($0.element.0.utf8) != Array($0.element.1.utf8) }?
    .offset ?? min(expectedLines.count, actualLines.count)
  let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "(end)"
  let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "(end)"
  Issue.record(
    "\(path) differs at line \(firstDifference + 1):\n- \(expectedLine)\n+ \(actualLine)",
    sourceLocation: sourceLocation)
}

/// A fresh, empty temporary folder whose name starts with `prefix`; the caller removes it.
public func temporaryFolder(_ prefix: String = "diglot-test") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
