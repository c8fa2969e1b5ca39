import DiglotCorpus
import DiglotModel

/// A page of the site: what it shows and in which language.
public struct Page: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `index.html`: offers the languages.
    case languageChoice
    /// `404.html`: in English and Chinese.
    case notFound
    /// `en/index.html`: the addresses, newest first.
    case home
    /// `en/<address>/index.html`: an address's overview; the index is into `SitePlan.addresses`.
    case address(Int)
    /// `en/<address>/<area>/index.html`: one policy area of an address.
    case area(address: Int, area: Int)
    /// `en/search/index.html`: search of the language's pages.
    case search
    /// `en/initiatives/index.html`: every initiative, the most recently mentioned first.
    case initiatives
    /// `en/initiatives/<initiative>/index.html`: an initiative's mentions, newest first; the
    /// index is into `SitePlan.corpus.initiatives`.
    case initiative(Int)
    /// `en/<address>/what-changed/index.html`: what an address changes from the one before it
    /// of its kind and bureau; the index is into `SitePlan.corpus.comparisons`.
    case changes(Int)
    /// `en/open-data/index.html`: the data files and what their columns hold.
    case openData
    /// `en/<address>/figures/index.html`: an address's money figures by area, with totals and a chart.
    case figures(Int)
    /// `en/figures/index.html`: every address's total of money figures.
    case siteFigures
    /// `en/important-notices/index.html`: a page the team writes in `Templates/pages/`; the index
    /// is into `SitePlan.templatePages`.
    case templatePage(Int)
    /// `en/site-map/index.html`: every page of the language, the addresses with their areas.
    case siteMap
  }

  public var kind: Kind
  /// The page's language; the two pages outside the language folders are in all the site's
  /// languages, the first (English) first, and say that one here.
  public var language: SiteLanguage

  public init(_ kind: Kind, _ language: SiteLanguage) {
    self.kind = kind
    self.language = language
  }
}

/// The site's shape: every page, its path, and how pages link to one another.
///
/// It depends only on the documents and the languages, and ordering, slugs and links follow from
/// it, so any page can be rendered from the plan alone.
public struct SitePlan: Sendable {
  /// An address and the slugs of its pages.
  public struct Address: Sendable {
    /// The document as read: Traditional Chinese and English.
    public var document: Document
    /// The document's outline as read.
    public let outline: Outline
    /// The whole document in Simplified characters, when the site has Simplified pages and the
    /// address's own pages are rendered (see `convertWhole(_:)`).
    public internal(set) var simplified: Document?
    /// The outline in Simplified characters, when the site has Simplified pages.
    public internal(set) var simplifiedOutline: Outline?
    /// The address's folder: `2024-02-29-budget`.
    public var slug: String
    /// One folder per area, in the document's order: `1-consolidate-hong-kongs-strengths`.
    public var areaSlugs: [String]

    /// The whole document as the address's own pages show it in a language: converted for
    /// Simplified Chinese, which the plan must have done whole.
    public func document(in language: SiteLanguage) -> Document {
      guard language.isConverted else { return document }
      guard let simplified else { preconditionFailure("\(document.file) was not converted whole") }
      return simplified
    }

    /// The outline as the pages of other addresses show it in a language: converted for
    /// Simplified Chinese.
    public func outline(in language: SiteLanguage) -> Outline {
      language.isConverted ? simplifiedOutline ?? outline : outline
    }
  }

  /// The addresses, newest first; undated ones last.
  public private(set) var addresses: [Address]
  /// The site's languages, in the order the site lists them.
  public let languages: [SiteLanguage]
  /// Every page, sorted by path.
  public let pages: [Page]
  /// What the addresses say together; its document indices are those of `addresses`.
  public let corpus: Corpus
  /// One folder per initiative, in the order of `corpus.initiatives`.
  public let initiativeSlugs: [String]
  /// The folders of the pages the team writes (`important-notices`), in the footer's order.
  public let templatePages: [String]

