import DiglotFileSystem
import DiglotModel
import DiglotReader
import DiglotSite
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
        content: Fingerprint(bytes), outline: result.document?.outline,
        search: result.document.map(SearchText.init), diagnostics: result.diagnostics)
    }
    return BuildState(
      setting: Fingerprint([1, 2, 3]), inputs: inputs, folders: ["Input/a.txt": ["2024-02-29-budget", "1-area"]])
  }

  @Test func stateSurvivesTheRoundTrip() throws {
    let state = try exampleState()
    #expect(state.inputs.allSatisfy { $0.outline != nil && !$0.outline!.areas.isEmpty })
    #expect(state.inputs.allSatisfy { $0.search?.pages[.chinese]?.count == $0.outline!.areas.count + 1 })
    #expect(try BuildState.decode(state.encoded()) == state)
  }

  @Test func figuresOfTitlesKeepTheirPlaceInTheText() throws {
    let text = "2024-25年度財政預算案\n2024-25 Budget\n\n29/2/2024\n\n\n# 1. 撥款30億元\n# 1. Allocate $3 billion\n"
    let outline = try #require(DocumentReader.read(Array(text.utf8), path: "a.txt").document?.outline)
    var state = try exampleState()
    state.inputs[0] = BuildState.Input(
      path: "a.txt", stamp: FileStamp(size: 1, modified: 1, inode: 1), content: Fingerprint([1]), outline: outline,
      search: nil, diagnostics: [])
    let decoded = try #require(try BuildState.decode(state.encoded()).inputs[0].outline)
    let figure = try #require(decoded.areas.first?.title.figures.first)
    #expect(figure.zh?.offsets == 6..<14)
    #expect(figure.en?.offsets == 9..<19)
  }

  @Test func theOutlineKeepsWhatOtherPagesShowAndNothingElse() throws {
    let outline = try #require(try exampleState().inputs[0].outline)
    #expect(outline.title.en?.plainText == "2024-25 Budget Key initiatives under ITIB")
    #expect(outline.date?.description == "2024-02-29")
    #expect(outline.areas.map(\.number) == [1, 2, 3, 4])
    #expect(outline.areas.allSatisfy { $0.topics.isEmpty && $0.blocks.isEmpty })
    #expect(outline.front.isEmpty && outline.closing.isEmpty && outline.bureau == nil)
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
