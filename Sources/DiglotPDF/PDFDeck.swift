import DiglotDeck
import DiglotModel
import DiglotPoppler

/// Reads a PDF deck (a slide deck saved as PDF) as slide text.
public enum PDFDeck {
  /// The slide text of the PDF in `bytes`; `file` is the path used in diagnostics. Throws a
  /// diagnostic located at the first slide when the PDF cannot be read at all (not a PDF,
  /// truncated, damaged, encrypted); the slide text carries the reader's other diagnostics.
  public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> SlideText {
    func failure(_ message: String) -> Diagnostic {
      Diagnostic(.error, message, file: file, position: SourcePosition(line: 1, column: 1))
    }
    // A PDF ends with `%%EOF` (a little junk may follow); poppler reads a cut-off file as far as
    // it goes, or not at all, and either way the slides after the cut are lost.
    if PDFDocument.startsAsPDF(bytes), !endsAsPDF(bytes) {
      throw failure("truncated PDF: the file ends before the PDF does (no `%%EOF`); save or download it again")
    }
    let pages: [PDFPage]
    do {
      pages = try PDFDocument.pages(of: bytes)
    } catch {
      switch error {
      case .notPDF:
        throw failure("not a PDF: the file does not start with `%PDF-`")
      case .encrypted:
        throw failure("encrypted PDF: it cannot be read without its password; save a copy without protection")
      case .damaged(let reason):
        throw failure("damaged PDF: it cannot be read (\(reason)); save or download it again")
      }
    }
    guard !pages.isEmpty else { throw failure("the PDF has no pages") }
    return PDFSlides.slideText(of: pages, file: file)
  }

  /// Whether `%%EOF` stands in the last 1,024 bytes.
  static func endsAsPDF(_ bytes: [UInt8]) -> Bool {
    let marker = Array("%%EOF".utf8)
    let tail = bytes.suffix(1024)
    guard tail.count >= marker.count else { return false }
    return (tail.startIndex...(tail.endIndex - marker.count)).contains {
      tail[$0..<($0 + marker.count)].elementsEqual(marker)
    }
  }
}
