import DiglotCorpus
import DiglotFileSystem
import DiglotModel
import DiglotReader
import DiglotSite
import DiglotTestSupport
import Foundation
import Testing

@testable import DiglotBuild

@Suite struct BuildStateTests {
  func exampleState() throws -> BuildState {
    let inputs = try ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"].map { name in
      let path = "Input/\(name)"
      let bytes = [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(path)))
      let result = DocumentReader.read(bytes, path: path)
      return BuildState.Input(
        path: path, stamp: FileStamp(size: Int64(bytes.count), modified: -5, inode: 42),
        content: Fingerprint(bytes), document: result.document,
        search: result.document.map(SearchText.init), diagnostics: result.diagnostics)
    }
    var state = BuildState(
      setting: Fingerprint([1, 2, 3]), inputs: inputs, folders: ["Input/a.txt": ["2024-02-29-budget", "1-area"]],
      pageKeys: ["en/initiatives/a/index.html": Fingerprint([4])],
      revisions: [
        "en/index.html": PageRevisions.Revision(
          content: Fingerprint([5]), date: CalendarDate(year: 2026, month: 11, day: 27))
      ])
    state.inputs[0].simplifiedOutline = state.inputs[0].document.flatMap {
      SitePlan(documents: [$0]).addresses[0].simplified?.outline
    }
    state.inputs[1].names = state.inputs[1].document.map { Corpus(documents: [$0]).names[0] }
    return state
  }

  @Test func stateSurvivesTheRoundTrip() throws {
    let state = try exampleState()
    #expect(state.inputs.allSatisfy { $0.document != nil && !$0.document!.areas.isEmpty })
    #expect(state.inputs.allSatisfy { $0.search?.pages[.chinese]?.count == $0.document!.areas.count + 1 })
    #expect(state.inputs[0].simplifiedOutline?.titleSlide.title.zh?.plainText.contains("财政预算案") == true)
    #expect(state.inputs[1].names?.contains { $0.name.zh != nil && $0.name.en != nil && $0.keys.count == 2 } == true)
    #expect(try BuildState.decode(state.encoded()) == state)
  }

  /// Every example input, with its tables, notes, labels and topics, comes back whole.
  @Test func everyExampleDocumentSurvivesTheRoundTrip() throws {
    let folders = ["Input", "Tests/Corpus", "Tests/DiglotReaderTests/Variants"]
    var count = 0
    for folder in folders {
      let url = packageRoot.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".txt") {
        let path = "\(folder)/\(name)"
        let bytes = [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))
        guard let document = DocumentReader.read(bytes, path: path).document else { continue }
        var writer = BinaryWriter()
        writer.write(document: document)
        var reader = BinaryReader(writer.bytes)
        #expect(try reader.readDocument() == document, "\(path)")
        #expect(reader.isAtEnd)
        count += 1
      }
    }
    #expect(count > 10)
  }

  @Test func figuresOfTitlesKeepTheirPlaceInTheText() throws {
    let text = "2024-25年度財政預算案\n2024-25 Budget\n\n29/2/2024\n\n\n# 1. 撥款30億元\n# 1. Allocate $3 billion\n"
    let document = try #require(DocumentReader.read(Array(text.utf8), path: "a.txt").document)
    var state = try exampleState()
    state.inputs[0] = BuildState.Input(
      path: "a.txt", stamp: FileStamp(size: 1, modified: 1, inode: 1), content: Fingerprint([1]), document: document,
      search: nil, diagnostics: [])
    let decoded = try #require(try BuildState.decode(state.encoded()).inputs[0].document)
    let figure = try #require(decoded.areas.first?.title.figures.first)
    #expect(figure.zh?.offsets == 6..<14)
    #expect(figure.en?.offsets == 9..<19)
  }

  @Test func damagedStateIsRejectedNotTrusted() throws {
    let bytes = try exampleState().encoded()
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(throws: (any Error).self) { try BuildState.decode(Array(bytes.prefix(length))) }
    }
    #expect(throws: (any Error).self) { try BuildState.decode(bytes + [0]) }
    #expect(throws: (any Error).self) { try BuildState.decode(Array("not a state".utf8)) }
  }
}
