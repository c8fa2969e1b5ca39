import DiglotModel
import Testing

@testable import DiglotReader

/// Characters that cannot be seen are kept out of the text, with a note where they stood.
@Suite struct TextHygieneTests {
  func messages(_ result: DocumentReader.Result) -> [String] { result.diagnostics.map(\.description) }

  /// Every scalar of every text of the tree.
  func scalars(_ document: Document) -> [Unicode.Scalar] {
    document.texts.flatMap { [$0.zh?.plainText, $0.en?.plainText].compactMap { $0 } }.flatMap(\.unicodeScalars)
  }

  @Test func bidirectionalAndZeroWidthCharactersAreRemovedWithANote() throws {
    // U+202E would show `txt.exe` as `exe.txt`; U+200B, U+2060 and U+00AD cannot be seen at all.
    let text =
      "2024-25年度\u{200B}財政預算案\n\n2024-25 \u{202E}Budget\u{202C}\n\n29/2/2024\n\n\n"
      + "# 1.範\u{2060}疇\n\nAr\u{00AD}ea\u{FEFF}\n\n## 題目\n\nTopic\u{2066}\u{2069}\u{200E}\n\n- 要點\n\nPoint\n"
    let result = read(text)
    let document = try #require(result.document)
    #expect(document.titleSlide.title.zh?.plainText == "2024-25年度財政預算案")
    #expect(document.titleSlide.title.en?.plainText == "2024-25 Budget")
    #expect(document.areas.first?.title.zh?.plainText == "範疇")
    #expect(document.areas.first?.title.en?.plainText == "Area")
    #expect(document.areas.first?.topics.first?.title.en?.plainText == "Topic")
    #expect(!scalars(document).contains { $0.properties.generalCategory == .format })
    #expect(
      messages(result) == [
        "test.txt:1:10: note: removed an invisible character from the text: U+200B ZERO WIDTH SPACE",
        "test.txt:3:9: note: removed 2 invisible characters from the text: U+202E RIGHT-TO-LEFT OVERRIDE, "
          + "U+202C POP DIRECTIONAL FORMATTING",
        noOverviewNote("8:5"),
        "test.txt:8:6: note: removed an invisible character from the text: U+2060 WORD JOINER",
        "test.txt:10:3: note: removed 2 invisible characters from the text: U+00AD SOFT HYPHEN, "
          + "U+FEFF ZERO WIDTH NO-BREAK SPACE",
        "test.txt:14:6: note: removed 3 invisible characters from the text: U+2066 LEFT-TO-RIGHT ISOLATE, "
          + "U+2069 POP DIRECTIONAL ISOLATE, U+200E LEFT-TO-RIGHT MARK",
      ])
  }

  /// A control character inside a run of printable ASCII, which the decoder reads eight bytes at a
  /// time, is found wherever it stands in the run.
  @Test func aControlCharacterInARunOfASCIIIsRemoved() {
    for control in ["\u{7F}", "\u{01}", "\u{1F}"] {
      for offset in 0..<17 {
        let (before, after) = (String(repeating: "a", count: offset), String(repeating: "b", count: 20))
        let result = read(titleSlide + "# 1.範疇\n\nArea \(before)\(control)\(after)\n")
        #expect(result.document?.areas.first?.title.en?.plainText == "Area \(before)\(after)")
        #expect(
          messages(result).filter { $0.contains("invisible") }.map { $0.prefix(while: { $0 != " " }) } == [
            "test.txt:10:\(offset + 6):"
          ], "\(offset)")
      }
    }
  }

  /// Format characters among Chinese text are found as in any other text, a tab too.
  @Test func formatCharactersBesideChineseAreRemoved() throws {
    let result = read(titleSlide + "# 1.範\u{FEFF}疇\n\nArea\n\n## 題\u{FFFB}目\n\nTopic\n\n- 要點\t\u{FFF9}\n\nPoint\n")
    let topic = try #require(result.document?.areas.first?.topics.first)
    #expect(result.document?.areas.first?.title.zh?.plainText == "範疇")
    #expect(topic.title.zh?.plainText == "題目")
    #expect(
      messages(result).filter { $0.contains("invisible") } == [
        "test.txt:8:6: note: removed an invisible character from the text: U+FEFF ZERO WIDTH NO-BREAK SPACE",
        "test.txt:12:5: note: removed an invisible character from the text: U+FFFB INTERLINEAR ANNOTATION TERMINATOR",
        "test.txt:16:6: note: removed an invisible character from the text: U+FFF9 INTERLINEAR ANNOTATION ANCHOR",
      ])
  }

  /// Columns stay those of the file: a character after a removed one keeps its own column.
  @Test func positionsAfterARemovedCharacterAreThoseOfTheFile() throws {
    let result = read(
      titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- \u{200B}撥款**30億元**\n\nAllocate \\$3 billion\n")
    let figure = try #require(result.document?.areas.first?.topics.first?.blocks.first?.texts.first?.figures.first)
    #expect(figure.agreement == .agree)
    #expect(figure.zh?.range?.start == SourcePosition(line: 16, column: 8))
    #expect(result.document?.areas.first?.topics.first?.blocks.first?.texts.first?.zh?.range.start.column == 4)
  }

  /// A form feed that starts a line is a page break of a converted deck, read as such with no note;
  /// elsewhere it is removed like any control character.
  @Test func aFormFeedStartingALineIsAPageBreak() throws {
    let result = read("預算案\n\nBudget\n\n29/2/2024\n\u{0C}# 1.範疇\n\nArea\u{0C}\n")
    let area = try #require(result.document?.areas.first)
    #expect(area.title.zh?.plainText == "範疇")
    #expect(area.title.en?.plainText == "Area")
    #expect(
      result.diagnostics.map(\.description) == [
        noOverviewNote("6:6"),
        "test.txt:8:5: note: removed an invisible character from the text: U+000C",
      ])
  }

  /// A control character (escape, bell) is removed as well: it has no place in a page.
  @Test func controlCharactersAreRemoved() throws {
    let result = read("預算案\u{1B}[31m\n\nBudget\u{7}\n\n29/2/2024\n")
    #expect(result.document?.titleSlide.title.zh?.plainText == "預算案[31m")
    #expect(result.document?.titleSlide.title.en?.plainText == "Budget")
    #expect(
      result.diagnostics.filter { $0.severity == .note }.map(\.description) == [
        "test.txt:1:4: note: removed an invisible character from the text: U+001B",
        "test.txt:3:7: note: removed an invisible character from the text: U+0007",
      ])
  }

  /// U+2028, U+2029 and U+0085 end a line, as their names say; each kind is noted once, with a count.
  @Test func unicodeLineSeparatorsBreakLines() throws {
    let separated = "預算案\n\nBudget\n\n29/2/2024\n\n# 1.範疇\u{2028}\u{2028}Area\u{2029}\u{2029}## 題目\n\nTopic\n"
    let result = read(separated)
    let document = try #require(result.document)
    let plain = try #require(
      read(
        separated.replacingOccurrences(of: "\u{2028}", with: "\n")
          .replacingOccurrences(of: "\u{2029}", with: "\n")
      ).document)
    #expect(document == plain)
    #expect(document.areas.first?.title.en?.plainText == "Area")
    #expect(
      messages(result) == [
        noOverviewNote("7:5"),
        "test.txt:7:7: note: U+2028 LINE SEPARATOR read as a line break (2 times in this file)",
        "test.txt:9:5: note: U+2029 PARAGRAPH SEPARATOR read as a line break (2 times in this file)",
      ])
    let nextLine = read("預算案\u{85}\u{85}Budget\u{85}\u{85}29/2/2024\u{85}")
    #expect(nextLine.document?.titleSlide.date?.description == "2024-02-29")
    #expect(
      nextLine.diagnostics.filter { $0.severity == .note }.map(\.description) == [
        "test.txt:1:4: note: U+0085 read as a line break (5 times in this file)"
      ])
  }

  /// The scalars removed are exactly Unicode's format characters (Cf) and the control characters
  /// other than the tab: the reader's list checked against the standard library's Unicode data.
  @Test func theInvisibleCharactersAreUnicodesFormatAndControlCharacters() {
    var mismatches: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      let expected = category == .format || (category == .control && scalar != "\t")
      if TextHygiene.isInvisible(scalar) != expected { mismatches.append(String(value, radix: 16)) }
    }
    #expect(mismatches.isEmpty)
  }

  @Test func aFileOfInvisibleCharactersOnlyIsEmpty() {
    #expect(messages(read("\u{200B}\n\u{202E}\u{2028}")) == ["test.txt:1:1: error: file is empty"])
  }
}
