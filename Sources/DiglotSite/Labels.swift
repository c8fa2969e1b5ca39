import DiglotModel

/// The words of the site's own interface, in one language.
struct Labels {
  /// The site's name: built in, or as `site.json` sets it.
  var siteName: String
  var home: String
  var skipToContent: String
  var breadcrumb: String
  var previous: String
  var next: String
  var policyAreas: String
  var keyFigures: String
  var noAddresses: String
  var feed: String
  var pageNotFound: String
  var pageNotFoundText: String
  var chooseLanguage: String
  var search: String
  var searchFor: String
  var searchNoScript: String
  var searchFound: String
  var searchFoundOne: String
  var searchNone: String
  var searchMore: String
  /// The name of the language switch, for screen readers.
  var language: String
  /// The line on pages converted by machine, saying so.
  var conversionNote: String
  /// The text-size control's name and its three steps.
  var textSize: String
  var textSizeNormal: String
  var textSizeLarger: String
  var textSizeLargest: String
  /// The last revision date's line, where `{date}` stands for the date.
  var revised: String
  /// The HTML site map's name.
  var siteMap: String
  /// The words of the pages that look across addresses.
  var corpus: CorpusWords

  /// The names of the words in `Templates/labels.json`; the site's name is a setting, in `site.json`.
  static var names: [String: WritableKeyPath<Labels, String>] {
    let corpus: WritableKeyPath<Labels, CorpusWords> = \.corpus
    return [
      "home": \.home, "skipToContent": \.skipToContent, "breadcrumb": \.breadcrumb,
      "previous": \.previous, "next": \.next, "policyAreas": \.policyAreas, "keyFigures": \.keyFigures,
      "noAddresses": \.noAddresses, "feed": \.feed, "pageNotFound": \.pageNotFound,
      "pageNotFoundText": \.pageNotFoundText, "chooseLanguage": \.chooseLanguage, "search": \.search,
      "searchFor": \.searchFor, "searchNoScript": \.searchNoScript, "searchFound": \.searchFound,
      "searchFoundOne": \.searchFoundOne,
      "searchNone": \.searchNone, "searchMore": \.searchMore, "language": \.language,
      "conversionNote": \.conversionNote, "textSize": \.textSize, "textSizeNormal": \.textSizeNormal,
      "textSizeLarger": \.textSizeLarger, "textSizeLargest": \.textSizeLargest, "revised": \.revised,
      "siteMap": \.siteMap,
    ].merging(CorpusWords.names.mapValues { corpus.appending(path: $0) }) { own, _ in own }
  }

