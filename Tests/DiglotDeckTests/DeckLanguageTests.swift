import DiglotDeck
import Testing

/// The language of a line of deck text, which sorts a bilingual table's lines into two tables.
@Suite struct DeckLanguageTests {
  @Test func aHanCharacterMakesALineChinese() {
    #expect(DeckLanguage.of("撥款 HK$30 億元".unicodeScalars) == .zh)
    #expect(DeckLanguage.of("\u{30000}".unicodeScalars) == .zh)  // extension G
  }

  @Test func latinLettersWithoutHanMakeALineEnglish() {
    #expect(DeckLanguage.of("HK$3 billion".unicodeScalars) == .en)
  }

  /// Full-width forms and CJK punctuation are not Han: a figure written in them is in neither
  /// language, and stands in both tables.
  @Test func figuresAndPunctuationAreInNeitherLanguage() {
    #expect(DeckLanguage.of("2024-25".unicodeScalars) == nil)
    #expect(DeckLanguage.of("（２０２４）".unicodeScalars) == nil)
    #expect(DeckLanguage.of("「、」".unicodeScalars) == nil)
  }

  @Test func aFullWidthFigureStandsInBothTablesOfABilingualTable() {
    let rows = [[["項目", "Item"], ["金額", "Amount"]], [["撥款", "Funding"], ["（２０２４）"]]]
    let lines = SlideTable.lines(
      rows, language: { DeckLanguage.of($0.unicodeScalars) }, cell: { $0.joined(separator: " ") })
    #expect(lines == ["項目\t金額", "撥款\t（２０２４）", "", "Item\tAmount", "Funding\t（２０２４）"])
  }
}
