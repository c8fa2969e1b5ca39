import DiglotModel
import DiglotXML

/// One page being rendered, with what it needs to know of the plan: its links and its words.
struct PageContext {
  let plan: SitePlan
  let page: Page
  let options: SiteOptions
  /// The interface's words in each language.
  let words: [SiteLanguage: Labels]
  /// The pages the team writes, as the templates give them.
  let templatePages: [TemplatePage]
  let text: TextNodes
  /// The interface's words in the page's language.
  let labels: Labels
  /// Where the page stands in the site, which its links start from.
  private let location: SitePlan.Location

  init(
    plan: SitePlan, page: Page, options: SiteOptions, words: [SiteLanguage: Labels], templatePages: [TemplatePage] = []
  ) {
    self.plan = plan
    self.page = page
    self.options = options
    self.words = words
    self.templatePages = templatePages
    text = TextNodes(language: page.language)
    labels = Self.labels(in: page.language, words: words, options: options)
    location = plan.location(of: page)
  }

  /// The page's path from the site's root: `en/2024-02-29-budget/index.html`.
  var path: String { location.path }

  /// The interface's words in a language, with the site's name as the settings give it.
  func labels(in language: SiteLanguage) -> Labels {
    language == page.language ? labels : Self.labels(in: language, words: words, options: options)
  }

  private static func labels(in language: SiteLanguage, words: [SiteLanguage: Labels], options: SiteOptions) -> Labels {
    var labels = words[language] ?? Labels.of(language)
    if let name = options.siteNames[language] { labels.siteName = name }
    return labels
  }

  var language: SiteLanguage { page.language }

  /// A link to another page. The 404 page is served at any depth, so its links are absolute when
  /// the base URL is known; every other page links relatively, and works from the file system.
  func link(to target: Page) -> String {
    if case .notFound = page.kind, let base = options.base { return base + plan.path(of: target) }
    return location.link(to: plan.location(of: target))
  }

  /// A link to a file given by its path from the site's root (`assets/site.css`).
  func link(toFile path: String) -> String {
    if case .notFound = page.kind, let base = options.base { return base + path }
    return location.link(to: SitePlan.Location(path: path))
  }

  /// The URL of a page for `hreflang` alternates: absolute when the base URL is known.
  func url(of target: Page) -> String {
    options.base.map { $0 + plan.path(of: target) } ?? link(to: target)
  }

  /// An address's short title in this page's language (`2024-25 Budget`), else its whole title
  /// in this language or the other, else its kind and date.
  func title(of address: SitePlan.Address) -> String {
    let outline = address.outline(in: language)
    return AddressTitle.short(outline, in: language) ?? text.plain(outline.titleSlide.title)
      ?? ([Labels.kind(outline.titleSlide.kind, in: language)]
      + (outline.titleSlide.date.map { [Labels.date($0, in: language)] } ?? []))
      .joined(separator: " ")
  }

  /// An address's name as nodes: its short title, else its whole title, marked with its language
  /// where it is not the page's.
  func name(ofAddress index: Int) -> [MarkupNode] {
    let address = plan.addresses[index]
    let outline = address.outline(in: language)
    if AddressTitle.short(outline, in: language) == nil, let title = text.inline(outline.titleSlide.title) {
      return title
    }
    return [.text(title(of: address))]
  }

  /// An area's title with its number (`1. Consolidate …`), as nodes.
  func title(ofArea index: Int, in address: SitePlan.Address) -> [MarkupNode] {
    let area = address.outline(in: language).areas[index]
    guard let title = text.inline(area.title) else {
      return [.text(Labels.untitledArea(area.number ?? index + 1, in: language))]
    }
    return (area.number.map { [MarkupNode.text("\($0). ")] } ?? []) + title
  }

  /// An area's title with its number, as plain text.
  func plainTitle(ofArea index: Int, in address: SitePlan.Address) -> String {
    let area = address.outline(in: language).areas[index]
    guard let title = text.plain(area.title) else {
      return Labels.untitledArea(area.number ?? index + 1, in: language)
    }
    return (area.number.map { "\($0). " } ?? "") + title
  }
}
