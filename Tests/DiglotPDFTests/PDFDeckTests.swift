import DiglotModel
import DiglotPDF
import Testing

/// Whole PDFs read as decks, the bad ones each refused with a located error (the PDFs are made
/// by scripts/make-bad-pdfs).
@Suite struct PDFDeckTests {
  @Test func aPDFIsReadAsSlideText() throws {
    let slides = try PDFDeck.read(try testPDF("text.pdf"), file: "deck.pdf")
    // The title slide has no headings, so its bold title is marked as bold.
    #expect(
      slides.text == "**Budget 2024**\n\nAllocate $3 billion to AI\n\u{C}# Digital economy\n\nSet up a platform\n")
    #expect(slides.origins.map { [$0.slide, $0.line] } == [[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3]])
    #expect(
      slides.diagnostics.map(\.description) == [
        "deck.pdf:2:1: note: left out what is repeated on the slides: page numbers (1 lines on 2 slides)"
      ])
  }

  @Test func aSlideWhoseTextRunsOffThePageIsAWarning() throws {
    let slides = try PDFDeck.read(try testPDF("runs-off.pdf"), file: "deck.pdf")
    #expect(slides.text.hasSuffix("\u{C}# Digital economy\n\nSet up a platform\n\nLaunch a scheme\n"))
    #expect(
      slides.diagnostics.map(\.description) == [
        "deck.pdf:2:1: warning: text on slide 2 runs off the page, and what is beyond the page's edge is not in the "
          + "PDF: make the text fit the slide and save the PDF again"
      ])
  }

  @Test(arguments: [
    ("encrypted.pdf", "encrypted PDF: it cannot be read without its password; save a copy without protection"),
    ("truncated.pdf", "truncated PDF: the file ends before the PDF does (no `%%EOF`); save or download it again"),
  ])
  func aPDFThatCannotBeReadIsAnErrorAtItsFirstSlide(name: String, message: String) throws {
    let bytes = try testPDF(name)
    #expect(throws: Diagnostic(.error, message, file: "deck.pdf", position: SourcePosition(line: 1, column: 1))) {
      try PDFDeck.read(bytes, file: "deck.pdf")
    }
  }

  @Test func aDamagedPDFIsAnErrorWithTheReason() throws {
    let bytes = try testPDF("damaged.pdf")
    #expect {
      try PDFDeck.read(bytes, file: "deck.pdf")
    } throws: { error in
      let description = (error as? Diagnostic)?.description ?? ""
      return description.hasPrefix("deck.pdf:1:1: error: damaged PDF: it cannot be read (")
        && description.hasSuffix("; save or download it again")
    }
  }

  @Test func aFileThatIsNoPDFIsAnError() {
    #expect(
      throws: Diagnostic(
        .error, "not a PDF: the file does not start with `%PDF-`", file: "deck.pdf",
        position: SourcePosition(line: 1, column: 1))
    ) {
      try PDFDeck.read(Array("2024-25 Budget\n29/2/2024\n".utf8), file: "deck.pdf")
    }
  }

  @Test func aScannedPDFIsAnErrorForEachSlide() throws {
    let slides = try PDFDeck.read(try testPDF("scanned.pdf"), file: "deck.pdf")
    #expect(
      slides.diagnostics.map(\.description)
        == (1...3).map {
          "deck.pdf:\($0):1: error: no text on slide \($0): scanned slides are not supported"
        })
  }

  @Test func aScannedSlideAmongSlidesOfTextIsAWarning() throws {
    let slides = try PDFDeck.read(try testPDF("one-scanned-slide.pdf"), file: "deck.pdf")
    #expect(
      slides.diagnostics.filter { $0.severity != .note }.map(\.description) == [
        "deck.pdf:3:1: warning: no text on slide 3: scanned slides are not supported; the slide is left out"
      ])
  }
}