  /// Plans the site of the documents in the given languages (all by default), with the initiatives
  /// the rules name. With Simplified Chinese, the documents are converted here, on all cores (check
  /// `SimplifiedChinese.problem`).
  ///
  /// - Parameter converted: a document's Simplified outline made before, if there is one: the
  ///   pages of other addresses show no more of it, and its own pages are rendered only after
  ///   `convertWhole(_:)`. Documents without one are converted whole.
  /// - Parameter named: the names a document's bullets give, if they were found before with the
  ///   same rules (`Corpus.names`).
  public init(
    documents: [Document], languages: [SiteLanguage] = SiteLanguage.allCases,
    rules: InitiativeRules = InitiativeRules(), templatePages: [String] = [],
    converted: (Document) -> Outline? = { _ in nil }, named: (Document) -> [BulletName]? = { _ in nil }
  ) {
    self.languages = Set(languages).sorted()
    self.templatePages = templatePages
    // Sorting indices moves far less than sorting the documents themselves.
    let sorted = documents.indices.sorted { Self.newestFirst(documents[$0], documents[$1]) }.map { documents[$0] }
    let slugs = Self.addressSlugs(sorted)
    let simplifies = languages.contains(.simplified)
    let kept = simplifies ? sorted.map(converted) : []
    let simplified =
      simplifies
      ? sorted.indices.concurrentMap(batchSize: 8) { kept[$0] == nil ? SimplifiedChinese.convert(sorted[$0]) : nil }
      : []
    addresses = zip(sorted, slugs).enumerated().map { index, entry in
      let (document, slug) = entry
      var taken: Set<String> = []
      let areaSlugs = document.areas.enumerated().map { index, area in
        Slug.unique(Slug.area(area, position: index + 1), taken: &taken)
      }
      let whole = simplifies ? simplified[index] : nil
      return Address(
        document: document, outline: document.outline, simplified: whole,
        simplifiedOutline: simplifies ? kept[index] ?? whole?.outline : nil, slug: slug, areaSlugs: areaSlugs)
    }

    corpus = Corpus(documents: addresses.map(\.document), rules: rules, names: addresses.map { named($0.document) })
    initiativeSlugs = Slug.initiatives(corpus)

    let first = self.languages.first ?? .english
    var pages = [Page(.languageChoice, first), Page(.notFound, first)]
    for language in self.languages {
      pages.append(Page(.home, language))
      pages.append(Page(.search, language))
      pages += [Page(.initiatives, language), Page(.openData, language), Page(.siteFigures, language)]
      pages += templatePages.indices.map { Page(.templatePage($0), language) } + [Page(.siteMap, language)]
      pages += corpus.initiatives.indices.map { Page(.initiative($0), language) }
      pages += corpus.comparisons.indices.map { Page(.changes($0), language) }
      for (index, address) in addresses.enumerated() {
        pages.append(Page(.address(index), language))
        pages.append(Page(.figures(index), language))
        for area in address.areaSlugs.indices {
          pages.append(Page(.area(address: index, area: area), language))
        }
      }
    }
    let (addresses, corpus, initiativeSlugs) = (self.addresses, self.corpus, self.initiativeSlugs)
    self.pages = pages.map { (Self.location(of: $0, in: addresses, corpus, initiativeSlugs, templatePages).path, $0) }
      .sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Converts the whole documents of these addresses, whose own pages are to be rendered, where
  /// only their outlines were converted.
  public mutating func convertWhole(_ indices: some Collection<Int>) {
    guard languages.contains(.simplified) else { return }
    let documents = indices.map { addresses[$0].document }
    for (index, document) in zip(indices, documents.concurrentMap(batchSize: 8, SimplifiedChinese.convert)) {
      addresses[index].simplified = document
      addresses[index].simplifiedOutline = document.outline
    }
  }

  /// The folders of other pages an address's pages link to: the initiatives its bullets name,
  /// and the comparisons it takes part in. When they change, its pages change.
  public func crossLinks(ofAddress index: Int) -> [String] {
    let initiatives = corpus.initiativesByItem[index].sorted { $0.key < $1.key }.flatMap(\.value)
    let comparisons = corpus.comparisons.filter { $0.earlier == index || $0.later == index }
    return initiatives.map { "initiatives/" + initiativeSlugs[$0] }
      + comparisons.map { addresses[$0.later].slug + "/what-changed" } + ["figures"]
  }

  /// The page's path from the site's root: `en/2024-02-29-budget/index.html`.
  public func path(of page: Page) -> String {
    location(of: page).path
  }

  /// The same page in each of the site's languages, itself included; none for the two pages
  /// outside the language folders.
  public func translations(of page: Page) -> [Page] {
    switch page.kind {
    case .languageChoice, .notFound: []
    case .home, .address, .area, .search, .initiatives, .initiative, .changes, .openData, .figures, .siteFigures,
      .templatePage, .siteMap:
      languages.map { Page(page.kind, $0) }
    }
  }

  /// The page the `x-default` alternate names: the language choice for the home pages, the page
  /// in the site's first language (English) otherwise.
  public func defaultAlternate(of page: Page) -> Page {
    switch page.kind {
    case .languageChoice, .notFound, .home: Page(.languageChoice, languages.first ?? .english)
    case .address, .area, .search, .initiatives, .initiative, .changes, .openData, .figures, .siteFigures,
      .templatePage, .siteMap:
      Page(page.kind, languages.first ?? .english)
    }
  }

  /// The area before this one in its address, for area pages.
  public func previous(of page: Page) -> Page? {
    guard case .area(let address, let area) = page.kind, area > 0 else { return nil }
    return Page(.area(address: address, area: area - 1), page.language)
  }

  /// The area after this one in its address, for area pages.
  public func next(of page: Page) -> Page? {
    guard case .area(let address, let area) = page.kind, area + 1 < addresses[address].areaSlugs.count else {
      return nil
    }
    return Page(.area(address: address, area: area + 1), page.language)
  }

  /// The trail from the home page to this page, both included; empty outside the language folders.
  public func breadcrumbs(of page: Page) -> [Page] {
    let home = Page(.home, page.language)
    switch page.kind {
    case .languageChoice, .notFound: return []
    case .home: return [home]
    case .address, .search: return [home, page]
    case .area(let address, _): return [home, Page(.address(address), page.language), page]
    case .initiatives, .openData, .siteFigures, .templatePage, .siteMap: return [home, page]
    case .figures(let address): return [home, Page(.address(address), page.language), page]
    case .initiative: return [home, Page(.initiatives, page.language), page]
    case .changes(let index):
      return [home, Page(.address(corpus.comparisons[index].later), page.language), page]
    }
  }

  /// A relative link from one page to another: `../../index.html`.
  public func link(from page: Page, to target: Page) -> String {
    location(of: page).link(to: location(of: target))
  }

  /// Where a file stands: the folders from the root down to it, and its name.
  struct Location {
    var folders: [String]
    var file: String

    init(folders: [String], file: String) {
      self.folders = folders
      self.file = file
    }

    init(path: String) {
      let parts = path.split(separator: "/").map(String.init)
      folders = Array(parts.dropLast())
      file = parts.last ?? ""
    }

    var path: String { (folders + [file]).joined(separator: "/") }

    /// The relative URL of `target` from this file: up to the folders they share, then down.
    func link(to target: Location) -> String {
      var common = 0
      while common < folders.count && common < target.folders.count && folders[common] == target.folders[common] {
        common += 1
      }
      var link = ""
      for _ in common..<folders.count { link += "../" }
      for folder in target.folders[common...] { link += folder + "/" }
      return link + target.file
    }
  }

  /// Where a page stands in the site.
  func location(of page: Page) -> Location {
    Self.location(of: page, in: addresses, corpus, initiativeSlugs, templatePages)
  }

  private static func location(
    of page: Page, in addresses: [Address], _ corpus: Corpus, _ initiativeSlugs: [String], _ templatePages: [String]
  ) -> Location {
    let folder = page.language.folder
    switch page.kind {
    case .languageChoice: return Location(folders: [], file: "index.html")
    case .notFound: return Location(folders: [], file: "404.html")
    case .home: return Location(folders: [folder], file: "index.html")
    case .search: return Location(folders: [folder, "search"], file: "index.html")
    case .address(let index): return Location(folders: [folder, addresses[index].slug], file: "index.html")
    case .area(let index, let area):
      return Location(folders: [folder, addresses[index].slug, addresses[index].areaSlugs[area]], file: "index.html")
    // Address folders start with a date or `undated`, so these names are never an address's.
    case .initiatives: return Location(folders: [folder, "initiatives"], file: "index.html")
    case .initiative(let index):
      return Location(folders: [folder, "initiatives", initiativeSlugs[index]], file: "index.html")
    case .changes(let index):
      let later = corpus.comparisons[index].later
      // Area folders start with a number or `area-`, so this name is never an area's.
      return Location(folders: [folder, addresses[later].slug, "what-changed"], file: "index.html")
    case .openData: return Location(folders: [folder, "open-data"], file: "index.html")
    case .siteFigures: return Location(folders: [folder, "figures"], file: "index.html")
    case .figures(let index): return Location(folders: [folder, addresses[index].slug, "figures"], file: "index.html")
    // Their names are checked to be none of the folders above (`TemplatePage.reserved`).
    case .templatePage(let index): return Location(folders: [folder, templatePages[index]], file: "index.html")
    case .siteMap: return Location(folders: [folder, "site-map"], file: "index.html")
    }
  }

  private static func newestFirst(_ a: Document, _ b: Document) -> Bool {
    switch (a.titleSlide.date, b.titleSlide.date) {
    case (let x?, let y?) where x != y: return x > y
    case (_?, nil): return true
    case (nil, _?): return false
    default: return (a.titleSlide.kind.rawValue, a.file) < (b.titleSlide.kind.rawValue, b.file)
    }
  }

  /// Date and kind make the slug. Of several addresses that share one, the first by file name
  /// keeps it and the others add their file name, so the slugs do not depend on the input's order.
  private static func addressSlugs(_ documents: [Document]) -> [String] {
    let bases = documents.map(Slug.address)
    var taken: Set<String> = []
    var slugs = [String](repeating: "", count: documents.count)
    let byFile = documents.indices.sorted { documents[$0].file < documents[$1].file }
    for index in byFile {
      if !taken.contains(bases[index]) { slugs[index] = Slug.unique(bases[index], taken: &taken) }
    }
    for index in byFile where slugs[index].isEmpty {
      let file = Slug.fileName(documents[index].file)
      slugs[index] = Slug.unique(file.isEmpty ? bases[index] : bases[index] + "-" + file, taken: &taken)
    }
    return slugs
  }
}
