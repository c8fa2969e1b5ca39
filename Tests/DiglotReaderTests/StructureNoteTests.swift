import DiglotModel
import DiglotReader
import Testing

/// Where the reader takes a deck's structure from evidence other than its overview slide, it says
/// so with a note at the heading it guessed from.
@Suite struct StructureNoteTests {
  let areaA = "# 1.創新科技\n\nInnovation and technology\n\n## 人工智能\n\nArtificial intelligence\n\n- 資助\n\nFunding\n\n"
  let areaB = "# 2.數字經濟\n\nDigital economy\n\n## 數據交易\n\nData trading\n\n- 研究\n\nStudy\n\n"

  func notes(_ result: DocumentReader.Result) -> [String] {
    result.diagnostics.filter { $0.severity == .note }.map(\.description)
  }

  @Test func areasFromNumberedHeadingsWithoutAnOverviewAreANoteAtTheFirst() throws {
    let result = read(titleSlide + areaA + areaB)
    #expect(result.document?.areas.map { $0.title.en?.plainText } == ["Innovation and technology", "Digital economy"])
    #expect(
      notes(result) == ["test.txt:8:5: note: no overview slide listing the areas; areas taken from numbered headings"])
  }

  @Test func linesNumberedInSequenceWithBulletsUnderThemAreAreasWithANoteAtTheFirst() throws {
    let body = "1. 創新科技\nInnovation and technology\n\n• 資助\n• Funding\n\n2. 數字經濟\nDigital economy\n\n• 研究\n• Study\n"
    let result = read(titleSlide + body)
    #expect(result.document?.areas.map { $0.title.en?.plainText } == ["Innovation and technology", "Digital economy"])
    #expect(!result.hasErrors)
    #expect(
      notes(result) == [
        "test.txt:8:4: note: no overview slide and no numbered headings; areas taken from the lines numbered 1, 2, … "
          + "with bullets under them"
      ])
  }

  @Test func numberedLinesWithNoBulletsUnderThemStayBullets() throws {
    // Numbered points one after another are a list, and a deck of them alone has no areas.
    let result = read(titleSlide + "1. 創新科技\nInnovation and technology\n\n2. 數字經濟\nDigital economy\n")
    #expect(result.document?.areas.isEmpty == true)
    #expect(result.diagnostics.contains { $0.description.contains("error: no policy areas found") })
  }

  @Test func anAreaTheOverviewDoesNotListIsANoteAtItsHeading() throws {
    let overview = "# 重點領域\n\nKey areas\n\n## 創新科技\n\nInnovation and technology\n\n"
    let result = read(titleSlide + overview + areaA + areaB)
    #expect(result.document?.areas.count == 2)
    #expect(
      notes(result) == [
        "test.txt:28:5: note: area 2 is not listed on the overview slide; taken as an area by its number"
      ])
  }

  @Test func anAreaNumberSkippedIsANoteAndTheHeadingATopic() throws {
    let result = read(titleSlide + areaA + areaB.replacing("# 2.", with: "# 3."))
    let area = try #require(result.document?.areas.first)
    #expect(result.document?.areas.count == 1)
    #expect(
      area.topics.map { $0.title.en?.plainText } == ["Artificial intelligence", "Digital economy", "Data trading"])
    #expect(
      notes(result) == [
        "test.txt:8:5: note: no overview slide listing the areas; areas taken from numbered headings",
        "test.txt:20:5: note: heading numbered 3 follows area 1, with no area 2 between, and the overview does not "
          + "list it: read as a topic of area 1",
      ])
  }

  @Test func theExamplesWithTheirOverviewSlidesHaveNoSuchNote() throws {
    for name in ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"] {
      let result = try readInput(name)
      #expect(!result.diagnostics.contains { $0.message.contains("overview") }, "\(name)")
    }
  }
}
