import DiglotFigures
import DiglotModel
import Foundation
import Testing

@Suite struct ChineseScannerTests {
  @Test(arguments: [
    ("30億元", "3000000000"),
    ("1,000億元", "100000000000"),
    ("1.8億元", "180000000"),
    ("30.3億元", "3030000000"),
    ("1億3,400萬元", "134000000"),
    ("12億5,000萬元", "1250000000"),
    ("1,600萬元", "16000000"),
    ("80萬元", "800000"),
    ("四百億元", "40000000000"),
    ("五千萬元", "50000000"),
    ("三億元", "300000000"),
    ("兩億元", "200000000"),
    ("二十五億元", "2500000000"),
    ("十二億元", "1200000000"),
    ("一億零五百萬元", "105000000"),
    ("一點八億元", "180000000"),
    ("30多億元", "3000000000"),
    ("3,000元", "3000"),
    ("30億港元", "3000000000"),
    ("港幣30億元", "3000000000"),
    ("HK$30億", "3000000000"),
    ("$3,000", "3000"),
    ("３０億元", "3000000000"),
    ("５０億元", "5000000000"),
    ("2,000億元", "200000000000"),
    ("3,000萬元", "30000000"),
    ("港幣5,000元", "5000"),
    ("HK$2.4bn", "2400000000"),
    ("HK$350m", "350000000"),
    ("HK$3 billion", "3000000000"),
    ("1.2萬億元", "1200000000000"),
    ("1萬2,000億元", "1200000000000"),
    ("三萬億元", "3000000000000"),
  ])
  func money(written: String, value: String) {
    let text = "撥款\(written)推行計劃"
    let figures = FigureScanner.chinese(in: text)
    #expect(figures.map(\.kind) == [.money])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
    #expect(figures.first?.offset == 2)
    #expect(figures.first?.length == written.count)
  }

  @Test(arguments: [
    ("約2,000億元", "2,000億元", "200000000000", Qualifier.about),
    ("逾3,000萬元", "3,000萬元", "30000000", .over),
    ("過百億元", "百億元", "10000000000", .over),
    ("逾百億元", "百億元", "10000000000", .over),
    ("超過百億元", "百億元", "10000000000", .over),
    ("過千億元", "千億元", "100000000000", .over),
    ("過億元", "億元", "100000000", .over),
  ])
  func qualifiedMoney(text: String, written: String, value: String, qualifier: Qualifier) {
    let figures = FigureScanner.chinese(in: "預計帶來\(text)投資")
    #expect(figures.map(\.kind) == [.money])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
    #expect(figures.first?.amount.qualifier == qualifier)
    #expect(figures.first.map { matchedText($0, in: "預計帶來\(text)投資") } == text)
  }

  @Test func moneyAYear() {
    let figures = FigureScanner.chinese(in: "每年2億元")
    #expect(figures.map(\.amount.written) == ["2億元"])
    #expect(figures.map(\.amount.values) == [[200_000_000]])
  }

  @Test func countWrittenFromItsUnit() {
    let figures = FigureScanner.chinese(in: "創造過萬個職位")
    #expect(figures.map(\.kind) == [.count])
    #expect(figures.map(\.amount.values) == [[10_000]])
    #expect(figures.map(\.amount.qualifier) == [.over])
  }

  @Test func countsPercentagesAndYearsAreNeverMoney() {
    let figures = FigureScanner.chinese(in: "2024年起，40家企業獲得30億元中的5%，即1.5億元")
    #expect(figures.map(\.kind) == [.count, .money, .percent, .money])
    #expect(figures.map(\.amount.written) == ["40家", "30億元", "5%", "1.5億元"])
  }

  @Test func moneyFollowedDirectlyByChineseText() {
    let figures = FigureScanner.chinese(in: "設立100億元「創科產業引導基金」，成立母基金")
    #expect(figures.map(\.amount.written) == ["100億元"])
    #expect(figures.map(\.amount.values) == [[decimal("10000000000")]])
  }

  @Test func severalFiguresInTextOrder() {
    let figures = FigureScanner.chinese(in: "撥出20億元支持平台，以及撥出2億元提供支援")
    #expect(figures.map(\.amount.written) == ["20億元", "2億元"])
    #expect(figures.map(\.offset) == [2, 15])
  }

