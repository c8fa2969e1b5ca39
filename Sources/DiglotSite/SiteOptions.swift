/// Choices for a generated site.
public struct SiteOptions: Hashable, Sendable {
  /// Where the site is published (`https://www.example.gov.hk/policy/`). When set, the `hreflang`
  /// alternates, the sitemap, the feeds and the 404 page use absolute URLs; pages link to one
  /// another relatively either way.
  public var baseURL: String?

  public init(baseURL: String? = nil) {
    self.baseURL = baseURL
  }

  /// The base URL ending in `/`, ready to have a path appended.
  var base: String? {
    guard let baseURL, !baseURL.isEmpty else { return nil }
    return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
  }
}
