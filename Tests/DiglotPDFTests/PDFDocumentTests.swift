import DiglotPoppler
import Testing

/// The poppler wrapper, on the committed test PDFs (made by scripts/make-bad-pdfs).
@Suite struct PDFDocumentTests {
  @Test func pagesHaveTheirSizeTextBoxesAndFonts() throws {
    let pages = try PDFDocument.pages(of: try testPDF("text.pdf"))
    #expect(pages.count == 2)
    #expect(pages[0].width == 720 && pages[0].height == 405)
    let text = String(String.UnicodeScalarView(pages[0].characters.map(\.scalar)))
    #expect(text.split(separator: "\n") == ["Budget 2024", "Allocate $3 billion to AI"])

    // "Budget 2024" is drawn in Helvetica-Bold 24 from x = 40 on a baseline 60 points from the top.
    let b = try #require(pages[0].characters.first)
    #expect(b.font == PDFFont(name: "Helvetica-Bold", size: 24))
    #expect(abs(b.box.left - 40) < 1)
    #expect(b.box.top < 60 && b.box.bottom > 55 && b.box.bottom < 70)
    let allocate = try #require(pages[0].characters.first { $0.scalar == "A" })
    #expect(allocate.font == PDFFont(name: "Helvetica", size: 12))
    #expect(allocate.box.top > b.box.bottom)
    #expect(pages[0].pictures.isEmpty)
  }

  @Test func aScannedPageIsOnePictureOverTheWholePage() throws {
    let pages = try PDFDocument.pages(of: try testPDF("scanned.pdf"))
    #expect(pages.count == 3)
    for page in pages {
      #expect(page.characters.allSatisfy { $0.scalar == "\n" || $0.scalar == " " })
      let picture = try #require(page.pictures.first)
      #expect(abs(picture.width - 720) < 1 && abs(picture.height - 405) < 1)
    }
  }

  @Test func anEncryptedPDFIsRefused() throws {
    #expect(throws: PDFOpenError.encrypted) { try PDFDocument.pages(of: try testPDF("encrypted.pdf")) }
  }

  @Test func bytesThatAreNoPDFAreRefused() {
    #expect(throws: PDFOpenError.notPDF) { try PDFDocument.pages(of: Array("slide text, not a PDF".utf8)) }
    #expect(throws: PDFOpenError.notPDF) { try PDFDocument.pages(of: []) }
  }

  @Test func aDamagedPDFIsRefusedWithPopplersReason() throws {
    #expect {
      try PDFDocument.pages(of: try testPDF("damaged.pdf"))
    } throws: { error in
      guard case .damaged(let reason) = error as? PDFOpenError else { return false }
      return !reason.isEmpty
    }
  }
}
