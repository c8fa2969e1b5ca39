import DiglotModel

/// The words of the pages that look across addresses, in one language.
struct CorpusWords: Sendable {
  var initiatives: String
  var initiativesIntro: String
  var initiativeLabel: String
  var mentions: String
  var mentionCount: @Sendable (Int) -> String
  var whatChanged: String
  var comparedWith: String
  var newInitiative: String
  var continued: String
  var noLongerMentioned: String
  var figuresChanged: String
  var summary: @Sendable (_ new: Int, _ continued: Int, _ changed: Int, _ dropped: Int) -> String
  var nextChanges: String
  var openData: String
  var openDataIntro: String
  var siteFiles: String
  var addressFiles: String
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
  var figureAsWritten: String
  var amount: String
  var figuresTable: String
  var address: String
  var paysFor: String
  var amountsOverTime: String
  var noAmount: String
  /// After a figure the totals leave out; `{amount}` is the sum it is part or a bound of.
  var notAddedAgain: String

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
    for path in texts { words[keyPath: path] = SimplifiedChinese.convert(words[keyPath: path]) }
    let (count, summary) = (traditional.mentionCount, traditional.summary)
    words.mentionCount = { SimplifiedChinese.convert(count($0)) }
    words.summary = { SimplifiedChinese.convert(summary($0, $1, $2, $3)) }
    return words
  }()

  /// Every word that is plain text.
  private static var texts: [WritableKeyPath<CorpusWords, String>] {
    [
      \.initiatives, \.initiativesIntro, \.initiativeLabel, \.mentions, \.whatChanged, \.comparedWith,
      \.newInitiative, \.continued, \.noLongerMentioned, \.figuresChanged, \.nextChanges, \.openData,
      \.openDataIntro, \.siteFiles, \.addressFiles, \.figuresCSV, \.figuresJSON, \.documentJSON, \.dictionary,
      \.column, \.meaning, \.acrossAddresses, \.figures, \.totalsNote, \.noMoney, \.outsideAreas,
      \.totalsByArea, \.totalsByAddress, \.total, \.grandTotal, \.figureAsWritten, \.amount, \.figuresTable,
      \.address, \.notAddedAgain, \.paysFor, \.amountsOverTime, \.noAmount,
    ]
  }

  private static let english = CorpusWords(
    initiatives: "Initiatives",
    initiativesIntro: "Every initiative the addresses name, the most recently mentioned first.",
    initiativeLabel: "Initiative:", mentions: "Mentions, newest first",
    mentionCount: { $0 == 1 ? "1 mention" : "\($0) mentions" },
    whatChanged: "What changed", comparedWith: "Compared with", newInitiative: "New", continued: "Continued",
    noLongerMentioned: "No longer mentioned", figuresChanged: "figures changed: ",
    summary: { "\($0) new, \($1) continued (\($2) with changed figures), \($3) no longer mentioned" },
    nextChanges: "What the next address changed", openData: "Open data",
    openDataIntro:
      "The figures of every address, as files to download: one row per figure, with both languages' text and its exact value.",
    siteFiles: "Every address", addressFiles: "This address's data",
    figuresCSV: "Figures (CSV, UTF-8)", figuresJSON: "Figures (JSON)", documentJSON: "Whole text (JSON)",
    dictionary: "What the columns hold", column: "Column", meaning: "What it holds",
    acrossAddresses: "Figures, changes and data", figures: "Money figures",
    totalsNote:
      "Totals count each sum of money once: the parts of a sum listed under it, and a limit of a sum (up to, no more than, no less than), are shown but not added again.",
    noMoney: "This address states no money figures.", outsideAreas: "Outside the policy areas",
    totalsByArea: "Money figures by policy area", totalsByAddress: "Money figures by address", total: "Total",
    grandTotal: "All areas", figureAsWritten: "Figure, as written", amount: "Amount (HK$)",
    figuresTable: "Every money figure, largest first within each area", address: "Address",
    paysFor: "What it pays for", amountsOverTime: "Amounts over time", noAmount: "no amount stated",
    notAddedAgain: "(within {amount}, not added again)")

  private static let traditional = CorpusWords(
    initiatives: "措施", initiativesIntro: "各文件提及的所有措施，按最近提及的先後排列。",
    initiativeLabel: "措施：", mentions: "提及紀錄（由新至舊）", mentionCount: { "提及\($0)次" },
    whatChanged: "有何改變", comparedWith: "比較對象", newInitiative: "新措施", continued: "延續",
    noLongerMentioned: "不再提及", figuresChanged: "數字有變：",
    summary: { "新措施\($0)項，延續\($1)項（其中\($2)項數字有變），不再提及\($3)項" },
    nextChanges: "下一份文件有何改變", openData: "開放數據",
    openDataIntro: "各文件的數字，以檔案形式下載：每個數字一行，附中英文原文及準確數值。",
    siteFiles: "所有文件", addressFiles: "本文件的數據",
    figuresCSV: "數字（CSV，UTF-8）", figuresJSON: "數字（JSON）", documentJSON: "全文（JSON）",
    dictionary: "各欄位的內容", column: "欄位", meaning: "內容",
    acrossAddresses: "數字、改變及數據", figures: "金額",
    totalsNote: "總數只計算每筆款項一次：列於某筆款項之下的部分，以及某筆款項的上限或下限（最多、不超過、不少於），均有列出，但不再重複計算。",
    noMoney: "本文件沒有列出金額。", outsideAreas: "政策範疇以外", totalsByArea: "各政策範疇的金額",
    totalsByAddress: "各文件的金額", total: "總數", grandTotal: "所有範疇", figureAsWritten: "原文所寫的數字",
    amount: "金額（港元）", figuresTable: "所有金額，每個範疇內由大至小排列", address: "文件",
    paysFor: "用途", amountsOverTime: "歷年金額", noAmount: "沒有列出金額", notAddedAgain: "（已包括在{amount}之內，不再重複計算）")
}
