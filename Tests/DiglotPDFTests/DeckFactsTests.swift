import DiglotModel
import DiglotPDF
import DiglotPPTX
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

/// Each PDF deck made from an example of Input/ (scripts/make-decks) gives the example's facts
/// and the example's whole tree.
@Suite struct PDFDeckFactsTests {
  static let decks = [
    "2024-25-budget-itib-one-box", "2024-25-budget-itib-side-by-side", "2024-25-budget-itib-stacked",
    "2024-policy-address-itib-one-box", "2024-policy-address-itib-side-by-side", "2024-policy-address-itib-stacked",
  ]

  @Test(arguments: decks)
  func aPDFDeckGivesTheFactsOfItsTextExample(_ deck: String) throws {
    let (read, text) = try documents(deck)
    #expect(facts(read.document) == facts(text.document), "\(difference(facts(text.document), facts(read.document)))")
    #expect(!read.hasErrors, "\(read.diagnostics)")
    #expect(read.diagnostics.filter { $0.message.contains("runs off the page") }.isEmpty)
  }

  @Test(arguments: decks)
  func aPDFDeckGivesTheTreeOfItsTextExample(_ deck: String) throws {
    let (read, text) = try documents(deck)
    #expect(tree(read.document) == tree(text.document), "\(difference(tree(text.document), tree(read.document)))")
  }

  /// The budget's deck with a slide holding a table, each cell in both languages (scripts/make-decks).
  @Test func aTableOnAPDFSlideIsTheTableOfThePowerPointDeck() throws {
    let deck = "Tests/DiglotDeckTests/Decks/2024-25-budget-itib-table"
    let pdf = try PDFDeck.read(try bytes(deck + ".pdf"), file: "deck.pdf")
    let pptx = try PPTXDeck.read(try bytes(deck + ".pptx"), file: "deck.pptx")
    let fromPDF = tree(DocumentReader.read(Array(pdf.text.utf8), path: "deck").document)
    let fromPPTX = tree(DocumentReader.read(Array(pptx.text.utf8), path: "deck").document)
    #expect(fromPDF == fromPPTX, "\(difference(fromPPTX, fromPDF))")
    let start = try #require(fromPDF.firstIndex { $0.drop { $0 == " " } == "table header" })
    let depth = fromPDF[start].prefix { $0 == " " }.count
    let table = fromPDF[start...].prefix { $0 == fromPDF[start] || $0.prefix { $0 == " " }.count > depth }
    let row = { (zh: String, en: String, zhFigure: String, enFigure: String, value: String?) in
      ["row", "cell", "zh " + zh, "en " + en, "cell", "zh " + zhFigure, "en " + enFigure]
        + (value.map { ["figure money agree zh \(zhFigure) = \($0) en \(enFigure) = \($0)"] } ?? [])
    }
    let expected =
      ["table header"] + row("措施", "Measure", "撥款", "Funding", nil)
      + row("人工智能資助計劃", "AI subsidy scheme", "30億元", "$3 billion", "3000000000")
      + row("生命健康研發院", "Life and health research institutes", "60億元", "$6 billion", "6000000000")
      + row("InnoHK研發平台進駐河套", "InnoHK research clusters in the Loop", "20億元", "$2 billion", "2000000000")
    #expect(table.map { String($0.drop { $0 == " " }) } == expected)
  }

  @Test func theComparisonSeesAFigureChanged() throws {
    let (read, _) = try documents("2024-25-budget-itib-one-box")
    var text = String(decoding: try bytes("Input/2024-25-budget-itib.txt"), as: UTF8.self)
    text = text.replacingOccurrences(of: "**30億元**推行為期三年", with: "**31億元**推行為期三年")
    let changed = DocumentReader.read(Array(text.utf8), path: "changed.txt")
    #expect(facts(read.document) != facts(changed.document))
    #expect(facts(read.document).contains("figure: money 3000000000 | 30億元 | $3 billion"))
  }

  /// The deck read as slide text and then by the text reader, and its text example read.
  func documents(_ deck: String) throws -> (deck: DocumentReader.Result, text: DocumentReader.Result) {
    let path = deck + ".pdf"
    let slides = try PDFDeck.read(try bytes("Tests/DiglotDeckTests/Decks/\(path)"), file: path)
    var read = DocumentReader.read(Array(slides.text.utf8), path: path)
    read.diagnostics = slides.diagnostics + read.diagnostics.map(slides.locatedBySlide)
    let example = deck.replacing(/-(one-box|side-by-side|stacked)$/, with: "") + ".txt"
    return (read, DocumentReader.read(try bytes("Input/\(example)"), path: example))
  }

  func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(path)))
  }

  /// Kind, date, title, each area and topic (`Chinese | English`), and every figure with its value
  /// and as written in each language, one a line in reading order.
  func facts(_ document: Document?) -> [String] {
    guard let document else { return ["no document"] }
    let text = { (text: Bilingual) in "\(text.zh?.plainText ?? "-") | \(text.en?.plainText ?? "-")" }
    var facts = [
      "kind: \(document.titleSlide.kind.rawValue)", "date: \(document.titleSlide.date?.description ?? "none")",
    ]
    facts.append("title: " + text(document.titleSlide.title))
    for area in document.areas {
      facts.append("area\(area.number.map { " \($0)" } ?? ""): " + text(area.title))
      facts += area.topics.map { "topic: " + text($0.title) }
    }
    facts += document.placedFigures.map(\.figure).map { figure in
      let written = [figure.zh, figure.en].map { $0?.written ?? "-" }.joined(separator: " | ")
      return "figure: \(figure.kind.rawValue) \(figure.zh?.valueString ?? figure.en?.valueString ?? "") | \(written)"
    }
    return facts
  }

  /// The whole tree, one node a line, without source positions.
  func tree(_ document: Document?) -> [String] {
    guard let document else { return ["no document"] }
    return document.dump().replacing(#/ @\d+:\d+(-\d+:\d+)?/#, with: "").split(separator: "\n").dropFirst()
      .map(String.init) + [
        "document \(document.titleSlide.kind.rawValue) \(document.titleSlide.date?.description ?? "no-date")"
      ]
  }

  /// The lines of `expected` missing from `actual` (`-`) and those added (`+`), for a message.
  func difference(_ expected: [String], _ actual: [String]) -> String {
    actual.difference(from: expected).map { change in
      switch change {
      case .insert(let offset, let element, _): "+ \(offset): \(element)"
      case .remove(let offset, let element, _): "- \(offset): \(element)"
      }
    }.joined(separator: "\n")
  }
}