  @Test(arguments: [
    ("約3億至5億元", ["3億 300000000 about", "5億元 500000000 -"]),
    ("3至5億元", ["3 300000000 -", "5億元 500000000 -"]),
    ("5,000至8,000萬元", ["5,000 50000000 -", "8,000萬元 80000000 -"]),
    ("十至十五萬元", ["十 100000 -", "十五萬元 150000 -"]),
    ("3到5個", ["3 3 -", "5個 5 -"]),
    ("5至10%", ["5 5 -", "10% 10 -"]),
    ("30至40億元", ["30 3000000000 -", "40億元 4000000000 -"]),
    ("950至1,350億元", ["950 95000000000 -", "1,350億元 135000000000 -"]),
    ("港幣30至40億元", ["港幣30 3000000000 -", "40億元 4000000000 -"]),
    ("1至2萬億元", ["1 1000000000000 -", "2萬億元 2000000000000 -"]),
  ])
  func rangeTakesTheUnitOfItsSecondNumber(text: String, figures: [String]) {
    let found = FigureScanner.chinese(in: text)
    #expect(
      found.map { "\($0.amount.written) \($0.amount.valueString) \($0.amount.qualifier?.rawValue ?? "-")" } == figures)
  }

  @Test func otherCurrenciesAreNotHongKongDollars() {
    #expect(FigureScanner.chinese(in: "投資人民幣30億元") == [])
    #expect(FigureScanner.chinese(in: "投資30億美元") == [])
  }

  @Test(arguments: [
    ("一萬三千個", "13000"),
    ("十二個", "12"),
    ("二十五名", "25"),
    ("一萬零五百人", "10500"),
    ("13,000名", "13000"),
    ("八所", "8"),
    ("三座", "3"),
    ("兩個", "2"),
    ("120萬人", "1200000"),
    ("1.2萬人", "12000"),
    ("三點五萬個", "35000"),
  ])
  func count(written: String, value: String) {
    let figures = FigureScanner.chinese(in: "預計\(written)受惠")
    #expect(figures.map(\.kind) == [.count])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
    #expect(figures.first?.amount.qualifier == nil)
  }

  @Test func countWithDuoIsOver() {
    let figures = FigureScanner.chinese(in: "40多家重點企業已經落戶")
    #expect(figures.map(\.amount.written) == ["40多家"])
    #expect(figures.first?.amount.values == [40])
    #expect(figures.first?.amount.qualifier == .over)
    #expect(figures.first?.offset == 0)
    #expect(figures.first?.length == 4)
  }

  @Test(arguments: [
    "推進第三個InnoHK研發平台",  // ordinal
    "推行為期三年的計劃",  // 年 is not a measure word
    "繼續資助兩年",
    "行政長官2024年施政報告",
    "2024-25年度財政預算案",
    "29/2/2024",
    "成立一所研究中心",  // 一 + measure word means "a"
    "產學研1+計劃",
    "為期三個月",
    "上升0.2個百分點",  // a count is whole
    "增加三點五個",
    "上升0.2個百分點",  // percentage points, not a count of 0.2
    "參與嫦娥八號任務",
    "就多個範疇提出建議",
    "二〇二四年",
    "二〇二四個",  // not one number
    "百家爭鳴",
    "G20峰會",
    "十分重要",
    "一些企業",
    "統一標準",
    "實現多元化",
    "US$3億",
    "2024至2025年",
    "逾百年歷史",
    "千萬不要",
    "萬一出事",
    "通過百億",
  ])
  func noFigure(text: String) {
    #expect(FigureScanner.chinese(in: text) == [])
  }

  @Test(arguments: [
    ("百分之五", "5"),
    ("百分之五十", "50"),
    ("百分之三點五", "3.5"),
    ("百分之零點五", "0.5"),
    ("百分之3.5", "3.5"),
    ("5%", "5"),
    ("3.5％", "3.5"),
  ])
  func percent(written: String, value: String) {
    let figures = FigureScanner.chinese(in: "增長\(written)，")
    #expect(figures.map(\.kind) == [.percent])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
  }

  @Test(
    arguments: [
      ("1（政府）：2（公司）", [1, 2]),
      ("1:2", [1, 2]),
      ("1：2", [1, 2]),
      ("1 : 3", [1, 3]),
      ("1(政府):1(公司)", [1, 1]),
      ("3：2：1", [3, 2, 1]),
    ] as [(String, [Decimal])])
  func ratio(written: String, values: [Decimal]) {
    let figures = FigureScanner.chinese(in: "以\(written)的配對形式")
    #expect(figures.map(\.kind) == [.ratio])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == values)
  }

  @Test(arguments: [
    ("約", Qualifier.about), ("約為", .about), ("大約", .about),
    ("超過", .over), ("逾", .over), ("多於", .over),
    ("不超過", .noMoreThan), ("不多於", .noMoreThan),
    ("不少於", .noLessThan), ("最少", .noLessThan), ("至少", .noLessThan),
    ("最多", .upTo), ("上限", .upTo),
  ])
  func qualifier(word: String, qualifier: Qualifier) {
    let text = "每年\(word)3億元"
    let figures = FigureScanner.chinese(in: text)
    #expect(figures.count == 1)
    guard let figure = figures.first else { return }
    #expect(figure.amount.qualifier == qualifier)
    #expect(figure.amount.written == "3億元")
    #expect(matchedText(figure, in: text) == "\(word)3億元")
  }

  @Test func qualifierOfACount() {
    let text = "創造約一萬三千個職位"
    let figure = FigureScanner.chinese(in: text).first
    #expect(figure?.amount.qualifier == .about)
    #expect(figure.map { matchedText($0, in: text) } == "約一萬三千個")
    #expect(figure?.offset == 2)
    #expect(figure?.length == 6)
  }

  @Test func offsetsCountCharactersNotBytes() {
    let text = "👩‍💻預算約**3億元".replacingOccurrences(of: "**", with: "")
    let figure = FigureScanner.chinese(in: text).first
    #expect(figure?.offset == 3)
    #expect(figure?.length == 4)
  }

  @Test func offsetsCountALetterAndItsCombiningMarkAsOneCharacter() {
    let text = "撥款（Cafe\u{301}）約3億元"
    let figure = FigureScanner.chinese(in: text).first
    #expect(figure?.offset == 8)
    #expect(figure?.length == 4)
    #expect(figure.map { matchedText($0, in: text) } == "約3億元")
  }

  @Test func aDigitWithACombiningMarkIsNotADigit() {
    #expect(FigureScanner.chinese(in: "撥款3\u{301}億元") == [])
  }

  @Test func compatibilityIdeographsAreTheCharactersTheyStandFor() {
    // U+F978 is the same character as 兩.
    let figures = FigureScanner.chinese(in: "撥款\u{F978}億元")
    #expect(figures.map(\.amount.values) == [[200_000_000]])
    #expect(figures.map(\.offset) == [2])
  }

  @Test func theKelvinSignIsTheLetterK() {
    #expect(FigureScanner.chinese(in: "H\u{212A}$30億").map(\.amount.values) == [[3_000_000_000]])
  }
}
