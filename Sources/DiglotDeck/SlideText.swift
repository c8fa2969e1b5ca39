import DiglotModel

/// A deck's slides written out as slide text, the input format the text reader reads: one form
/// feed before each slide after the first, headings as `#`, bullets as glyphs with their depth,
/// bold as `**`. A deck reader's whole job is to make one; the text reader does the rest.
///
/// Diagnostics about a deck are located by slide: `deck.pptx:7:3` is line 3 of slide 7.
public struct SlideText: Sendable, Equatable {
  /// Where one line of `text` came from in the deck.
  public struct Origin: Sendable, Equatable {
    /// The slide, from 1.
    public var slide: Int
    /// The line on that slide, from 1.
    public var line: Int

    public init(slide: Int, line: Int) {
      self.slide = slide
      self.line = line
    }
  }

  /// The slides as slide text.
  public var text: String
  /// The origin of each line of `text`: `origins[0]` is line 1's.
  public var origins: [Origin]
  /// What the deck reader itself has to say (what it left out, a slide with no text), located by slide.
  public var diagnostics: [Diagnostic]

  public init(text: String, origins: [Origin], diagnostics: [Diagnostic] = []) {
    self.text = text
    self.origins = origins
    self.diagnostics = diagnostics
  }

  /// `diagnostic`, which the text reader located by line of `text`, located by slide instead.
  public func locatedBySlide(_ diagnostic: Diagnostic) -> Diagnostic {
    var located = diagnostic
    let index = diagnostic.position.line - 1
    if origins.indices.contains(index) {
      located.position = SourcePosition(line: origins[index].slide, column: origins[index].line)
    } else if let last = origins.last {
      located.position = SourcePosition(line: last.slide, column: last.line)
    }
    return located
  }
}
