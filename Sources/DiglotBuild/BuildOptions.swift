import DiglotModel
import DiglotSite
import Foundation

/// What to build, from what, and how.
public struct BuildOptions: Sendable {
  /// The folder of slide-text files.
  public var input: URL
  /// The folder of the page template and its assets.
  public var templates: URL
  /// The folder the site is written to.
  public var output: URL
  /// The public address of the site, for absolute links in the sitemap and feeds; `nil`: as the
  /// templates' `site.json` says.
  public var baseURL: String?
  /// The languages the site is built in; `nil`: as `site.json` says (all three by default).
  public var languages: [SiteLanguage]?
  /// The date a page whose content changed gives as its last revision; `nil`: the day the build
  /// runs, in Hong Kong, or the day of `SOURCE_DATE_EPOCH` when the environment sets it.
  public var today: CalendarDate?
  /// Any warning fails the build.
  public var strict = false
  /// Read and render everything, ignoring what the last build left.
  public var clean = false
  /// Say what would be written, without writing anything.
  public var dryRun = false
  /// Publish even a site with no address, or one that has lost more than half of the addresses
  /// of the site it replaces.
  public var allowShrink = false

  public init(input: URL, templates: URL, output: URL, baseURL: String? = nil) {
    self.input = input
    self.templates = templates
    self.output = output
    self.baseURL = baseURL
  }
}
