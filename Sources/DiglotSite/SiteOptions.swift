/// Choices for a generated site.
public struct SiteOptions: Hashable, Sendable {
  /// Where the site is published (`https://www.example.gov.hk/policy/`). When set, the `hreflang`
  /// alternates, the sitemap, the feeds and the 404 page use absolute URLs; pages link to one
  /// another relatively either way.
  public var baseURL: String?
  /// The languages the site is built in: all three by default.
  public var languages: [SiteLanguage]

  public init(baseURL: String? = nil, languages: [SiteLanguage] = SiteLanguage.allCases) {
    self.baseURL = baseURL
    self.languages = languages
  }

  /// The base URL ending in `/`, ready to have a path appended.
  var base: String? {
    guard let baseURL, !baseURL.isEmpty else { return nil }
    return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
  }
}
