import DiglotModel

/// A language of the site: each has its own folder, and its pages mirror the others'.
///
/// The documents are in two languages; Simplified Chinese is a rendering of their Traditional
/// Chinese text, converted in the site plan (`SitePlan.Address.document(in:)`).
public enum SiteLanguage: String, CaseIterable, Hashable, Comparable, Sendable {
  case english = "en"
  /// Traditional Chinese, as written in Hong Kong: the documents' Chinese.
  case chinese = "zh-hant"
  /// Simplified Chinese, converted by machine from the Traditional.
  case simplified = "zh-hans"

  /// The site's folder for this language: `en`, `zh-hant`, `zh-hans`.
  public var folder: String { rawValue }

  /// The BCP 47 tag for `lang` and `hreflang`.
  public var tag: String {
    switch self {
    case .english: "en"
    case .chinese: "zh-Hant-HK"
    case .simplified: "zh-Hans"
    }
  }

  /// The language's name, written in that language.
  public var name: String {
    switch self {
    case .english: "English"
    case .chinese: "繁體中文"
    case .simplified: "简体中文"
    }
  }

  /// The language whose text a page shows where a text has none in the page's own.
  public var other: SiteLanguage {
    switch self {
    case .english: .chinese
    case .chinese, .simplified: .english
    }
  }

  /// Whether the language's text is converted by machine from another's.
  public var isConverted: Bool { self == .simplified }

  /// The languages the documents are written in.
  public static let written: [SiteLanguage] = [.english, .chinese]

  /// The language of a `--languages` list or of `labels.json`: its folder name (`zh-hans`) or its
  /// tag (`zh-Hans`), in any case.
  public init?(named name: String) {
    guard let language = Self.allCases.first(where: { [$0.folder, $0.tag.lowercased()].contains(name.lowercased()) })
    else { return nil }
    self = language
  }

  /// This language's side of a bilingual text; Simplified pages are given converted documents.
  func side(of text: Bilingual) -> Inline? {
    switch self {
    case .english: text.en
    case .chinese, .simplified: text.zh
    }
  }

  /// This language's amount of a figure.
  func side(of figure: Figure) -> Amount? {
    switch self {
    case .english: figure.en
    case .chinese, .simplified: figure.zh
    }
  }

  /// In the order the site lists them: English, Traditional, Simplified.
  public static func < (a: SiteLanguage, b: SiteLanguage) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
