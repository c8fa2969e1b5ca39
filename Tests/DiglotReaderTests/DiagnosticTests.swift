import DiglotModel
import DiglotReader
import Foundation
import Testing

@Suite struct DiagnosticTests {
  func messages(_ result: DocumentReader.Result) -> [String] { result.diagnostics.map(\.description) }

  @Test func textWithNoCounterpartIsKeptAndReported() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 只有中文的要點\n\n註：只有中文的註釋。\n")
    let topic = try #require(result.document?.areas.first?.topics.first)
    #expect(topic.blocks.count == 2)
    #expect(topic.blocks.allSatisfy { $0.texts.allSatisfy { $0.zh != nil && $0.en == nil } })
    #expect(
      messages(result).contains(
        "test.txt:16:3: warning: Chinese bullet has no English counterpart; it is kept in Chinese only"))
    #expect(
      messages(result).contains(
        "test.txt:18:1: warning: Chinese note has no English counterpart; it is kept in Chinese only"))
  }

  @Test func figuresThatDifferAreErrorsAtBothFigures() throws {
    let result = read(
      titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**推行\n\nAllocate **\\$300 million** to launch\n")
    let figure = try #require(result.document?.areas.first?.topics.first?.blocks.first?.texts.first?.figures.first)
    #expect(figure.agreement == .differ)
    #expect(
      messages(result) == [
        noOverviewNote("8:5"),
        "test.txt:16:7: error: money differs between languages: 30億元 (3000000000) here in Chinese, "
          + "$300 million (300000000) in English at 18:13; if the difference is deliberate, accept it in "
          + "accepted-differences.json",
        "test.txt:18:13: error: money differs between languages: $300 million (300000000) here in English, "
          + "30億元 (3000000000) in Chinese at 16:7; if the difference is deliberate, accept it in "
          + "accepted-differences.json",
      ])
    #expect(result.hasErrors)
  }

  /// A caption of a picture (`註：此為概念構想圖`) has no English on the slides: a note, not a warning.
  /// Other one-language notes, bullets and headings stay warnings.
  @Test func aOneLanguageNoteOnAPictureIsANote() {
    let body = "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 要點\n\nPoint\n\n"
    let zhCaption = read(titleSlide + body + "註：此為概念構想圖，橋樑位置有待確定。\n")
    #expect(
      messages(zhCaption) == [
        noOverviewNote("8:5"),
        "test.txt:20:1: note: Chinese note on a picture has no English counterpart; it is kept in Chinese only",
      ])
    let enCaption = read(titleSlide + body + "Note: Artist's impressions only\n")
    #expect(
      messages(enCaption) == [
        noOverviewNote("8:5"),
        "test.txt:20:1: note: English note on a picture has no Chinese counterpart; it is kept in English only",
      ])
    // `藍圖` is a blueprint and `charter` no chart: these notes are not about a picture.
    for note in ["註：詳情見藍圖。", "Note: see the charter"] {
      #expect(messages(read(titleSlide + body + note + "\n")).last?.contains(": warning: ") == true, "\(note)")
    }
    let heading = read(titleSlide + "# 1.範疇\n\nArea\n\n## 只有中文的題目\n\n- 要點\n\nPoint\n")
    #expect(
      messages(heading) == [
        noOverviewNote("8:5"),
        "test.txt:12:4: warning: Chinese heading has no English counterpart; it is kept in Chinese only",
      ])
  }

  @Test func moneyInOneLanguageOnlyIsWarned() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**推行\n\nAllocate funding to launch\n")
    #expect(
      messages(result) == [noOverviewNote("8:5"), "test.txt:16:7: warning: money 30億元 has no English counterpart"])
  }

  @Test func missingDate() {
    let result = read("香港創科發展藍圖\n\nHong Kong I&T Blueprint\n")
    #expect(result.document?.titleSlide.date == nil)
    #expect(
      messages(result).contains(
        "test.txt:1:1: warning: no date on the title slide "
          + "(expected a date alone on its line, such as 29/2/2024, 2024年2月29日 or 29 February 2024)"))
    #expect(!result.hasErrors)
  }

  @Test func impossibleDate() {
    let result = read("2024-25年度財政預算案\n\n2024-25 Budget\n\n31/2/2024\n")
    #expect(result.document?.titleSlide.date == nil)
    #expect(
      messages(result).contains("test.txt:5:1: error: impossible date 31/2/2024: there is no day 31 in month 2 of 2024")
    )
    #expect(result.hasErrors)
  }

  @Test func impossibleDateInChinese() {
    let result = read("施政報告\n\nPolicy Address\n\n2024年9月31日\n")
    #expect(result.document?.titleSlide.date == nil)
    #expect(
      messages(result).contains(
        "test.txt:5:1: error: impossible date 2024年9月31日: there is no day 31 in month 9 of 2024"))
  }

  @Test func aDeckWithContentButNoAreaIsAnError() {
    let result = read(titleSlide + "重點措施\n\nKey initiatives\n\n- 撥款推行計劃\n\nAllocate funding to a scheme\n")
    #expect(
      messages(result) == [
        "test.txt:8:1: error: no policy areas found: number the area headings (`# 1. …`), or list the areas "
          + "on an overview slide and repeat each at the top of its slides"
      ])
    #expect(messages(read(titleSlide)) == ["test.txt:1:1: warning: no policy areas found"])
  }

  @Test func pageFurnitureIsLeftOutWithOneNote() throws {
    let footer = "創新科技及工業局 Innovation, Technology and Industry Bureau"
    let pages = ["預算案\nBudget\n29/2/2024", "# 1. 範疇\nArea", "## 題目\nTopic\n- 撥款\n- Allocate"]
    let text = pages.enumerated().map { "\($0.element)\n\n\(footer)\n\($0.offset + 1)\n" }.joined(separator: "\u{0C}")
    let result = read(text)
    #expect(
      messages(result) == [
        "test.txt:5:1: note: left out what is repeated on the pages: page numbers and the line `\(footer)` "
          + "(6 lines on 3 pages)",
        noOverviewNote("7:7"),
      ])
    let document = try #require(result.document)
    let texts = document.texts.flatMap { [$0.zh?.plainText, $0.en?.plainText] }.compactMap { $0 }
    #expect(!texts.contains { $0.contains("Innovation") || $0 == "2" })
    #expect(document.areas.first?.topics.first?.blocks.count == 1)
  }

  @Test func tablesThatDoNotMatchAreKeptAndReported() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n項目\t撥款\n甲\t30億元\n\nItem\tFunding\tYears\nA\t$3 billion\t3\n")
    #expect(
      messages(result) == [
        noOverviewNote("8:5"),
        "test.txt:15:1: warning: the English table (2 rows, 3 columns) does not match the Chinese one "
          + "(2 rows, 2 columns) cell by cell; both are kept, one after the other",
      ])
    let blocks = try #require(result.document?.areas.first?.blocks)
    guard case .table(let table) = blocks.first else {
      Issue.record("the area should hold a table")
      return
    }
    #expect(table.rows.map(\.count) == [2, 2, 3, 3])
  }

  @Test func leapDayIsPossible() {
    #expect(read("預算案\n\nBudget\n\n29/2/2024\n").document?.titleSlide.date?.description == "2024-02-29")
    #expect(read("預算案\n\nBudget\n\n29/2/2023\n").hasErrors)
  }

  @Test func noRecognisableTitleSlide() {
    let result = read("- ◆ 撥款**30億元**\n\nAllocate \\$3 billion\n")
    #expect(
      messages(result).contains(
        "test.txt:1:5: error: no recognisable title slide: expected the title in Chinese and English, then a date"))
    #expect(result.hasErrors)
    #expect(result.document != nil)
  }

  @Test func unmatchedStrongMarkerIsReportedAndDropped() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元推行\n\nAllocate funding\n")
    let bullet = try #require(result.document?.areas.first?.topics.first?.blocks.first?.texts.first)
    #expect(bullet.zh?.plainText == "撥款30億元推行")
    #expect(messages(result).contains("test.txt:16:5: warning: unmatched ** is ignored"))
  }

  @Test func anUnmatchedStarIsAFootnoteMarkAndStays() throws {
    let result = read(
      titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款30億元*推行\n\nAllocate *$3 billion* to it*\n")
    let bullet = try #require(result.document?.areas.first?.topics.first?.blocks.first?.texts.first)
    #expect(bullet.zh?.plainText == "撥款30億元*推行")
    #expect(bullet.en?.plainText == "Allocate $3 billion to it*")
    #expect(
      messages(result).contains(
        "test.txt:16:9: note: unmatched * is kept as text, as a footnote mark; if it opens an emphasis, close it with a second *"
      ))
    #expect(bullet.figures.count == 1)
  }

  @Test func diagnosticsAreSortedByPosition() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 只有中文\n\n- 也只有中文\n")
    let positions = result.diagnostics.map(\.position)
    #expect(positions.count == 3)
    #expect(positions == positions.sorted())
  }
}

