import DiglotDeck
import DiglotModel
import Testing

@Suite struct SlideTextTests {
  let slides = SlideText(
    text: "# 標題\nTitle\n\u{C}- 一\n- One\n",
    origins: [.init(slide: 1, line: 1), .init(slide: 1, line: 2), .init(slide: 2, line: 1), .init(slide: 2, line: 2)])

  @Test func diagnosticsAreLocatedBySlideAndLineOnTheSlide() {
    let fromReader = Diagnostic(.warning, "no English", file: "deck.pptx", position: SourcePosition(line: 4, column: 3))
    let located = slides.locatedBySlide(fromReader)
    #expect(located.description == "deck.pptx:2:2: warning: no English")
  }

  @Test func aLinePastTheEndIsLocatedAtTheLastSlideLine() {
    let atEnd = Diagnostic(.error, "no area", file: "deck.pptx", position: SourcePosition(line: 9, column: 1))
    #expect(slides.locatedBySlide(atEnd).position == SourcePosition(line: 2, column: 2))
  }
}

@Suite struct SlideTextDocumentTests {
  @Test func theTreeIsLocatedBySlideAsTheDiagnosticsAre() {
    let slides = SlideText(
      text: "標題\nTitle\n\u{C}- 撥款30億元\n- Allocate $3 billion\n",
      origins: [.init(slide: 1, line: 1), .init(slide: 1, line: 2), .init(slide: 3, line: 1), .init(slide: 3, line: 2)])
    func range(_ line: Int, _ from: Int, _ to: Int) -> SourceRange {
      SourceRange(
        file: "deck.pptx", start: SourcePosition(line: line, column: from), end: SourcePosition(line: line, column: to))
    }
    let money = Figure(
      kind: .money, zh: Amount(written: "30億元", values: [3_000_000_000], range: range(3, 5, 8)),
      en: Amount(written: "$3 billion", values: [3_000_000_000], range: range(4, 12, 21)), agreement: .agree)
    let item = Bilingual(
      zh: Inline(spans: [.plain("撥款30億元")], range: range(3, 3, 8)),
      en: Inline(spans: [.plain("Allocate $3 billion")], range: range(4, 3, 21)), figures: [money])
    let document = Document(
      file: "deck.pptx",
      titleSlide: TitleSlide(
        kind: .budget, date: nil, title: Bilingual(zh: Inline(spans: [.plain("標題")], range: range(1, 1, 2)), en: nil)),
      areas: [Area(number: 1, title: Bilingual(zh: nil, en: nil), blocks: [.item(Item(text: item))])])
    let located = slides.locatedBySlide(document)
    #expect(located.titleSlide.title.zh?.range.start == SourcePosition(line: 1, column: 1))
    guard case .item(let found) = located.areas[0].blocks[0] else {
      Issue.record("the item is gone")
      return
    }
    #expect(found.text.zh?.range.start == SourcePosition(line: 3, column: 1))
    #expect(found.text.en?.range.end == SourcePosition(line: 3, column: 2))
    #expect(found.text.figures[0].en?.range?.start == SourcePosition(line: 3, column: 2))
  }
}
