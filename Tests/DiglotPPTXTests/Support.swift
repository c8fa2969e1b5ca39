import DiglotDeck
import DiglotModel
import DiglotPPTX
import DiglotReader
import DiglotTestSupport
import Foundation
import ZIPFoundation

/// The repository's folders, found from this file.
enum Folders {
  /// The decks scripts/make-decks made from the examples.
  static let decks = packageRoot.appendingPathComponent("Tests/DiglotDeckTests/Decks")
  static let input = packageRoot.appendingPathComponent("Input")

  static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}

/// A document's tree without its source positions and file name: what a deck and its text
/// example must have alike.
func facts(_ document: Document?) -> String {
  guard let document else { return "no document" }
  return document.dump()
    .replacing(#/ @\d+:\d+(-\d+:\d+)?/#, with: "")
    .split(separator: "\n").dropFirst().joined(separator: "\n")
    + "\n" + "document \(document.titleSlide.kind.rawValue) \(document.titleSlide.date?.description ?? "no-date")"
}

/// A deck read as slide text and then by the text reader, its diagnostics located by slide.
func readDeck(_ bytes: [UInt8], path: String) throws(Diagnostic) -> (document: Document?, diagnostics: [Diagnostic]) {
  let slides = try PPTXDeck.read(bytes, file: path)
  let result = DocumentReader.read(Array(slides.text.utf8), path: path)
  return (result.document, slides.diagnostics + result.diagnostics.map(slides.locatedBySlide))
}

/// A PowerPoint file made part by part, for decks the tests need that PowerPoint would not write.
enum DeckFile {
  /// A ZIP archive of the given parts, deflated.
  static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for part in parts {
      let data = Data(part.bytes)
      try archive.addEntry(
        with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return [UInt8](archive.data ?? Data())
  }

  /// The parts of an existing deck.
  static func parts(of bytes: [UInt8]) throws -> [(path: String, bytes: [UInt8])] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    return try archive.map { entry in
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      return (entry.path, [UInt8](data))
    }
  }

  static let presentationNamespaces =
    #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#

  /// A deck of slides, each given as the shapes inside its shape tree, with no layout or master.
  static func deck(_ slides: [String], hidden: Set<Int> = []) throws -> [UInt8] {
    let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var parts: [(path: String, bytes: [UInt8])] = [
      (
        "_rels/.rels",
        Array(
          #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationshipType)/officeDocument" Target="ppt/presentation.xml"/></Relationships>"#
            .utf8)
      )
    ]
    let ids = slides.indices.map { #"<p:sldId id="\#(256 + $0)" r:id="rId\#($0 + 1)"/>"# }.joined()
    parts.append(
      (
        "ppt/presentation.xml",
        Array(
          #"<?xml version="1.0"?><p:presentation \#(presentationNamespaces)><p:sldIdLst>\#(ids)</p:sldIdLst></p:presentation>"#
            .utf8)
      ))
    let relationships = slides.indices.map {
      #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationshipType)/slide" Target="slides/slide\#($0 + 1).xml"/>"#
    }.joined()
    parts.append(
      (
        "ppt/_rels/presentation.xml.rels",
        Array(
          #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships)</Relationships>"#
            .utf8)
      ))
    for (index, shapes) in slides.enumerated() {
      let show = hidden.contains(index + 1) ? #" show="0""# : ""
      parts.append(
        (
          "ppt/slides/slide\(index + 1).xml",
          Array(
            #"<?xml version="1.0"?><p:sld \#(presentationNamespaces)\#(show)><p:cSld><p:spTree>\#(shapes)</p:spTree></p:cSld></p:sld>"#
              .utf8)
        ))
    }
    return try zip(parts)
  }

  /// A text box at a place on the slide (in inches), with paragraphs given as DrawingML.
  static func box(x: Double = 0.5, y: Double, width: Double = 9, height: Double = 1, _ paragraphs: String) -> String {
    func emu(_ inches: Double) -> Int { Int(inches * 914_400) }
    return
      #"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Box"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="\#(emu(x))" y="\#(emu(y))"/><a:ext cx="\#(emu(width))" cy="\#(emu(height))"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>\#(paragraphs)</p:txBody></p:sp>"#
  }

  /// A paragraph of plain runs.
  static func paragraph(_ text: String, properties: String = "") -> String {
    "<a:p>\(properties)<a:r><a:rPr lang=\"en-GB\"/><a:t>\(text)</a:t></a:r></a:p>"
  }
}
