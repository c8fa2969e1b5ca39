import DiglotModel
import Foundation

extension FigureScanner {
  /// The figures in Chinese text, in text order: money (`30億元`, `1億3,400萬元`, `四百億元`, `港幣30億元`,
  /// `HK$3,000`), counts (`一萬三千個`, `40多家`), percentages (`百分之五`, `3.5%`) and ratios (`1（政府）：2（公司）`).
  public static func chinese(in text: String) -> [FoundFigure] {
    scan(text) { $0.chineseFigure(at: $1) }
  }
}

/// Qualifier words, tried longest first.
private let chineseQualifiers: [(word: String, qualifier: Qualifier)] = [
  ("不超過", .noMoreThan), ("不多於", .noMoreThan), ("不少於", .noLessThan),
  ("約為", .about), ("大約", .about), ("超過", .over), ("多於", .over),
  ("最少", .noLessThan), ("至少", .noLessThan), ("最多", .upTo), ("上限", .upTo),
  ("約", .about), ("逾", .over),
].sorted { $0.word.count > $1.word.count }

/// Measure words that make a number a count (`三座`, `八所`, `一萬三千個`). 年, 月, 倍, 次 are not
/// among them: `三年` is a duration, not a count.
private let measureWords: Set<Character> = [
  "個", "家", "所", "間", "座", "名", "項", "位", "隻", "架", "宗", "人", "條", "幢", "棟", "部",
  "張", "份", "場", "隊", "種", "款", "輛", "艘", "套", "戶", "批",
]

/// Durations written with 個 (`三個月`), which are not counts either.
private let durations = ["個月", "個星期", "個小時"]

/// Characters that, written just before a number, make it part of something else: an ordinal
/// (`第三`), a range or date (`2024-25`, `29/2/2024`), a name (`G20`), a foreign currency (`US$`).
private let blockedBefore: Set<Character> = ["第", "-", "－", "/", "／", ".", "$", "＄", "+", "#"]

/// Currencies other than the Hong Kong dollar, written before an amount (`人民幣30億元`).
private let foreignCurrencies = ["人民幣", "美元", "美金", "歐元", "英鎊", "日圓"]

private let moneyPrefixes = ["港幣", "HK$", "$", "＄"]
private let moneySuffixes = ["港元", "元"]

extension ScannedText {
  /// The figure starting at `i` in Chinese text, if any, and the offset to look at next.
  fileprivate func chineseFigure(at i: Int) -> (FoundFigure?, next: Int) {
    if let prefix = moneyPrefixes.first(where: { has($0, at: i) }) {
      return chineseMoney(at: i, prefix: prefix)
    }
    if has("百分之", at: i), let run = numeral(at: i + 3) {
      guard let value = run.value else { return (nil, run.end) }
      return (figure(.percent, i, run.end, values: [value], qualifier: chineseQualifier(before: i, run)), run.end)
    }
    guard let run = numeral(at: i) else { return (nil, i + 1) }
    guard var value = run.value, startsCleanly(at: i) else { return (nil, run.end) }
    let qualifier = chineseQualifier(before: i, run)

    // The first number of a range takes its unit from the second: `3億至5億元`, `3至5億元` (3億), `3至5個`.
    var unitAt = run.end
    if let second = rangeSecond(after: run.end) {
      unitAt = second.end
      if !run.hasBigUnit { value *= .tenToThe(second.endingScale) }
    }
    let ownUnit = unitAt == run.end

    if !run.isLoneOne, let suffix = moneySuffixes.first(where: { has($0, at: unitAt) }) {
      let end = ownUnit ? run.end + suffix.count : run.end
      return (figure(.money, i, end, values: [value], qualifier: qualifier), end)
    }
    if self[unitAt] == "%" || self[unitAt] == "％" {
      let end = ownUnit ? run.end + 1 : run.end
      return (figure(.percent, i, end, values: [value], qualifier: qualifier), end)
    }
    if run.isArabic, let (values, end) = ratio(at: i) {
      return (figure(.ratio, i, end, values: values, qualifier: qualifier), end)
    }
    if !run.isLoneOne, let measure = self[unitAt], measureWords.contains(measure),
      !durations.contains(where: { has($0, at: unitAt) })
    {
      let end = ownUnit ? run.end + 1 : run.end
      return (figure(.count, i, end, values: [value], qualifier: qualifier), end)
    }
    return (nil, run.end)
  }

  /// The second number of a range written with 至 or 到 after offset `i`.
  private func rangeSecond(after i: Int) -> NumeralRun? {
    guard self[i] == "至" || self[i] == "到", let second = numeral(at: i + 1), second.value != nil else { return nil }
    return second
  }

  /// Money written with a currency before it: `港幣30億元`, `HK$30億`, `$3,000`.
  private func chineseMoney(at i: Int, prefix: String) -> (FoundFigure?, next: Int) {
    guard let run = numeral(at: skipSpaces(from: i + prefix.count)) else { return (nil, i + 1) }
    // `US$`, `S$`: dollars, but not Hong Kong dollars.
    let isForeign = (prefix == "$" || prefix == "＄") && self[i - 1]?.isASCIILetter == true
    guard let value = run.value, !isForeign else { return (nil, run.end) }
    let end = moneySuffixes.first(where: { has($0, at: run.end) }).map { run.end + $0.count } ?? run.end
    return (figure(.money, i, end, values: [value], qualifier: chineseQualifier(before: i, run)), end)
  }

  /// Whether a number at `i` stands on its own rather than inside an ordinal, date, range or name,
  /// and is not in a foreign currency.
  private func startsCleanly(at i: Int) -> Bool {
    guard let before = self[i - 1] else { return true }
    return !before.isASCIILetter && before.digitValue == nil && !blockedBefore.contains(before)
      && !foreignCurrencies.contains(where: { has($0, at: i - $0.count) })
  }

  /// The qualifier word before the figure, or `over` for a numeral written with 多 (`40多家`).
  private func chineseQualifier(before start: Int, _ run: NumeralRun) -> (Qualifier, Int)? {
    qualifier(before: start, words: chineseQualifiers, english: false) ?? (run.isOver ? (.over, start) : nil)
  }
}
