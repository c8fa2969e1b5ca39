import DiglotDeck
import DiglotModel
import DiglotPDF
import DiglotPPTX
import DiglotReader

/// The decks read beside slide text: each format's reader writes a deck out as slide text, which
/// the text reader then reads as it reads a `.txt` file. A new format is a case here.
public enum DeckFormat: String, CaseIterable, Sendable {
  case pptx
  case pdf

  /// The end of the format's file names, in lower case as the input folder requires it.
  public var fileExtension: String { "." + rawValue }

  /// The format of a file, by the end of its name; nil for slide text and other files.
  public init?(path: String) {
    guard let format = Self.allCases.first(where: { path.hasSuffix($0.fileExtension) }) else { return nil }
    self = format
  }

  /// The deck as slide text, or the error that says why it cannot be read.
  func slideText(of bytes: [UInt8], path: String) throws(Diagnostic) -> SlideText {
    switch self {
    case .pptx: try PPTXDeck.read(bytes, file: path)
    case .pdf: try PDFDeck.read(bytes, file: path)
    }
  }

  /// Reads a deck: its slide text through the text reader, every message located by slide.
  func read(_ bytes: [UInt8], path: String, accepted: AcceptedDifferences?) -> DocumentReader.Result {
    let slides: SlideText
    do {
      slides = try slideText(of: bytes, path: path)
    } catch {
      return DocumentReader.Result(document: nil, diagnostics: [error])
    }
    var result = DocumentReader.read(Array(slides.text.utf8), path: path, accepted: accepted)
    result.document = result.document.map(slides.locatedBySlide)
    result.diagnostics = Diagnostic.sorted(slides.diagnostics + result.diagnostics.map(slides.locatedBySlide))
    return result
  }
}