/// Files that are not slide text at all: none of them may crash the reader.
@Suite struct BadFileTests {
  @Test func emptyFile() {
    for text in ["", "\n\n  \n", "\u{FEFF}"] {
      let result = read(text)
      #expect(result.document == nil)
      #expect(result.diagnostics.map(\.description) == ["test.txt:1:1: error: file is empty"])
    }
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes = Array("預算案\nBud".utf8) + [0xFF, 0x41]
    let result = DocumentReader.read(bytes, path: "bad.txt")
    #expect(result.document == nil)
    #expect(
      result.diagnostics.map(\.description) == [
        "bad.txt:2:4: error: file is not valid UTF-8: invalid byte 0xFF at byte offset 13"
      ])
  }

  @Test func illFormedThreeByteFormsAreInvalid() {
    // Overlong, a surrogate, a missing continuation byte, and a form cut off by the end.
    for form: [UInt8] in [
      [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xE4, 0xB8, 0x41], [0xEF, 0x41, 0x80], [0xE9, 0xA0],
    ] {
      let result = DocumentReader.read(Array("預算\n".utf8) + form, path: "bad.txt")
      #expect(result.document == nil)
      #expect(result.diagnostics.first?.description.contains("error: file is not valid UTF-8") == true)
    }
  }

  @Test func wellFormedThreeByteFormsAreText() {
    // Scalars at the ends of the ranges that the lead bytes E3 to EF stand for, which are decoded
    // on a path of their own, and a line separator, whose lead byte is E2.
    for text in ["\u{3000}\u{3FFF}", "\u{C000}\u{CFFF}", "\u{E000}\u{EFFF}", "\u{F000}\u{FFFD}", "\u{2028}x"] {
      let result = DocumentReader.read(Array("預算\n\(text)ab\n".utf8), path: "good.txt")
      #expect(result.document != nil)
      #expect(!result.diagnostics.contains { $0.description.contains("not valid UTF-8") })
    }
  }

  @Test func binaryFile() {
    let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    let result = DocumentReader.read(bytes, path: "image.png")
    #expect(result.document == nil)
    #expect(result.hasErrors)
    let zeros = DocumentReader.read([UInt8](repeating: 0, count: 64), path: "zeros.bin")
    #expect(
      zeros.diagnostics.map(\.description) == [
        "zeros.bin:1:1: error: file contains a NUL character; is it a binary file?"
      ])
  }

  @Test func aNULIsLocatedInWellFormedAndInDecodedText() {
    let text = "預算\r\nBud\0get\0\n"
    let expected = ["nul.txt:2:4: error: file contains a NUL character; is it a binary file?"]
    // UTF-8 is read in one pass; UTF-16 (and ill-formed UTF-8) is decoded first, then split.
    let utf8 = DocumentReader.read(Array(text.utf8), path: "nul.txt")
    #expect(utf8.diagnostics.map(\.description) == expected)
    let utf16 = DocumentReader.read(
      [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, path: "nul.txt")
    #expect(utf16.diagnostics.map(\.description) == expected)
  }

  @Test func utf16WithByteOrderMarkIsDecoded() throws {
    let text = titleSlide + "# 1.範疇\n\nArea\n"
    for bigEndian in [false, true] {
      var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      for unit in text.utf16 {
        let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        bytes += bigEndian ? pair : pair.reversed()
      }
      let result = DocumentReader.read(bytes, path: "utf16.txt")
      let document = try #require(result.document)
      #expect(document.titleSlide.date?.description == "2024-02-29")
      #expect(document.areas.first?.title.zh?.plainText == "範疇")
    }
  }

  @Test func crlfLineEndingsGiveTheSameTreeAsLF() throws {
    let text = titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**\nAllocate \\$3 billion\n"
    let lf = try #require(read(text).document)
    let crlf = try #require(read(text.replacingOccurrences(of: "\n", with: "\r\n")).document)
    #expect(lf == crlf)
  }

  @Test func largeFileIsReadWhole() throws {
    let slide =
      "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**推行計劃\n\nAllocate **\\$3 billion** to launch a scheme\n\n\n"
    var text = titleSlide
    while text.utf8.count < 5_000_000 { text += slide }
    let result = read(text)
    let document = try #require(result.document)
    let bullets = document.areas.flatMap(\.topics).flatMap(\.blocks).count
    #expect(bullets == (text.utf8.count - titleSlide.utf8.count) / slide.utf8.count)
    #expect(!result.hasErrors)
  }

  /// Found by fuzzing: a title slide without a date whose first line is a bullet marker alone.
  @Test func aTitleSlideOfABareBulletMarkerIsReadWithoutACrash() throws {
    let bytes = try #require(
      Data(
        base64Encoded:
          "DQ0NDQ3ilqogDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ1CdWRnZXQoDQ0NDQ0NDQ0NDeS4gOOAgQ0NDQ0NDQ0NDQ0NDS0gDQ0NDQ0NDQ0O"))
    let result = DocumentReader.read(Array(bytes), path: "bare.txt")
    #expect(result.document != nil || result.hasErrors)
    #expect(result.diagnostics.contains { $0.message.hasPrefix("no date on the title slide") })
  }

  @Test func randomBytesNeverCrash() {
    // A fixed xorshift sequence: the same "random" files on every run.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    for _ in 0..<200 {
      let count = Int(next() % 400)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
      let result = DocumentReader.read(bytes, path: "random.bin")
      #expect(result.document != nil || result.hasErrors)
    }
  }
}
