import DiglotModel
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

/// Reads a file of `Input/` the way `diglot` does, with the path as the user would type it.
func readInput(_ name: String) throws -> DocumentReader.Result {
  let data = try Data(contentsOf: packageRoot.appendingPathComponent("Input/\(name)"))
  return DocumentReader.read([UInt8](data), path: "Input/\(name)")
}

/// Reads slide text given inline, as the file `test.txt`.
func read(_ text: String) -> DocumentReader.Result {
  DocumentReader.read(Array(text.utf8), path: "test.txt")
}

/// The note of a deck whose areas come from numbered headings, with no overview slide listing
/// them (most test decks here), at `location` (`line:column`) of `file`.
func noOverviewNote(_ location: String, file: String = "test.txt") -> String {
  "\(file):\(location): note: no overview slide listing the areas; areas taken from numbered headings"
}
