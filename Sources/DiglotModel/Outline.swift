/// What the pages of other addresses show of an address: its file, kind, date, title, subtitle,
/// bureau, and each area's number and title; none of its content.
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
  /// Budget or Policy Address: part of the address's short title.
  public var kind: DocumentKind
  /// The date on the title slide, for ordering and naming the address.
  public var date: CalendarDate?
  /// The title slide's title, its subtitle and the bureau: how the address is named.
  public var title: Bilingual
  public var subtitle: Bilingual?
  public var bureau: Bilingual?
  /// Each area's number and title, in the document's order, for links to the area pages.
  public var areas: [AreaTitle]

  public init(
    file: String, kind: DocumentKind, date: CalendarDate?, title: Bilingual, subtitle: Bilingual? = nil,
    bureau: Bilingual? = nil, areas: [AreaTitle] = []
  ) {
    (self.file, self.kind, self.date) = (file, kind, date)
    (self.title, self.subtitle, self.bureau, self.areas) = (title, subtitle, bureau, areas)
  }
}

extension Document {
  /// The document's outline.
  public var outline: Outline {
    Outline(
      file: file, kind: kind, date: date, title: title, subtitle: subtitle, bureau: bureau,
      areas: areas.map { Outline.AreaTitle(number: $0.number, title: $0.title) })
  }
}
