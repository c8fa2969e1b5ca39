import DiglotBuild
import DiglotTestSupport
import Foundation
import Testing

/// The site built from decks is the site built from their text: each example of `Input/` replaced
/// by its PowerPoint deck (made by scripts/make-decks), in each of the three layouts.
@Suite struct DeckSiteTests {
  static let examples = ["2024-25-budget-itib", "2024-policy-address-itib"]

  @Test func theSiteBuiltFromTheDecksIsTheSiteBuiltFromTheText() throws {
    let text = try Project()
    defer { text.remove() }
    #expect(try SiteBuild.run(text.options()).failure == nil)
    let expected = try files(in: text.output)
    #expect(expected.count > 100)
    for layout in ["one-box", "side-by-side", "stacked"] {
      let decks = try Project()
      defer { decks.remove() }
      for example in Self.examples {
        try FileManager.default.removeItem(at: decks.input.appendingPathComponent(example + ".txt"))
        try FileManager.default.copyItem(
          at: packageRoot.appendingPathComponent("Tests/DiglotDeckTests/Decks/\(example)-\(layout).pptx"),
          to: decks.input.appendingPathComponent(example + ".pptx"))
      }
      let report = try SiteBuild.run(decks.options())
      #expect(report.failure == nil, "\(layout)")
      let built = try files(in: decks.output)
      #expect(built.keys.sorted() == expected.keys.sorted(), "\(layout)")
      for (path, bytes) in expected where built[path] != bytes {
        // The open data names its source file and where each text stands in it: a line of the
        // text file, a slide and line of the deck. Nothing else may differ.
        if path.hasSuffix("/document.json"), let deck = built[path], try withoutPlaces(bytes) == withoutPlaces(deck) {
          continue
        }
        Issue.record("\(layout): \(path) differs from the site built from the text")
      }
    }
  }

  @Test func theSameAddressAsTextAndAsADeckIsAnErrorNamingBoth() throws {
    let project = try Project()
    defer { project.remove() }
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Tests/DiglotDeckTests/Decks/2024-25-budget-itib-stacked.pptx"),
      to: project.input.appendingPathComponent("budget-deck.pptx"))
    let report = try SiteBuild.run(project.options())
    #expect(report.failure != nil)
    let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(
      errors.contains {
        $0.hasPrefix(project.input.path + "/budget-deck.pptx:")
          && $0.contains("2024-25-budget-itib.txt") && $0.contains("the same address twice")
      }, "\(errors)")
  }

  /// A JSON document without its `file`, `line` and `column` members.
  func withoutPlaces(_ data: Data) throws -> NSObject {
    func strip(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        return object.filter { !["file", "line", "column"].contains($0.key) }.mapValues(strip)
      }
      if let array = value as? [Any] { return array.map(strip) }
      return value
    }
    return strip(try JSONSerialization.jsonObject(with: data)) as! NSObject
  }
}
