import DiglotModel

/// The words of the pages that look across addresses, in one language: built in, changed by
/// `Templates/labels.json`, where each language's words stand beside the interface's.
struct CorpusWords: Sendable {
  var initiatives: String
  var initiativesIntro: String
  /// Before the links from a bullet to the initiatives it names.
  var initiativeLabel: String
  var mentions: String
  var mentionOne: String
  /// `{count}` is the number of mentions.
  var mentionMany: String
  var amountsOverTime: String
  var noAmount: String
  var whatChanged: String
  var comparedWith: String
  var newInitiative: String
  var continued: String
  var noLongerMentioned: String
  var figuresChanged: String
  /// `{new}`, `{continued}`, `{changed}` and `{dropped}` are numbers of initiatives.
  var changeSummary: String
  var nextChanges: String
  var openData: String
  var openDataIntro: String
  var siteFiles: String
  var figuresCSV: String
  var figuresJSON: String
  var documentJSON: String
  var dictionary: String
  var column: String
  var meaning: String
  var acrossAddresses: String
  var figures: String
  var totalsNote: String
  var noMoney: String
  var outsideAreas: String
  var totalsByArea: String
  var totalsByAddress: String
  var total: String
  var grandTotal: String
  var paysFor: String
  var figureAsWritten: String
  var amount: String
  /// After a figure the totals leave out; `{amount}` is the sum it is a part or a limit of.
  var notAddedAgain: String
  var figuresTable: String
  var address: String

  /// `1 mention`, `3 mentions`.
  func mentionCount(_ count: Int) -> String {
    count == 1 ? mentionOne : mentionMany.replacingOccurrences(of: "{count}", with: String(count))
  }

  /// `2 new, 3 continued (1 with changed figures), 1 no longer mentioned`.
  func summary(new: Int, continued: Int, changed: Int, dropped: Int) -> String {
    [("{new}", new), ("{continued}", continued), ("{changed}", changed), ("{dropped}", dropped)].reduce(
      changeSummary
    ) { $0.replacingOccurrences(of: $1.0, with: String($1.1)) }
  }

  /// `(within $10 billion, not added again)`.
  func notAdded(within amount: String) -> String {
    notAddedAgain.replacingOccurrences(of: "{amount}", with: amount)
  }

  /// The names of the words in `Templates/labels.json`.
  static var names: [String: WritableKeyPath<CorpusWords, String>] {
    [
      "initiatives": \.initiatives, "initiativesIntro": \.initiativesIntro, "initiativeLabel": \.initiativeLabel,
      "mentions": \.mentions, "mentionOne": \.mentionOne, "mentionMany": \.mentionMany,
      "amountsOverTime": \.amountsOverTime, "noAmount": \.noAmount, "whatChanged": \.whatChanged,
      "comparedWith": \.comparedWith, "newInitiative": \.newInitiative, "continued": \.continued,
      "noLongerMentioned": \.noLongerMentioned, "figuresChanged": \.figuresChanged, "changeSummary": \.changeSummary,
      "nextChanges": \.nextChanges, "openData": \.openData, "openDataIntro": \.openDataIntro, "siteFiles": \.siteFiles,
      "figuresCSV": \.figuresCSV, "figuresJSON": \.figuresJSON, "documentJSON": \.documentJSON,
      "dictionary": \.dictionary, "column": \.column, "meaning": \.meaning, "acrossAddresses": \.acrossAddresses,
      "figures": \.figures, "totalsNote": \.totalsNote, "noMoney": \.noMoney, "outsideAreas": \.outsideAreas,
      "totalsByArea": \.totalsByArea, "totalsByAddress": \.totalsByAddress, "total": \.total,
      "grandTotal": \.grandTotal, "paysFor": \.paysFor, "figureAsWritten": \.figureAsWritten, "amount": \.amount,
      "notAddedAgain": \.notAddedAgain, "figuresTable": \.figuresTable, "address": \.address,
    ]
  }

  /// The built-in words of a language.
  static func of(_ language: SiteLanguage) -> CorpusWords {
    switch language {
    case .english: english
    case .chinese: traditional
    case .simplified: simplified
    }
  }

