/// What the pages of other addresses show of an address: its file, its title slide, and each area's
/// number and title; none of its content.
public struct Outline: Hashable, Sendable {
  /// An area as an outline shows it.
  public struct AreaTitle: Hashable, Sendable {
    public var number: Int?
    public var title: Bilingual

    public init(number: Int?, title: Bilingual) {
      self.number = number
      self.title = title
    }
  }

  /// The input file, as given to the reader: what the address is known by.
  public var file: String
  public var titleSlide: TitleSlide
  /// Each area's number and title, in the document's order, for links to the area pages.
  public var areas: [AreaTitle]

  public init(file: String, titleSlide: TitleSlide, areas: [AreaTitle] = []) {
    (self.file, self.titleSlide, self.areas) = (file, titleSlide, areas)
  }
}

extension Document {
  /// The document's outline.
  public var outline: Outline {
    Outline(
      file: file, titleSlide: titleSlide, areas: areas.map { Outline.AreaTitle(number: $0.number, title: $0.title) })
  }
}
