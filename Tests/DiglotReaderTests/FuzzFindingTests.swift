import DiglotModel
import DiglotReader
import Testing

/// Inputs that the fuzzer (scripts/fuzz) found to crash the reader, shrunk to what still did.
@Suite struct FuzzFindingTests {
  /// A bullet marker with nothing after it (`◆ `) as the whole file used to stop the reader where
  /// it reported the missing date at the first line's text, which was empty.
  @Test func aFileOfOneEmptyBulletIsReportedNotACrash() {
    let result = read("◆ ")
    #expect(
      result.diagnostics.map(\.description) == [
        "test.txt:1:1: error: no recognisable title slide: expected the title in Chinese and English, then a date"
      ])
  }

  /// An empty marker carries nothing and is left out; a marker whose text is on the next line keeps it.
  @Test func anEmptyMarkerIsLeftOutAndAMarkerContinuedBelowKeepsItsText() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n◆\n\n◆\n預留100億元\n\n◆\nEarmark $10 billion\n")
    let area = try #require(result.document?.areas.first)
    #expect(area.topics.isEmpty)
    #expect(
      area.blocks.flatMap(\.texts).map { [$0.zh?.plainText, $0.en?.plainText] } == [["預留100億元", "Earmark $10 billion"]])
    #expect(!result.hasErrors)
  }
}
