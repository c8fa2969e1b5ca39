import DiglotCorpus
import DiglotModel
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

/// The files of `Tests/Corpus`, read, newest first as the site orders them.
func corpusDocuments() throws -> [Document] {
  let folder = packageRoot.appendingPathComponent("Tests/Corpus")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
  let documents = try names.map { name in
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    let result = DocumentReader.read(bytes, path: "Tests/Corpus/\(name)")
    // The corpus files number their areas and have no overview slide, which the reader notes.
    let noOverview = "no overview slide listing the areas; areas taken from numbered headings"
    #expect(result.diagnostics.map(\.message).filter { $0 != noOverview }.isEmpty, "\(name): \(result.diagnostics)")
    return try #require(result.document)
  }
  return documents.sorted { ($0.titleSlide.date?.description ?? "") > ($1.titleSlide.date?.description ?? "") }
}

/// The text of a corpus file.
func corpusText(_ name: String) throws -> String {
  try String(contentsOf: packageRoot.appendingPathComponent("Tests/Corpus/\(name)"), encoding: .utf8)
}

/// The merge file of the corpus.
func corpusRules() throws -> InitiativeRules {
  let bytes = [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Corpus/initiatives.json")))
  let (rules, problems) = InitiativeRules.read(bytes, path: "initiatives.json")
  #expect(problems.isEmpty)
  return rules
}

/// Text in one language with bold runs written `**…**`, as the reader gives it.
func inline(_ markup: String) -> Inline {
  let parts = markup.components(separatedBy: "**")
  let spans = parts.enumerated().compactMap { index, text -> Span? in
    text.isEmpty ? nil : index % 2 == 1 ? .strong(text) : .plain(text)
  }
  let position = SourcePosition(line: 1, column: 1)
  return Inline(spans: spans, range: SourceRange(file: "test.txt", start: position, end: position))
}
