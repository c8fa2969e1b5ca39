import DiglotModel

extension SlideText {
  /// `document`, which the text reader located by line of `text`, with every source range located
  /// by slide instead (line = slide, column = line on the slide), as its diagnostics are.
  public func locatedBySlide(_ document: Document) -> Document {
    document.mappingTexts(locatedBySlide)
  }

  private func locatedBySlide(_ text: Bilingual) -> Bilingual {
    var located = text
    if let zh = text.zh { located.zh?.range = locatedBySlide(zh.range) }
    if let en = text.en { located.en?.range = locatedBySlide(en.range) }
    located.figures = text.figures.map { figure in
      var located = figure
      located.zh?.range = figure.zh?.range.map(locatedBySlide)
      located.en?.range = figure.en?.range.map(locatedBySlide)
      return located
    }
    return located
  }

  private func locatedBySlide(_ range: SourceRange) -> SourceRange {
    SourceRange(file: range.file, start: position(ofLine: range.start.line), end: position(ofLine: range.end.line))
  }

  /// Where line `line` of `text` stands in the deck: its slide, and its line on the slide.
  private func position(ofLine line: Int) -> SourcePosition {
    let origin = origins.indices.contains(line - 1) ? origins[line - 1] : origins.last
    return origin.map { SourcePosition(line: $0.slide, column: $0.line) } ?? SourcePosition(line: line, column: 1)
  }
}
