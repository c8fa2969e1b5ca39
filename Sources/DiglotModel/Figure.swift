import Foundation

/// A figure in one language, as written, with its exact value.
public struct Amount: Hashable, Sendable {
  /// The text as it stands in the input, without markup (`30億元`, `$3 billion`, `1（政府）：2（公司）`).
  public var written: String
  /// The exact value: HKD for money, the number for counts and percentages.
  /// A ratio has one value per part (`1:2` is `[1, 2]`).
  public var values: [Decimal]
  /// The word written directly before the figure, if any.
  public var qualifier: Qualifier?
  /// Where the figure stands in the source, its qualifier word included.
  public var range: SourceRange?
  /// Where `written` stands in its language's text: UTF-8 offsets into `Inline.plainText`, so a
  /// page can mark the figure up where it is without looking for it.
  public var offsets: Range<Int>?

  public init(
    written: String, values: [Decimal], qualifier: Qualifier? = nil, range: SourceRange? = nil,
    offsets: Range<Int>? = nil
  ) {
    self.written = written
    self.values = values
    self.qualifier = qualifier
    self.range = range
    self.offsets = offsets
  }

  /// The value as an exact decimal string; ratio parts are joined by `:`.
  public var valueString: String {
    values.map { $0.exactText() }.joined(separator: ":")
  }
}

/// What a figure measures.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
  case money, count, percent, ratio
}

/// A word that bounds a figure: 約 / about, 超過 / over, 不超過 / no more than …
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
  case about
  case over
  case noMoreThan = "no more than"
  case noLessThan = "no less than"
  case upTo = "up to"
}

/// Whether the two languages state the same figure.
public enum Agreement: String, Hashable, Sendable {
  case agree, differ
  case oneSided = "one-sided"
}

/// A figure of a bilingual text: the Chinese and English amounts paired, and whether they agree.
public struct Figure: Hashable, Sendable {
  public var kind: FigureKind
  public var zh: Amount?
  public var en: Amount?
  public var agreement: Agreement

  public init(kind: FigureKind, zh: Amount?, en: Amount?, agreement: Agreement) {
    self.kind = kind
    self.zh = zh
    self.en = en
    self.agreement = agreement
  }

  /// The figure's agreed value (the Chinese one where they differ).
  public var value: [Decimal] { zh?.values ?? en?.values ?? [] }

  /// The qualifier of whichever language has one.
  public var qualifier: Qualifier? { zh?.qualifier ?? en?.qualifier }
}
