import DiglotModel
import DiglotPPTX
import Foundation
import Testing

/// Decks that cannot be read: each is one located error, never a crash.
@Suite struct BadDeckTests {
  let fixture = "2024-25-budget-itib-one-box.pptx"

  func error(_ bytes: [UInt8], path: String = "bad.pptx") -> Diagnostic? {
    do {
      _ = try PPTXDeck.read(bytes, file: path)
      return nil
    } catch {
      return error
    }
  }

  @Test func aTruncatedDeckIsAnError() throws {
    let bytes = try Folders.bytes(Folders.decks.appendingPathComponent(fixture))
    let found = error(Array(bytes.prefix(bytes.count / 2)))
    #expect(found?.description == "bad.pptx:1:1: error: not a PowerPoint file: it is damaged or not a ZIP archive")
  }

  @Test func aTextFileNamedPPTXIsAnError() {
    #expect(error(Array("# 標題\nTitle\n".utf8))?.severity == .error)
  }

  @Test func aDeckWithDamagedSlideDataIsAnError() throws {
    var parts = try DeckFile.parts(of: try Folders.bytes(Folders.decks.appendingPathComponent(fixture)))
    let slide = try #require(parts.firstIndex { $0.path == "ppt/slides/slide4.xml" })
    parts[slide].bytes = Array(parts[slide].bytes.prefix(200))
    let found = error(try DeckFile.zip(parts))
    #expect(found?.severity == .error)
    #expect(found?.position == SourcePosition(line: 4, column: 1))
    #expect(found?.message.hasPrefix("part ppt/slides/slide4.xml is not well-formed XML") == true)
  }

  @Test func aDeckWithAMissingSlidePartIsAnErrorAtThatSlide() throws {
    let parts = try DeckFile.parts(of: try Folders.bytes(Folders.decks.appendingPathComponent(fixture)))
    let found = error(try DeckFile.zip(parts.filter { $0.path != "ppt/slides/slide3.xml" }))
    #expect(found?.description == "bad.pptx:3:1: error: slide 3 is missing from the file; the deck is damaged")
  }

  @Test func aPartDeclaredOverTheLimitIsRefusedBeforeItIsInflated() throws {
    // 40 MiB of spaces deflate to some 40 kB: a small file that would fill memory.
    let bomb = Array("<p:sld>".utf8) + [UInt8](repeating: 0x20, count: 40 << 20)
    let deck = try DeckFile.deck(["<p:sp/>"])
    var parts = try DeckFile.parts(of: deck)
    parts[parts.firstIndex { $0.path == "ppt/slides/slide1.xml" }!].bytes = bomb
    let bytes = try DeckFile.zip(parts)
    #expect(bytes.count < 1 << 20)
    let found = error(bytes)
    #expect(found?.position == SourcePosition(line: 1, column: 1))
    #expect(
      found?.message.hasPrefix("part ppt/slides/slide1.xml is 41943047 bytes uncompressed, over the limit") == true)
  }

  @Test func aPartThatInflatesPastItsDeclaredSizeIsStopped() throws {
    let bomb = Array("<p:sld>".utf8) + [UInt8](repeating: 0x20, count: 40 << 20)
    let deck = try DeckFile.deck(["<p:sp/>"])
    var parts = try DeckFile.parts(of: deck)
    parts[parts.firstIndex { $0.path == "ppt/slides/slide1.xml" }!].bytes = bomb
    var bytes = try DeckFile.zip(parts)
    // The central directory's record of the slide claims 1,000 bytes uncompressed.
    let name = Array("ppt/slides/slide1.xml".utf8)
    var patched = false
    for index in 0..<(bytes.count - 46) where bytes[index..<index + 4] == [0x50, 0x4B, 0x01, 0x02] {
      if Array(bytes[(index + 46)..<min(index + 46 + name.count, bytes.count)]) == name {
        bytes.replaceSubrange((index + 24)..<(index + 28), with: [0xE8, 0x03, 0, 0])
        patched = true
      }
    }
    #expect(patched)
    let found = error(bytes)
    #expect(found?.severity == .error)
    #expect(found?.position == SourcePosition(line: 1, column: 1))
  }

  @Test func xmlWithADocumentTypeDeclarationIsRefused() throws {
    let laughs =
      #"<!DOCTYPE p:sld [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>"#
    var parts = try DeckFile.parts(of: try DeckFile.deck([DeckFile.box(y: 1, DeckFile.paragraph("&lol2;"))]))
    let slide = parts.firstIndex { $0.path == "ppt/slides/slide1.xml" }!
    var text = String(decoding: parts[slide].bytes, as: UTF8.self)
    text = text.replacingOccurrences(of: "?><p:sld", with: "?>" + laughs + "<p:sld")
    parts[slide].bytes = Array(text.utf8)
    let found = error(try DeckFile.zip(parts))
    #expect(
      found?.description
        == "bad.pptx:1:1: error: part ppt/slides/slide1.xml has a document type declaration (DTD); decks with one are not read"
    )
  }

  @Test func anExternalEntityIsNeverLoaded() throws {
    let external = #"<!DOCTYPE p:sld SYSTEM "http://127.0.0.1:9/slide.dtd">"#
    var parts = try DeckFile.parts(of: try DeckFile.deck([DeckFile.box(y: 1, DeckFile.paragraph("Text"))]))
    let slide = parts.firstIndex { $0.path == "ppt/slides/slide1.xml" }!
    let text = String(decoding: parts[slide].bytes, as: UTF8.self)
      .replacingOccurrences(of: "?><p:sld", with: "?>" + external + "<p:sld")
    parts[slide].bytes = Array(text.utf8)
    #expect(error(try DeckFile.zip(parts))?.message.contains("document type declaration") == true)
  }

  @Test func aDeckWithoutSlidesIsAnError() throws {
    #expect(error(try DeckFile.deck([]))?.description == "bad.pptx:1:1: error: the deck has no slides to read")
  }
}
