import DiglotModel
import DiglotReader
import Foundation
import Testing

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Reads a file of `Input/` the way `diglot` does, with the path as the user would type it.
func readInput(_ name: String) throws -> DocumentReader.Result {
  let data = try Data(contentsOf: packageRoot.appendingPathComponent("Input/\(name)"))
  return DocumentReader.read([UInt8](data), path: "Input/\(name)")
}

/// Reads slide text given inline, as the file `test.txt`.
func read(_ text: String) -> DocumentReader.Result {
  DocumentReader.read(Array(text.utf8), path: "test.txt")
}

/// Every text of the tree, in reading order.
func allTexts(_ document: Document) -> [Bilingual] {
  var texts = [document.title] + [document.subtitle, document.bureau].compactMap { $0 }
  texts += document.front.flatMap(\.texts)
  for area in document.areas {
    texts += [area.title] + area.blocks.flatMap(\.texts)
    for topic in area.topics { texts += [topic.title] + topic.blocks.flatMap(\.texts) }
  }
  return texts + document.closing.flatMap(\.texts)
}

/// Compares `actual` with the golden file `Golden/<name>`. A missing golden file, or
/// `RECORD_GOLDENS=1`, writes it and fails, so that every golden is read before it is committed.
func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = packageRoot.appendingPathComponent("Tests/DiglotReaderTests/Golden/\(name)")
  let recorded = try? String(contentsOf: url, encoding: .utf8)
  if recorded == nil || ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded \(name); read it line by line against the input, then run the tests again",
      sourceLocation: sourceLocation)
    return
  }
  guard let recorded, recorded != actual else { return }
  let expectedLines = recorded.split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let firstDifference =
    zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(expectedLines.count, actualLines.count)
  let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "(end)"
  let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "(end)"
  Issue.record(
    "\(name) differs at line \(firstDifference + 1):\n- \(expectedLine)\n+ \(actualLine)",
    sourceLocation: sourceLocation)
}

/// The note of a deck whose areas come from numbered headings, with no overview slide listing
/// them (most test decks here), at `location` (`line:column`) of `file`.
func noOverviewNote(_ location: String, file: String = "test.txt") -> String {
  "\(file):\(location): note: no overview slide listing the areas; areas taken from numbered headings"
}
