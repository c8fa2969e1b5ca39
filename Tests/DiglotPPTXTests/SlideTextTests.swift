import DiglotDeck
import DiglotPPTX
import Testing

/// What the PowerPoint reader writes for the parts of a slide, on small decks made part by part.
@Suite struct PPTXSlideTextTests {
  func text(_ slides: [String], hidden: Set<Int> = []) throws -> SlideText {
    try PPTXDeck.read(try DeckFile.deck(slides, hidden: hidden), file: "deck.pptx")
  }

  func bold(_ text: String, size: Int) -> String {
    #"<a:p><a:r><a:rPr lang="en-GB" sz="\#(size)" b="1"/><a:t>\#(text)</a:t></a:r></a:p>"#
  }

  @Test func slidesAreSeparatedByAFormFeedAndLinesKnowTheirSlide() throws {
    let slides = try text([
      DeckFile.box(y: 1, DeckFile.paragraph("一") + DeckFile.paragraph("One")),
      DeckFile.box(y: 1, DeckFile.paragraph("二") + "<a:p/>" + DeckFile.paragraph("Two")),
    ])
    #expect(slides.text == "一\nOne\n\u{C}二\n\nTwo\n")
    #expect(slides.origins.map(\.slide) == [1, 1, 2, 2, 2])
    #expect(slides.origins.map(\.line) == [1, 2, 1, 1, 2])
  }

  @Test func boxesAreReadTopToBottomAndSideBySideBoxesLeftToRight() throws {
    let slides = try text([
      DeckFile.box(x: 5, y: 2, width: 4, height: 3, DeckFile.paragraph("Right"))
        + DeckFile.box(y: 6, DeckFile.paragraph("Bottom"))
        + DeckFile.box(x: 0.5, y: 2.2, width: 4, height: 3, DeckFile.paragraph("Left"))
        + DeckFile.box(y: 0.5, DeckFile.paragraph("Top"))
    ])
    #expect(slides.text == "Top\n\nLeft\n\nRight\n\nBottom\n")
  }

  @Test func boxesThatTranslateEachOtherAreInterleavedChineseFirst() throws {
    let bullet = #"<a:pPr><a:buChar char="◆"/></a:pPr>"#
    let english =
      DeckFile.paragraph("Allocate $3 billion", properties: bullet)
      + DeckFile.paragraph("Set up a fund", properties: bullet)
    let chinese = DeckFile.paragraph("撥款30億元", properties: bullet) + DeckFile.paragraph("設立基金", properties: bullet)
    let stacked = try text([DeckFile.box(y: 1, height: 2, english) + DeckFile.box(y: 3.5, height: 2, chinese)])
    #expect(stacked.text == "◆ 撥款30億元\n◆ Allocate $3 billion\n◆ 設立基金\n◆ Set up a fund\n")
    // With a paragraph more on one side, they are read box by box.
    let uneven = try text([
      DeckFile.box(y: 1, height: 2, english) + DeckFile.box(y: 3.5, height: 2, chinese + DeckFile.paragraph("註：草圖"))
    ])
    #expect(uneven.text.hasPrefix("◆ Allocate $3 billion\n◆ Set up a fund\n\n◆ 撥款30億元"))
  }

  @Test func titlePlaceholdersAndLargeBoldLinesAreHeadings() throws {
    let title =
      #"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Title"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9000000" cy="900000"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:p><a:r><a:t>人工智能</a:t></a:r><a:br/><a:r><a:t>資助</a:t></a:r></a:p><a:p><a:r><a:t>Artificial</a:t></a:r><a:br/><a:r><a:t>Intelligence</a:t></a:r></a:p></p:txBody></p:sp>"#
    let body = bold("微電子", size: 2000) + DeckFile.paragraph("正文") + bold("重點", size: 1800)
    let slides = try text([title + DeckFile.box(y: 2, body)])
    #expect(slides.text == "# 人工智能資助\n# Artificial Intelligence\n\n## 微電子\n正文\n**重點**\n")
  }

  @Test func boldAndItalicRunsAreMarkedAndAsterisksEscaped() throws {
    let runs =
      #"<a:p><a:r><a:t>Allocate </a:t></a:r><a:r><a:rPr b="1"/><a:t>$3 </a:t></a:r><a:r><a:rPr b="1"/><a:t>billion</a:t></a:r><a:r><a:t> to </a:t></a:r><a:r><a:rPr i="1"/><a:t>InnoHK</a:t></a:r><a:r><a:t> (5*2)</a:t></a:r></a:p>"#
    #expect(try text([DeckFile.box(y: 1, runs)]).text == "Allocate **$3 billion** to *InnoHK* (5\\*2)\n")
  }

