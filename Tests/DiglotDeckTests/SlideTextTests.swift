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
