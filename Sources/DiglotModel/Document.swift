import Foundation

/// Text in both languages. Either side may be missing: one-language text is kept, never dropped.
public struct Bilingual: Hashable, Sendable {
  public var zh: Inline?
  public var en: Inline?
  public var figures: [Figure]

  public init(zh: Inline?, en: Inline?, figures: [Figure] = []) {
    self.zh = zh
    self.en = en
    self.figures = figures
  }

  /// Where the text stands: both languages' ranges together.
  public var range: SourceRange? {
    switch (zh?.range, en?.range) {
    case (let a?, let b?): a.union(b)
    case (let a?, nil): a
    case (nil, let b?): b
    case (nil, nil): nil
    }
  }

  /// True when only one language is present.
  public var isOneSided: Bool { (zh == nil) != (en == nil) }
}

/// A bullet and its sub-bullets.
public struct Item: Hashable, Sendable {
  public var text: Bilingual
  public var children: [Item]

  public init(text: Bilingual, children: [Item] = []) {
    self.text = text
    self.children = children
  }
}

/// A piece of content within an area, a topic, the front or the closing.
public enum Block: Hashable, Sendable {
  case item(Item)
  case paragraph(Bilingual)
  case note(Bilingual)
  case labels([Bilingual])
  case table(Table)
}

/// A table: rows of cells, each cell in both languages (or language-neutral, such as `2021`).
public struct Table: Hashable, Sendable {
  /// Every row has the same number of cells.
  public var rows: [[Bilingual]]
  /// The first row names the columns.
  public var hasHeaderRow: Bool

  public init(rows: [[Bilingual]], hasHeaderRow: Bool) {
    self.rows = rows
    self.hasHeaderRow = hasHeaderRow
  }
}

/// A titled part of a policy area.
public struct Topic: Hashable, Sendable {
  public var title: Bilingual
  public var blocks: [Block]

  public init(title: Bilingual, blocks: [Block] = []) {
    self.title = title
    self.blocks = blocks
  }
}

/// A policy area: its number if the deck numbers it, title, blocks before any topic, and topics.
public struct Area: Hashable, Sendable {
  public var number: Int?
  public var title: Bilingual
  public var blocks: [Block]
  public var topics: [Topic]

  public init(number: Int?, title: Bilingual, blocks: [Block] = [], topics: [Topic] = []) {
    self.number = number
    self.title = title
    self.blocks = blocks
    self.topics = topics
  }
}

/// What kind of address a deck presents.
public enum DocumentKind: String, Hashable, Sendable {
  case budget
  case policyAddress = "policy-address"
  case other
}

/// A calendar date, as printed on the title slide.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year)
    let m = String(month)
    let d = String(day)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
      + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  /// The day of the week in the Gregorian calendar, 1 for Monday to 7 for Sunday, of a date whose
  /// month is 1 to 12.
  public var weekday: Int {
    // Sakamoto's method: January and February count as months of the year before.
    let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let sundayFirst = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    return sundayFirst == 0 ? 7 : sundayFirst
  }
}

/// What an address's title slide says of it: its kind, date, title, subtitle and bureau; how the
/// address is named. The document and its outline both hold it.
public struct TitleSlide: Hashable, Sendable {
  /// Budget or Policy Address, as the title says: part of the address's short title.
  public var kind: DocumentKind
  /// The date on the title slide, for ordering and naming the address.
  public var date: CalendarDate?
  public var title: Bilingual
  public var subtitle: Bilingual?
  public var bureau: Bilingual?

  public init(
    kind: DocumentKind, date: CalendarDate?, title: Bilingual, subtitle: Bilingual? = nil, bureau: Bilingual? = nil
  ) {
    (self.kind, self.date, self.title, self.subtitle, self.bureau) = (kind, date, title, subtitle, bureau)
  }
}

/// One address: its title slide, policy areas, and closing.
public struct Document: Hashable, Sendable {
  /// The input file, as given to the reader: what the address is known by.
  public var file: String
  public var titleSlide: TitleSlide
  /// Title-slide extras, labels and the overview.
  public var front: [Block]
  public var areas: [Area]
  public var closing: [Block]

  public init(file: String, titleSlide: TitleSlide, front: [Block] = [], areas: [Area] = [], closing: [Block] = []) {
    self.file = file
    self.titleSlide = titleSlide
    self.front = front
    self.areas = areas
    self.closing = closing
  }
}
