import DiglotModel
import DiglotReader
import Foundation
import Testing

/// Each example of Input/ made into PowerPoint decks of three layouts (scripts/make-decks): the
/// deck must give the same document as the text, in every fact.
@Suite struct FixtureDeckTests {
  static let decks = [
    "2024-25-budget-itib-one-box", "2024-25-budget-itib-side-by-side", "2024-25-budget-itib-stacked",
    "2024-policy-address-itib-one-box", "2024-policy-address-itib-side-by-side", "2024-policy-address-itib-stacked",
  ]

  @Test(arguments: decks)
  func deckGivesTheSameDocumentAsItsText(deck: String) throws {
    let example = deck.replacing(/-(one-box|side-by-side|stacked)$/, with: "")
    let text = DocumentReader.read(
      try Folders.bytes(Folders.input.appendingPathComponent(example + ".txt")), path: example + ".txt")
    let path = deck + ".pptx"
    let read = try readDeck(try Folders.bytes(Folders.decks.appendingPathComponent(path)), path: path)
    #expect(read.document != nil)
    #expect(facts(read.document) == facts(text.document))
    #expect(!read.diagnostics.contains { $0.severity == .error }, "\(read.diagnostics)")
  }

  @Test func theComparisonSeesAFigureChanged() throws {
    // The check above would pass for any two empty trees: it must see one figure differ.
    let path = "2024-25-budget-itib-one-box.pptx"
    let read = try readDeck(try Folders.bytes(Folders.decks.appendingPathComponent(path)), path: path)
    var text = String(
      decoding: try Folders.bytes(Folders.input.appendingPathComponent("2024-25-budget-itib.txt")), as: UTF8.self)
    text = text.replacingOccurrences(of: "**30億元**推行為期三年", with: "**31億元**推行為期三年")
    let changed = DocumentReader.read(Array(text.utf8), path: "changed.txt")
    #expect(facts(read.document) != facts(changed.document))
    #expect(facts(read.document).contains("zh 30億元 = 3000000000"))
  }

  @Test func speakerNotesAndPicturesAreLeftOutWithANote() throws {
    let path = "2024-policy-address-itib-stacked.pptx"
    let read = try readDeck(try Folders.bytes(Folders.decks.appendingPathComponent(path)), path: path)
    let notes = read.diagnostics.filter { $0.severity == .note }.map(\.description)
    #expect(notes.contains("\(path):2:1: note: speaker notes of slide 2 not read: only what the slides show is read"))
    #expect(notes.contains("\(path):9:1: note: 1 picture on slide 9 not read: text in pictures is not read"))
    #expect(!facts(read.document).contains("Speaker notes"))
  }
}
