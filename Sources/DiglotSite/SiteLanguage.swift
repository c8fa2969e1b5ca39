import DiglotModel

/// A language of the site: each has its own folder, and its pages mirror the other's.
public enum SiteLanguage: String, CaseIterable, Hashable, Comparable, Sendable {
  case english = "en"
  case chinese = "zh-hant"

  /// The site's folder for this language: `en`, `zh-hant`.
  public var folder: String { rawValue }

  /// The BCP 47 tag for `lang` and `hreflang`.
  public var tag: String {
    switch self {
    case .english: "en"
    case .chinese: "zh-Hant-HK"
    }
  }

  /// The language's name, written in that language.
  public var name: String {
    switch self {
    case .english: "English"
    case .chinese: "繁體中文"
    }
  }

  /// The other language of the site.
  public var other: SiteLanguage {
    switch self {
    case .english: .chinese
    case .chinese: .english
    }
  }

  /// This language's side of a bilingual text.
  func side(of text: Bilingual) -> Inline? {
    switch self {
    case .english: text.en
    case .chinese: text.zh
    }
  }

  /// This language's amount of a figure.
  func side(of figure: Figure) -> Amount? {
    switch self {
    case .english: figure.en
    case .chinese: figure.zh
    }
  }

  public static func < (a: SiteLanguage, b: SiteLanguage) -> Bool { a.rawValue < b.rawValue }
}