  /// Simplified Chinese: the Traditional words converted as the documents are, once.
  private static let simplified: CorpusWords = {
    var words = traditional
    for path in names.values { words[keyPath: path] = SimplifiedChinese.convert(words[keyPath: path]) }
    return words
  }()

  private static let english = CorpusWords(
    initiatives: "Initiatives",
    initiativesIntro: "Every initiative the addresses name, the most recently mentioned first.",
    initiativeLabel: "Initiative:",
    mentions: "Mentions, newest first",
    mentionOne: "1 mention",
    mentionMany: "{count} mentions",
    amountsOverTime: "Amounts over time",
    noAmount: "no amount stated",
    whatChanged: "What changed",
    comparedWith: "Compared with",
    newInitiative: "New",
    continued: "Continued",
    noLongerMentioned: "No longer mentioned",
    figuresChanged: "figures changed: ",
    changeSummary: "{new} new, {continued} continued ({changed} with changed figures), {dropped} no longer mentioned",
    nextChanges: "What the next address changed",
    openData: "Open data",
    openDataIntro:
      "The figures of every address, as files to download: one row per figure, with both languages' text and its exact value.",
    siteFiles: "Every address",
    figuresCSV: "Figures (CSV, UTF-8)",
    figuresJSON: "Figures (JSON)",
    documentJSON: "Whole text (JSON)",
    dictionary: "What the columns hold",
    column: "Column",
    meaning: "What it holds",
    acrossAddresses: "Figures, changes and data",
    figures: "Money figures",
    totalsNote:
      "Totals count each sum of money once: the parts of a sum listed under it, and a limit of a sum (up to, no more than, no less than), are shown but not added again.",
    noMoney: "This address states no money figures.",
    outsideAreas: "Outside the policy areas",
    totalsByArea: "Money figures by policy area",
    totalsByAddress: "Money figures by address",
    total: "Total",
    grandTotal: "All areas",
    paysFor: "What it pays for",
    figureAsWritten: "Figure, as written",
    amount: "Amount (HK$)",
    notAddedAgain: "(within {amount}, not added again)",
    figuresTable: "Every money figure, largest first within each area",
    address: "Address")

  private static let traditional = CorpusWords(
    initiatives: "措施",
    initiativesIntro: "各文件提及的所有措施，按最近提及的先後排列。",
    initiativeLabel: "措施：",
    mentions: "提及紀錄（由新至舊）",
    mentionOne: "提及1次",
    mentionMany: "提及{count}次",
    amountsOverTime: "歷年金額",
    noAmount: "沒有列出金額",
    whatChanged: "有何改變",
    comparedWith: "比較對象",
    newInitiative: "新措施",
    continued: "延續",
    noLongerMentioned: "不再提及",
    figuresChanged: "數字有變：",
    changeSummary: "新措施{new}項，延續{continued}項（其中{changed}項數字有變），不再提及{dropped}項",
    nextChanges: "下一份文件有何改變",
    openData: "開放數據",
    openDataIntro: "各文件的數字，以檔案形式下載：每個數字一行，附中英文原文及準確數值。",
    siteFiles: "所有文件",
    figuresCSV: "數字（CSV，UTF-8）",
    figuresJSON: "數字（JSON）",
    documentJSON: "全文（JSON）",
    dictionary: "各欄位的內容",
    column: "欄位",
    meaning: "內容",
    acrossAddresses: "數字、改變及數據",
    figures: "金額",
    totalsNote: "總數只計算每筆款項一次：列於某筆款項之下的部分，以及某筆款項的上限或下限（最多、不超過、不少於），均有列出，但不再重複計算。",
    noMoney: "本文件沒有列出金額。",
    outsideAreas: "政策範疇以外",
    totalsByArea: "各政策範疇的金額",
    totalsByAddress: "各文件的金額",
    total: "總數",
    grandTotal: "所有範疇",
    paysFor: "用途",
    figureAsWritten: "原文所寫的數字",
    amount: "金額（港元）",
    notAddedAgain: "（已包括在{amount}之內，不再重複計算）",
    figuresTable: "所有金額，每個範疇內由大至小排列",
    address: "文件")
}
