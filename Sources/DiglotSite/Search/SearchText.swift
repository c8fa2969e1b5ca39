import DiglotModel

/// One address's text as its pages show it, sentence by sentence, in every language: what the
/// search index is made of.
///
/// It depends on the document alone (not on the rest of the site), so a build can keep it for
/// an address whose input did not change and make the index again without reading the input.
public struct SearchText: Hashable, Sendable {
  /// A text of a page: a heading, a bullet, a paragraph, a note or a label.
  public struct Sentence: Hashable, Sendable {
    /// The text as the page shows it, without markup.
    public var text: String
    /// The number of the page's topic it stands in (`#topic-2`); 0 outside topics.
    public var topic: Int
    /// Its figures, as found by value and as written.
    public var figures: [Figure]

    public init(text: String, topic: Int, figures: [Figure]) {
      self.text = text
      self.topic = topic
      self.figures = figures
    }
  }

  /// A figure of a sentence: its term (`SearchTerms.figureKey`) and the text that shows it.
  public struct Figure: Hashable, Sendable {
    public var key: String
    public var written: String

    public init(key: String, written: String) {
      self.key = key
      self.written = written
    }
  }

  /// For each language, the sentences of the address's overview page, then of each area page.
  public var pages: [SiteLanguage: [[Sentence]]]

  public init(pages: [SiteLanguage: [[Sentence]]]) {
    self.pages = pages
  }

  /// The sentences of a document's pages in the languages it is written in, English and
  /// Traditional Chinese; `complete(from:languages:)` adds those converted from them.
  public init(_ document: Document) {
    self.init(pages: [:])
    for language in SiteLanguage.written { add(document, in: language) }
  }

  /// The sentences of an address's pages in the given languages.
  public init(_ address: SitePlan.Address, languages: [SiteLanguage]) {
    self.init(pages: [:])
    complete(from: address, languages: languages)
  }

  /// Adds the languages it does not have yet, from the address's document as each shows it
  /// (converted, for Simplified Chinese). The plan must hold the whole document, not an outline.
  public mutating func complete(from address: SitePlan.Address, languages: [SiteLanguage]) {
    for language in languages where pages[language] == nil { add(address.document(in: language), in: language) }
  }

  /// Whether it has the sentences of each of these languages.
  public func covers(_ languages: [SiteLanguage]) -> Bool {
    languages.allSatisfy { pages[$0] != nil }
  }

  private mutating func add(_ document: Document, in language: SiteLanguage) {
    let reader = SentenceReader(text: TextNodes(language: language))
    var overview = reader.sentences(
      [document.titleSlide.title] + [document.titleSlide.subtitle, document.titleSlide.bureau].compactMap { $0 })
    overview += reader.sentences(document.front) + reader.sentences(document.closing)
    pages[language] =
      [overview]
      + document.areas.map { area in
        reader.sentences([area.title]) + reader.sentences(area.blocks)
          + area.topics.enumerated().flatMap { number, topic in
            reader.sentences([topic.title], topic: number + 1) + reader.sentences(topic.blocks, topic: number + 1)
          }
      }
  }
}

/// Turns texts into sentences in one language, as the pages show them.
private struct SentenceReader {
  let text: TextNodes

  func sentences(_ texts: [Bilingual], topic: Int = 0) -> [SearchText.Sentence] {
    texts.compactMap { bilingual in
      guard let (inline, side) = text.shown(bilingual) else { return nil }
      let figures = bilingual.figures.compactMap { figure -> SearchText.Figure? in
        guard let amount = side.side(of: figure), let key = SearchTerms.figureKey(kind: figure.kind, amount: amount)
        else { return nil }
        return SearchText.Figure(key: key, written: amount.written)
      }
      return SearchText.Sentence(text: inline.plainText, topic: topic, figures: figures)
    }
  }

  func sentences(_ blocks: [Block], topic: Int = 0) -> [SearchText.Sentence] {
    sentences(blocks.flatMap(\.texts), topic: topic)
  }
}
