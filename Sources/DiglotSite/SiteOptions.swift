/// Choices for a generated site: what `Templates/site.json` says, with the command line's
/// `--base-url` and `--languages` over it.
public struct SiteOptions: Hashable, Sendable {
  /// Where the site is published (`https://www.example.gov.hk/policy/`). When set, the `hreflang`
  /// alternates, canonical links, the sitemap, the feeds and the 404 page use absolute URLs;
  /// without it there is no sitemap. Pages link to one another relatively either way.
  public var baseURL: String?
  /// The languages the site is built in: all three by default.
  public var languages: [SiteLanguage]
  /// The site's name in each language; a language left out has the built-in name.
  public var siteNames: [SiteLanguage: String]
  /// The links of every page's footer, in order.
  public var footerLinks: [FooterLink]

  public init(
    baseURL: String? = nil, languages: [SiteLanguage] = SiteLanguage.allCases,
    siteNames: [SiteLanguage: String] = [:], footerLinks: [FooterLink] = []
  ) {
    self.baseURL = baseURL
    self.languages = languages
    self.siteNames = siteNames
    self.footerLinks = footerLinks
  }

  /// The base URL ending in `/`, ready to have a path appended.
  var base: String? {
    guard let baseURL, !baseURL.isEmpty else { return nil }
    return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
  }
}

/// A link in the footer of every page: its words and its URL in each language.
public struct FooterLink: Hashable, Sendable {
  /// The link's words by language; a language left out has the English words.
  public var text: [SiteLanguage: String]
  /// An absolute URL (`https://www.gov.hk/en/`) by language; a language left out has the English URL.
  public var href: [SiteLanguage: String]

  public init(text: [SiteLanguage: String], href: [SiteLanguage: String]) {
    self.text = text
    self.href = href
  }
}
