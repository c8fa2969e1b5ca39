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

  /// A run of digits longer than a date has (`9999999999999999999`, beyond the largest integer)
  /// used to overflow where the reader tried the line as a date. It is text, kept as written.
  @Test(arguments: ["9999999999999999999", "29/2/99999999999999999999"])
  func aLongRunOfDigitsIsTextNotAnOverflow(_ line: String) throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n◆ 要點\n◆ Point\n\n" + line + "\n")
    let document = try #require(result.document)
    #expect(document.texts.contains { $0.en?.plainText == line || $0.zh?.plainText == line })
  }
}