  @Test func bulletsKeepTheirLevelAndWingdingsGlyphsAreMapped() throws {
    let wingdings = #"<a:buFont typeface="Wingdings" pitchFamily="2" charset="2"/>"#
    let paragraphs =
      DeckFile.paragraph("Top", properties: #"<a:pPr>\#(wingdings)<a:buChar char="u"/></a:pPr>"#)
      + DeckFile.paragraph("Sub", properties: #"<a:pPr lvl="1">\#(wingdings)<a:buChar char="Ø"/></a:pPr>"#)
      + DeckFile.paragraph("Private use", properties: #"<a:pPr>\#(wingdings)<a:buChar char="&#xF0A7;"/></a:pPr>"#)
      + DeckFile.paragraph("Arrow first", properties: #"<a:pPr><a:buChar char="➤"/></a:pPr>"#)
      + DeckFile.paragraph("None", properties: #"<a:pPr><a:buNone/></a:pPr>"#)
    #expect(try text([DeckFile.box(y: 1, paragraphs)]).text == "◆ Top\n  ➢ Sub\n• Private use\n• Arrow first\nNone\n")
  }

  @Test func autoNumberedParagraphsAreEnumerators() throws {
    func numbered(_ text: String, _ type: String, level: Int = 0) -> String {
      DeckFile.paragraph(text, properties: #"<a:pPr lvl="\#(level)"><a:buAutoNum type="\#(type)"/></a:pPr>"#)
    }
    let paragraphs =
      numbered("One", "arabicPeriod") + numbered("a", "alphaLcParenBoth", level: 1)
      + numbered("b", "alphaLcParenBoth", level: 1)
      + numbered("Two", "arabicPeriod") + numbered("一", "ea1ChtPeriod")
    #expect(try text([DeckFile.box(y: 1, paragraphs)]).text == "(1) One\n  (a) a\n  (b) b\n(2) Two\n（一） 一\n")
  }

  @Test func bulletsComeFromTheBoxListStyleWhenTheParagraphSaysNothing() throws {
    let box = DeckFile.box(
      y: 1, DeckFile.paragraph("Inherited") + DeckFile.paragraph("Second", properties: #"<a:pPr lvl="1"/>"#)
    )
    .replacingOccurrences(
      of: "<a:lstStyle/>",
      with:
        #"<a:lstStyle><a:lvl1pPr><a:buChar char="■"/></a:lvl1pPr><a:lvl2pPr><a:buChar char="–"/></a:lvl2pPr></a:lstStyle>"#
    )
    #expect(try text([box]).text == "■ Inherited\n  – Second\n")
  }

  @Test func tablesAreWrittenWithTabsChineseTableFirst() throws {
    func cell(_ lines: String...) -> String {
      "<a:tc><a:txBody><a:bodyPr/>" + lines.map { DeckFile.paragraph($0) }.joined() + "</a:txBody></a:tc>"
    }
    let table =
      #"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="914400"/><a:ext cx="8000000" cy="2000000"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tr h="1">\#(cell("措施", "Measure"))\#(cell("撥款", "Funding"))</a:tr><a:tr h="1">\#(cell("人工智能資助計劃", "AI Subsidy Scheme"))\#(cell("30億元", "$3 billion"))</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>"#
    #expect(
      try text([table]).text == "措施\t撥款\n人工智能資助計劃\t30億元\n\nMeasure\tFunding\nAI Subsidy Scheme\t$3 billion\n")
  }

  @Test func hiddenSlidesAreLeftOutWithANote() throws {
    let slides = try text(
      [
        DeckFile.box(y: 1, DeckFile.paragraph("One")), DeckFile.box(y: 1, DeckFile.paragraph("Two")),
        DeckFile.box(y: 1, DeckFile.paragraph("Three")),
      ],
      hidden: [2])
    #expect(slides.text == "One\n\u{C}Three\n")
    #expect(slides.origins.map(\.slide) == [1, 3])
    #expect(slides.diagnostics.map(\.description) == ["deck.pptx:2:1: note: hidden slide 2 not read"])
  }

  @Test func groupedBoxesAreReadWhereTheGroupPutsThem() throws {
    let group =
      #"<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="4572000"/><a:ext cx="914400" cy="914400"/><a:chOff x="0" y="0"/><a:chExt cx="914400" cy="914400"/></a:xfrm></p:grpSpPr>\#(DeckFile.box(x: 0, y: 0, DeckFile.paragraph("Grouped, low on the slide")))</p:grpSp>"#
    #expect(
      try text([group + DeckFile.box(y: 1, DeckFile.paragraph("Above"))]).text == "Above\n\nGrouped, low on the slide\n"
    )
  }
}
