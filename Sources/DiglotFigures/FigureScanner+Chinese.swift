import DiglotModel
import Foundation

extension FigureScanner {
  /// The figures in Chinese text, in text order: money (`30億元`, `1億3,400萬元`, `四百億元`, `港幣30億元`,
  /// `HK$3,000`), counts (`一萬三千個`, `40多家`), percentages (`百分之五`, `3.5%`) and ratios (`1（政府）：2（公司）`).
  public static func chinese(in text: String) -> [FoundFigure] {
    chinese(in: ScannedText(text))
  }

  /// The figures in Chinese text given as its scalars; offsets still count characters.
  public static func chinese(in scalars: [Unicode.Scalar]) -> [FoundFigure] {
    chinese(in: ScannedText(scalars))
  }

  private static func chinese(in text: ScannedText) -> [FoundFigure] {
    scan(text, mayStart: \.mayStartChineseFigure) { text, i, figures in
      let (figure, next) = text.chineseFigure(at: i)
      if let figure { figures.append(figure) }
      return next
    }
  }
}

/// Qualifier words, tried longest first.
private let chineseQualifiers = QualifierWords([
  ("不超過", .noMoreThan), ("不多於", .noMoreThan), ("不少於", .noLessThan),
  ("約為", .about), ("大約", .about), ("超過", .over), ("多於", .over),
  ("最少", .noLessThan), ("至少", .noLessThan), ("最多", .upTo), ("上限", .upTo),
  ("約", .about), ("逾", .over),
])

/// Durations written with 個 (`三個月`), which are not counts either.
private let durations = ["個月", "個星期", "個小時"]

/// Currencies other than the Hong Kong dollar, written before an amount (`人民幣30億元`).
private let foreignCurrencies = ["人民幣", "美元", "美金", "歐元", "英鎊", "日圓"].map { Array($0.unicodeScalars) }

private let moneyPrefixes = ["港幣", "HK$", "$", "＄"].map { Array($0.unicodeScalars) }
private let moneySuffixes = ["港元", "元"].map { Array($0.unicodeScalars) }

extension Unicode.Scalar {
  // The two tests below are switches rather than sets: a switch costs less than hashing.

  /// Whether this is a measure word that makes a number a count (`三座`, `八所`, `一萬三千個`). 年, 月,
  /// 倍, 次 are not among them: `三年` is a duration, not a count.
  fileprivate var isMeasureWord: Bool {
    switch self {
    case "個", "家", "所", "間", "座", "名", "項", "位", "隻", "架", "宗", "人", "條", "幢", "棟", "部",
      "張", "份", "場", "隊", "種", "款", "輛", "艘", "套", "戶", "批":
      true
    default: false
    }
  }

  /// Whether this character, written just before a number, makes it part of something else: an
  /// ordinal (`第三`), a range or date (`2024-25`, `29/2/2024`), a name (`G20`), a foreign currency (`US$`).
  fileprivate var blocksNumberAfter: Bool {
    switch self {
    case "第", "-", "－", "/", "／", ".", "$", "＄", "+", "#": true
    default: false
    }
  }

  /// Whether a Chinese figure may start with this character: a numeral (also one written from its
  /// unit, `百億` in `過百億元`), a currency before an amount (`港幣`, `HK$`, `$`, `＄`).
  fileprivate var mayStartChineseFigure: Bool {
    // Asked of every character of every Chinese text: one switch on the value.
    switch value {
    case 0x24, 0x30...0x39, 0x48, 0xFF04, 0xFF10...0xFF19: true  // $, digits, H (of HK$), ＄, full-width digits
    // 〇零一二兩三四五六七八九
    case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x5169, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D: true
    case 0x5341, 0x767E, 0x5343, 0x842C, 0x5104, 0x6E2F: true  // 十百千萬億港
    default: false
    }
  }
}