  /// The built-in words of a language, used where `Templates/labels.json` does not say otherwise.
  static func of(_ language: SiteLanguage) -> Labels {
    switch language {
    case .english:
      Labels(
        siteName: "Policy Highlights", home: "Home", skipToContent: "Skip to content",
        breadcrumb: "Breadcrumb", previous: "Previous", next: "Next", policyAreas: "Policy areas",
        keyFigures: "Key figures", noAddresses: "No addresses have been published yet.",
        feed: "Atom feed", pageNotFound: "Page not found",
        pageNotFoundText: "There is no page at this address. Start again from the home page.",
        chooseLanguage: "Choose a language", search: "Search", searchFor: "Search the site",
        searchNoScript:
          "Search needs JavaScript, which is off in this browser. Every page can be reached from the home page.",
        searchFound: "{count} pages found", searchFoundOne: "1 page found",
        searchNone: "No page has all of these words or figures.",
        searchMore: "More results", language: "Language",
        conversionNote: "This page was converted by machine from the Traditional Chinese.",
        textSize: "Text size", textSizeNormal: "Normal text", textSizeLarger: "Larger text",
        textSizeLargest: "Largest text", revised: "Last revision date: {date}",
        siteMap: "Site map", corpus: .of(language))
    case .chinese:
      Labels(
        siteName: "施政重點", home: "主頁", skipToContent: "跳至內容", breadcrumb: "導覽路徑",
        previous: "上一個範疇", next: "下一個範疇", policyAreas: "政策範疇", keyFigures: "主要數字",
        noAddresses: "暫時未有發布的文件。", feed: "Atom 訂閱", pageNotFound: "找不到網頁",
        pageNotFoundText: "這個網址沒有網頁，請從主頁重新開始。", chooseLanguage: "選擇語言", search: "搜尋",
        searchFor: "搜尋本網站", searchNoScript: "搜尋需要 JavaScript，但這個瀏覽器已把它關閉。所有網頁都可從主頁瀏覽。",
        searchFound: "找到 {count} 個網頁", searchFoundOne: "找到 1 個網頁",
        searchNone: "沒有網頁同時包含這些字詞或數字。", searchMore: "更多結果", language: "語言",
        conversionNote: "本網頁由電腦從繁體中文版自動轉換而成。", textSize: "文字大小", textSizeNormal: "標準文字",
        textSizeLarger: "較大文字", textSizeLargest: "最大文字", revised: "修訂日期：{date}",
        siteMap: "網站地圖", corpus: .of(language))
    case .simplified:
      Labels(
        siteName: "施政重点", home: "主页", skipToContent: "跳至内容", breadcrumb: "导览路径",
        previous: "上一个范畴", next: "下一个范畴", policyAreas: "政策范畴", keyFigures: "主要数字",
        noAddresses: "暂时未有发布的文件。", feed: "Atom 订阅", pageNotFound: "找不到网页",
        pageNotFoundText: "这个网址没有网页，请从主页重新开始。", chooseLanguage: "选择语言", search: "搜寻",
        searchFor: "搜寻本网站", searchNoScript: "搜寻需要 JavaScript，但这个浏览器已把它关闭。所有网页都可从主页浏览。",
        searchFound: "找到 {count} 个网页", searchFoundOne: "找到 1 个网页",
        searchNone: "没有网页同时包含这些字词或数字。", searchMore: "更多结果", language: "语言",
        conversionNote: "本网页由电脑从繁体中文版自动转换而成。", textSize: "文字大小", textSizeNormal: "标准文字",
        textSizeLarger: "较大文字", textSizeLargest: "最大文字", revised: "修订日期：{date}",
        siteMap: "网站地图", corpus: .of(language))
    }
  }

  /// What an address is: Budget, Policy Address.
  static func kind(_ kind: DocumentKind, in language: SiteLanguage) -> String {
    switch (kind, language) {
    case (.budget, .english): "Budget"
    case (.budget, .chinese): "財政預算案"
    case (.policyAddress, .english): "Policy Address"
    case (.policyAddress, .chinese): "施政報告"
    case (.other, .english): "Address"
    case (.other, .chinese): "文件"
    case (.budget, .simplified): "财政预算案"
    case (.policyAddress, .simplified): "施政报告"
    case (.other, .simplified): "文件"
    }
  }

  /// A policy area with no title in either language.
  static func untitledArea(_ number: Int, in language: SiteLanguage) -> String {
    switch language {
    case .english: "Area \(number)"
    case .chinese: "範疇\(number)"
    case .simplified: "范畴\(number)"
    }
  }

  /// The word written before a figure: about, 約.
  static func qualifier(_ qualifier: Qualifier, in language: SiteLanguage) -> String {
    switch (qualifier, language) {
    case (_, .english): qualifier.rawValue + " "
    case (.about, .chinese): "約"
    case (.over, .chinese): "超過"
    case (.noMoreThan, .chinese): "不超過"
    case (.noLessThan, .chinese): "不少於"
    case (.upTo, .chinese): "最多"
    case (.about, .simplified): "约"
    case (.over, .simplified): "超过"
    case (.noMoreThan, .simplified): "不超过"
    case (.noLessThan, .simplified): "不少于"
    case (.upTo, .simplified): "最多"
    }
  }

  /// A date as people read it: `29 February 2024`, `2024年2月29日`.
  static func date(_ date: CalendarDate, in language: SiteLanguage) -> String {
    switch language {
    case .english:
      let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      let month = (1...12).contains(date.month) ? months[date.month - 1] : String(date.month)
      return "\(date.day) \(month) \(date.year)"
    case .chinese, .simplified:
      return "\(date.year)年\(date.month)月\(date.day)日"
    }
  }
}
