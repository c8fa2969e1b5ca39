import DiglotDeck
import DiglotModel
import DiglotPDF
import DiglotPoppler
import Testing

/// PDF pages to slide text, on pages drawn in the tests (Support.swift): no PDF needed.
@Suite struct PDFSlidesTests {
  let titleSlide = page([TestLine("2024-25 Budget", top: 100)])

  /// The slide text of `lines` on the second slide (the first, the title slide, has no headings).
  func secondSlide(_ lines: [TestLine]) -> [String] {
    let text = PDFSlides.slideText(of: [titleSlide, page(lines)], file: "deck.pdf").text
    let slide = text.split(separator: "\u{C}", omittingEmptySubsequences: false)[1]
    return slide.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func wingdingsBulletsAsPrivateUseCharactersAreMappedWithTheirDepth() {
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "\u{F075}", font: "OpenSymbol"), Run(text: " 撥款30億元", gap: 12)]),
      TestLine(left: 61.6, top: 115, runs: [Run(text: "\u{F0D8}", font: "OpenSymbol"), Run(text: " 撥出6億元", gap: 12)]),
      TestLine(top: 130, runs: [Run(text: "\u{F0A7}", font: "OpenSymbol"), Run(text: " 預留1億元", gap: 12)]),
    ])
    #expect(lines == ["◆ 撥款30億元", "  ➢ 撥出6億元", "▪ 預留1億元"])
  }

  @Test func aBulletGlyphApartFromItsTextWithoutASpaceIsABullet() {
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "\u{F0D8}", font: "OpenSymbol"), Run(text: "Allocate", gap: 8)]),
      TestLine(top: 115, runs: [Run(text: "•"), Run(text: "Earmark")]),
    ])
    #expect(lines == ["➢ Allocate", "•Earmark"])
  }

  @Test func lettersInASymbolFontAreBullets() {
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "l", font: "Wingdings-Regular"), Run(text: " Allocate", gap: 12)]),
      TestLine(top: 115, runs: [Run(text: "n", font: "Wingdings"), Run(text: " Earmark", gap: 12)]),
      TestLine(top: 130, runs: [Run(text: "u", font: "Wingdings"), Run(text: " Launch", gap: 12)]),
      TestLine(top: 145, runs: [Run(text: "Ø", font: "Wingdings"), Run(text: " Fund", gap: 12)]),
      TestLine("learn more about it", top: 160),
    ])
    #expect(lines == ["● Allocate", "■ Earmark", "◆ Launch", "➢ Fund", "learn more about it"])
  }

  @Test func boldRunsAreMarkedByTheFontName() {
    let lines = secondSlide([
      TestLine(
        top: 100, runs: [Run(text: "Allocate "), Run(text: "$3 billion", font: "Arial-BoldMT"), Run(text: " to AI")]),
      TestLine(top: 115, runs: [Run(text: "撥款"), Run(text: "30億元", font: "HiraginoSans-W6"), Run(text: "推行")]),
      TestLine(top: 130, runs: [Run(text: "撥款"), Run(text: "30億元", font: "HiraginoSans-W3")]),
      TestLine(top: 145, runs: [Run(text: "2*3 \\ 4")]),
    ])
    #expect(lines == ["Allocate **$3 billion** to AI", "撥款**30億元**推行", "撥款30億元", "2\\*3 \\\\ 4"])
  }

  @Test func italicRunsAreMarkedByTheFontName() {
    let lines = secondSlide([
      TestLine(
        top: 100,
        runs: [Run(text: "support the "), Run(text: "InnoHK", font: "DejaVuSans-Oblique"), Run(text: " clusters")]),
      TestLine(
        top: 115,
        runs: [
          Run(text: "the "), Run(text: "Fund", font: "Arial-BoldItalicMT"), Run(text: " now", font: "Arial-BoldMT"),
        ]),
    ])
    #expect(lines == ["support the *InnoHK* clusters", "the ***Fund* now**"])
  }

  @Test func spacesExtractionPutsBetweenChineseAndOtherTextAreRemoved() {
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "預留"), Run(text: " 100", gap: 3), Run(text: " 億元", gap: 3)]),
      TestLine(top: 115, runs: [Run(text: "推進第三個"), Run(text: " InnoHK", gap: 3), Run(text: " 研發平台", gap: 3)]),
      // An author's space there is wider.
      TestLine(top: 130, runs: [Run(text: "科研中心"), Run(text: " InnoLife Hub", gap: 7)]),
    ])
    #expect(lines == ["預留100億元", "推進第三個InnoHK研發平台", "科研中心 InnoLife Hub"])
  }

  @Test func linesTheSlideWrappedAreJoined() {
    // A text box 480 points wide: 40 Chinese characters at 12 points fill a line; in English,
    // "to leverage" 7 times (459 points) leaves no room for "supercomputing" (84 points), and
    // "supercomputing" and "to leverage" 6 times (480 points) none for "computing".
    let chinese = String(repeating: "資助本地大學研發機構", count: 4)
    let english = Array(repeating: "to leverage", count: 7).joined(separator: " ")
    let english2 = "supercomputing " + english.dropFirst(12)
    let lines = secondSlide([
      TestLine(chinese, top: 100),
      TestLine(chinese, top: 115),
      TestLine("及企業等", top: 130),
      TestLine(english, top: 145),
      TestLine(english2, top: 160),
      TestLine("computing power", top: 175),
    ])
    #expect(lines == [chinese + chinese + "及企業等", english + " " + english2 + " computing power"])
  }

  @Test func aLineWrappedWhereChineseMeetsLatinIsJoinedWithASpaceAndAtAFigureWithout() {
    // 40 Chinese characters at 12 points fill the 480-point box; the second line ends 12 points short.
    let chinese = String(String(repeating: "資助本地大學研發機構", count: 4).prefix(38)) + "中心"
    let second = "InnoLife Healthtech Hub" + String(repeating: "研發", count: 14)
    let lines = secondSlide([
      TestLine(chinese, top: 100),
      TestLine(second, top: 115),
      TestLine("20億元推行計劃", top: 130),
    ])
    #expect(lines == [chinese + " " + second + "20億元推行計劃"])
  }

  @Test func aLineBrokenByHandIsNotJoined() {
    let lines = secondSlide([
      TestLine("完善創科生態圈，", top: 100),
      TestLine("推進香港新型工業化", top: 115),
      TestLine("Enhance the local I&T ecosystem", top: 145),
      TestLine("and promote new industrialisation", top: 160),
    ])
    #expect(
      lines == ["完善創科生態圈，", "推進香港新型工業化", "", "Enhance the local I&T ecosystem", "and promote new industrialisation"])
  }

  @Test func twoTextBoxesSideBySideAreReadOneAfterTheOtherAndPairedItemForItem() {
    // Poppler may give the two boxes' lines as one line each.
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "人工智能"), Run(text: " Artificial Intelligence", gap: 400)]),
      TestLine(top: 115, runs: [Run(text: "撥款30億元"), Run(text: " Allocate $3 billion", gap: 400)]),
      TestLine(top: 145, runs: [Run(text: "微電子研發"), Run(text: " Microelectronics", gap: 400)]),
    ])
    #expect(
      lines == ["人工智能", "撥款30億元", "Artificial Intelligence", "Allocate $3 billion", "", "微電子研發", "Microelectronics"])
  }

  @Test func theEnglishOfABulletInABoxOfItsOwnFollowsItAsAPlainLine() {
    let lines = secondSlide([
      TestLine(
        top: 100,
        runs: [
          Run(text: "\u{F075}", font: "OpenSymbol"), Run(text: " 撥款30億元", gap: 12), Run(text: " \u{F075}", gap: 400),
          Run(text: " Allocate $3 billion", gap: 12),
        ])
    ])
    #expect(lines == ["◆ 撥款30億元", "Allocate $3 billion"])
  }

  @Test func textBoxesSideBySideWhoseLinesFallIntoRowsAreATable() {
    let lines = secondSlide([
      TestLine("措施", top: 100), TestLine("Measure", top: 115),
      TestLine("撥款", left: 400, top: 100), TestLine("Funding", left: 400, top: 115),
      TestLine("人工智能資助計劃", top: 150), TestLine("AI subsidy", top: 165), TestLine("scheme", top: 180),
      TestLine("30億元", left: 400, top: 150), TestLine("$3 billion", left: 400, top: 165),
    ])
    #expect(lines == ["措施\t撥款", "人工智能資助計劃\t30億元", "", "Measure\tFunding", "AI subsidy scheme\t$3 billion"])
  }

  @Test func boxesSideBySideWhoseCellsDoNotStartOnOneRowAreNoTable() {
    let lines = secondSlide([
      TestLine("Measure", top: 100), TestLine("AI subsidy scheme", top: 150),
      TestLine("Funding", left: 400, top: 100), TestLine("$3 billion", left: 400, top: 130),
    ])
    #expect(lines == ["Measure", "", "Funding", "", "$3 billion", "", "AI subsidy scheme"])
  }

  @Test func boxesThatDoNotMatchItemForItemAreReadOneAfterTheOther() {
    let lines = secondSlide([
      TestLine(top: 100, runs: [Run(text: "產業"), Run(text: " Enhance the ecosystem", gap: 400)]),
      TestLine(top: 130, runs: [Run(text: "完善創科生態圈"), Run(text: " Enlarge the talent pool", gap: 400)]),
      TestLine("壯大創科人才庫", top: 160),
    ])
    #expect(lines == ["產業", "", "完善創科生態圈", "", "壯大創科人才庫", "", "Enhance the ecosystem", "", "Enlarge the talent pool"])
  }

  @Test func anEnglishBoxAboveAChineseOneIsPairedChineseFirst() {
    let lines = secondSlide([
      TestLine("Artificial Intelligence", top: 100), TestLine("Allocate $3 billion", top: 130),
      TestLine("人工智能", top: 250), TestLine("撥款30億元", top: 280),
    ])
    #expect(lines == ["人工智能", "Artificial Intelligence", "", "撥款30億元", "Allocate $3 billion"])
  }

  @Test func headingsByTheirSizeTheLargestAsTheSlidesTitle() {
    let body = String(repeating: "Allocate funding ", count: 6)
    let lines = secondSlide([
      TestLine("1.鞏固香港科研優勢", top: 30, size: 20),
      TestLine("Consolidate Hong Kong's strengths", top: 55, size: 20),
      TestLine("人工智能", top: 120, size: 18),
      TestLine("Artificial Intelligence", top: 143, size: 18),
      TestLine(top: 180, runs: [Run(text: "\u{F075}", font: "OpenSymbol"), Run(text: " " + body, gap: 12)]),
    ])
    #expect(
      lines == [
        "# 1.鞏固香港科研優勢", "# Consolidate Hong Kong's strengths", "", "## 人工智能", "## Artificial Intelligence", "",
        "◆ " + body.dropLast(),
      ])
  }

  @Test func theTitleSlideHasNoHeadings() {
    let slides = PDFSlides.slideText(
      of: [page([TestLine("2024-25年度財政預算案", top: 100, size: 40), TestLine("29/2/2024", top: 200)])], file: "deck.pdf")
    #expect(slides.text == "2024-25年度財政預算案\n\n29/2/2024\n")
  }

  @Test func pageNumbersAndRepeatedFootersAreLeftOutWithANote() {
    let pages = (1...3).map { number in
      page([
        TestLine("Slide \(number)", top: 100), TestLine("2024", top: 200),
        TestLine("Innovation, Technology and Industry Bureau", top: 500, size: 10),
        TestLine("\(number)", left: 900, top: 510, size: 10),
      ])
    }
    let slides = PDFSlides.slideText(of: pages, file: "deck.pdf")
    #expect(slides.text == "Slide 1\n\n2024\n\u{C}Slide 2\n\n2024\n\u{C}Slide 3\n\n2024\n")
    #expect(
      slides.diagnostics.map(\.description) == [
        "deck.pdf:1:1: note: left out what is repeated on the slides: page numbers and the line "
          + "`Innovation, Technology and Industry Bureau` (6 lines on 3 slides)"
      ])
  }

  @Test func eachLineIsLocatedBySlideAndLineOnTheSlide() {
    let slides = PDFSlides.slideText(
      of: [titleSlide, page([]), page([TestLine("One", top: 100), TestLine("Two", top: 115)])], file: "deck.pdf")
    #expect(slides.text == "2024-25 Budget\n\u{C}\n\u{C}One\nTwo\n")
    #expect(slides.origins.map { [$0.slide, $0.line] } == [[1, 1], [2, 1], [3, 1], [3, 2]])
  }

  @Test func aScannedDeckIsAnErrorAndAScannedSlideInADeckWithTextAWarning() {
    let scan = page([], pictures: [PDFRect(left: 0, top: 0, right: 960, bottom: 540)])
    let photo = page([], pictures: [PDFRect(left: 0, top: 0, right: 200, bottom: 100)])
    let allScanned = PDFSlides.slideText(of: [scan, scan], file: "deck.pdf")
    #expect(
      allScanned.diagnostics.map(\.description) == [
        "deck.pdf:1:1: error: no text on slide 1: scanned slides are not supported",
        "deck.pdf:2:1: error: no text on slide 2: scanned slides are not supported",
      ])
    let oneScanned = PDFSlides.slideText(of: [titleSlide, photo, scan], file: "deck.pdf")
    #expect(
      oneScanned.diagnostics.map(\.description) == [
        "deck.pdf:3:1: warning: no text on slide 3: scanned slides are not supported; the slide is left out"
      ])
  }
}
