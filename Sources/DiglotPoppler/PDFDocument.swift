import CPoppler
import Foundation

/// Why a PDF could not be opened.
public enum PDFOpenError: Error, Equatable, Sendable {
  /// The bytes do not start as a PDF does (`%PDF-`).
  case notPDF
  /// The PDF needs a password to be read.
  case encrypted
  /// Poppler could not read the PDF's structure; its own words.
  case damaged(String)
}

/// Reads PDFs with poppler (its GLib interface): the one home of poppler's pointers. Every page is
/// copied out into Swift values at once and everything poppler allocated is freed before returning.
public enum PDFDocument {
  /// The pages of the PDF in `bytes`, in order.
  public static func pages(of bytes: [UInt8]) throws(PDFOpenError) -> [PDFPage] {
    guard startsAsPDF(bytes) else { throw .notPDF }
    // Poppler's global state (fonts, character maps) is set up as documents are opened; one
    // document at a time keeps that safe when inputs are read on several threads.
    popplerLock.lock()
    defer { popplerLock.unlock() }
    silencePopplerLog
    // g_bytes_new copies the bytes; the document takes its own reference to them, so ours is
    // dropped last, after the document's.
    let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(data) }
    var error: UnsafeMutablePointer<GError>?
    guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
      throw openError(error)
    }
    defer { diglot_document_unref(document) }
    var pages: [PDFPage] = []
    for index in 0..<poppler_document_get_n_pages(document) {
      guard let page = poppler_document_get_page(document, index) else {
        throw .damaged("page \(index + 1) cannot be read")
      }
      defer { diglot_page_unref(page) }
      pages.append(copy(page))
    }
    return pages
  }

  /// Whether `bytes` start as a PDF does: `%PDF-` within the first 1,024 bytes (readers allow leading junk).
  public static func startsAsPDF(_ bytes: [UInt8]) -> Bool {
    let signature = Array("%PDF-".utf8)
    let head = bytes.prefix(1024)
    guard head.count >= signature.count else { return false }
    return (head.startIndex...(head.endIndex - signature.count)).contains {
      head[$0..<($0 + signature.count)].elementsEqual(signature)
    }
  }

  /// The Swift error for poppler's GError, which is freed here.
  private static func openError(_ error: UnsafeMutablePointer<GError>?) -> PDFOpenError {
    guard let error else { return .damaged("unknown error") }
    defer { g_error_free(error) }
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    if error.pointee.domain == diglot_poppler_error_domain(),
      error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    {
      return .encrypted
    }
    return .damaged(message)
  }

  /// A page's size, text, character boxes, fonts and pictures as Swift values. The page stays the caller's.
  private static func copy(_ page: OpaquePointer) -> PDFPage {
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)

    // The text is ours to free with g_free.
    let scalars: [Unicode.Scalar]
    if let text = poppler_page_get_text(page) {
      defer { diglot_g_free(text) }
      scalars = Array(String(cString: text).unicodeScalars)
    } else {
      scalars = []
    }

    // One rectangle per character of the text (offsets count Unicode characters); the array is ours (g_free).
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var rectangleCount: guint = 0
    if poppler_page_get_text_layout(page, &rectangles, &rectangleCount) == 0 { rectangleCount = 0 }
    defer { diglot_g_free(rectangles) }
    let boxes = (0..<Int(rectangleCount)).map { index -> PDFRect in
      let rectangle = rectangles![index]
      return PDFRect(left: rectangle.x1, top: rectangle.y1, right: rectangle.x2, bottom: rectangle.y2)
    }

    // A list of attribute runs, each with its start and end offsets (both inclusive) into the text;
    // the list and its items are freed together.
    let attributes = poppler_page_get_text_attributes(page)
    defer { poppler_page_free_text_attributes(attributes) }
    var fonts = [PDFFont?](repeating: nil, count: scalars.count)
    forEach(attributes, as: PopplerTextAttributes.self) { run in
      let font = PDFFont(name: run.font_name.map { String(cString: $0) } ?? "", size: run.font_size)
      let lower = max(0, Int(run.start_index))
      let upper = min(scalars.count - 1, Int(run.end_index))
      if lower <= upper {
        for index in lower...upper { fonts[index] = font }
      }
    }

    // The pictures' areas, looked for only on a page with no text (drawing the page again to
    // find them costs as much as its text); the list and its items are freed together.
    var pictures: [PDFRect] = []
    let hasText = scalars.contains { $0 != " " && $0 != "\n" }
    let images = hasText ? nil : poppler_page_get_image_mapping(page)
    defer { if let images { poppler_page_free_image_mapping(images) } }
    forEach(images, as: PopplerImageMapping.self) { image in
      let area = image.area
      pictures.append(
        PDFRect(
          left: min(area.x1, area.x2), top: min(area.y1, area.y2), right: max(area.x1, area.x2),
          bottom: max(area.y1, area.y2)))
    }

    let empty = PDFRect(left: 0, top: 0, right: 0, bottom: 0)
    let characters = scalars.indices.map { index in
      PDFCharacter(scalars[index], box: index < boxes.count ? boxes[index] : empty, font: fonts[index])
    }
    return PDFPage(width: width, height: height, characters: characters, pictures: pictures)
  }

  /// Calls `body` with each item of a GList, read as a `T`. The list stays the caller's.
  private static func forEach<T>(_ list: UnsafeMutablePointer<GList>?, as type: T.Type, _ body: (T) -> Void) {
    var node = list
    while let current = node {
      if let data = current.pointee.data {
        body(data.assumingMemoryBound(to: T.self).pointee)
      }
      node = current.pointee.next
    }
  }
}

private let popplerLock = NSLock()

/// Poppler reports what it finds wrong in a PDF through GLib's log, which prints to stderr;
/// a library must not print, and a damaged PDF is reported by the error it leads to.
private let silencePopplerLog: Void = {
  g_log_set_handler("Poppler", GLogLevelFlags(rawValue: ~0), { _, _, _, _ in }, nil)
  return ()
}()