extension ScannedText {
  /// The figure starting at `i` in Chinese text, if any, and the offset to look at next.
  fileprivate func chineseFigure(at i: Int) -> (FoundFigure?, next: Int) {
    guard let c = self[i], c.mayStartChineseFigure else { return (nil, i + 1) }
    if let prefix = moneyPrefixes.first(where: { has($0, at: i) }) {
      return chineseMoney(at: i, prefixLength: prefix.count)
    }
    if has("百分之", at: i), let run = numeral(at: i + 3) {
      guard let value = value(of: run) else { return (nil, run.end) }
      return (figure(.percent, i, run.end, values: [value], qualifier: chineseQualifier(before: i, run)), run.end)
    }
    guard let run = numeral(at: i) else { return (nil, i + 1) }

    // The first number of a range takes its unit from the second: `3億至5億元`, `3至5億元` (3億), `3至5個`.
    let second = rangeSecond(after: run.end)
    let unitAt = second?.end ?? run.end
    let ownUnit = second == nil

    // What follows the number tells what it is; its value is worked out only for a figure.
    let kind: FigureKind
    var end = run.end
    var ratioValues: [Decimal]?
    if !run.isLoneOne, let suffix = moneySuffixes.first(where: { has($0, at: unitAt) }) {
      kind = .money
      if ownUnit { end += suffix.count }
    } else if self[unitAt] == "%" || self[unitAt] == "％" {
      kind = .percent
      if ownUnit { end += 1 }
    } else if run.isArabic, let (values, ratioEnd) = ratio(at: i) {
      kind = .ratio
      ratioValues = values
      end = ratioEnd
    } else if !run.isLoneOne, self[unitAt]?.isMeasureWord == true,
      !durations.contains(where: { has($0, at: unitAt) }),
      // A count is whole, unless 萬 or 億 scales it (`1.2萬人`): `上升0.2個百分點` counts nothing.
      !run.hasFraction || run.hasBigUnit
    {
      kind = .count
      if ownUnit { end += 1 }
    } else {
      return (nil, run.end)
    }
    guard var value = value(of: run), startsCleanly(at: i) else { return (nil, run.end) }
    if let second, !run.hasBigUnit { value = value.timesTenToThe(second.endingScale) }
    return (figure(kind, i, end, values: ratioValues ?? [value], qualifier: chineseQualifier(before: i, run)), end)
  }

  /// The second number of a range written with 至 or 到 after offset `i`.
  private func rangeSecond(after i: Int) -> NumeralRun? {
    guard self[i] == "至" || self[i] == "到", let second = numeral(at: i + 1), value(of: second) != nil else {
      return nil
    }
    return second
  }

  /// Money written with a currency before it: `港幣30億元`, `HK$30億`, `$3,000`, `HK$2.4bn`; the
  /// first of a range takes the unit of the second (`港幣30至40億元`).
  private func chineseMoney(at i: Int, prefixLength: Int) -> (FoundFigure?, next: Int) {
    guard let run = numeral(at: skipSpaces(from: i + prefixLength)) else { return (nil, i + 1) }
    // `US$`, `S$`: dollars, but not Hong Kong dollars.
    let isForeign = prefixLength == 1 && self[i - 1]?.isASCIILetter == true
    guard !isForeign, var value = value(of: run) else { return (nil, run.end) }
    var end = run.end
    if let suffix = moneySuffixes.first(where: { has($0, at: run.end) }) {
      end += suffix.count
    } else if !run.hasBigUnit, let (exponent, scaleEnd) = moneyScale(after: run.end) {
      value = value.timesTenToThe(exponent)
      end = scaleEnd
    } else if !run.hasBigUnit, let second = rangeSecond(after: run.end) {
      value = value.timesTenToThe(second.endingScale)
    }
    return (figure(.money, i, end, values: [value], qualifier: chineseQualifier(before: i, run)), end)
  }

  /// Whether a number at `i` stands on its own rather than inside an ordinal, date, range or name,
  /// and is not in a foreign currency.
  private func startsCleanly(at i: Int) -> Bool {
    guard let before = self[i - 1] else { return true }
    return !before.isASCIILetter && before.digitValue == nil && !before.blocksNumberAfter
      && !foreignCurrencies.contains(where: { $0.last == before && has($0, at: i - $0.count) })
  }

  /// The qualifier word before the figure; `over` for the 過 of `過百億元`, and for a numeral written
  /// with 多 (`40多家`).
  private func chineseQualifier(before start: Int, _ run: NumeralRun) -> (Qualifier, Int)? {
    if let word = qualifier(before: start, words: chineseQualifiers, english: false) { return word }
    if run.startsWithUnit, self[start - 1] == "過" { return (.over, start - 1) }
    return run.isOver ? (.over, start) : nil
  }
}
