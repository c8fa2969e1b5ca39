import DiglotFigures
import DiglotModel
import Foundation
import Testing

@Suite struct EnglishScannerTests {
  @Test(arguments: [
    ("$3 billion", "3000000000"),
    ("$134 million", "134000000"),
    ("$10 billion", "10000000000"),
    ("$500,000", "500000"),
    ("$1.5 billion", "1500000000"),
    ("$7.11 billion", "7110000000"),
    ("HK$2.5 billion", "2500000000"),
    ("$40 billion", "40000000000"),
    ("$1,500 million", "1500000000"),
    ("$1,000,000", "1000000"),
    ("$2.5 Billion", "2500000000"),
    ("HK$ 3 billion", "3000000000"),
    ("$ 5 billion", "5000000000"),
    ("$300\u{A0}million", "300000000"),
    ("HK$2.4bn", "2400000000"),
    ("$350m", "350000000"),
    ("$3bn", "3000000000"),
    ("$1.2mn", "1200000"),
    ("$120 mn", "120000000"),
    ("HK$2.4 bn", "2400000000"),
    ("$1.5 tn", "1500000000000"),
    ("$500k", "500000"),
    ("HK$1.5tn", "1500000000000"),
    ("＄５ billion", "5000000000"),
    ("HKD 3 billion", "3000000000"),
    ("HKD500 million", "500000000"),
  ])
  func money(written: String, value: String) {
    let text = "Allocate \(written) to launch the scheme"
    let figures = FigureScanner.english(in: text)
    #expect(figures.map(\.kind) == [.money])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
    #expect(figures.first?.offset == 9)
    #expect(figures.first?.length == written.count)
  }

  @Test func commaAfterAnAmountIsPunctuation() {
    let figures = FigureScanner.english(in: "another $200 million, 300 more")
    #expect(figures.map(\.amount.written) == ["$200 million", "300"])
    #expect(figures.first?.amount.values == [200_000_000])
    let plain = FigureScanner.english(in: "a grant of $500,000, paid yearly")
    #expect(plain.map(\.amount.values) == [[500_000]])
  }

  @Test(arguments: [
    ("$3 billion to $4 billion", ["$3 billion 3000000000", "$4 billion 4000000000"]),
    ("$3 to $4 billion", ["$3 3000000000", "$4 billion 4000000000"]),
    ("$3 to 4 billion", ["$3 3000000000", "4 billion 4000000000"]),
    ("$3-4 billion", ["$3 3000000000", "4 billion 4000000000"]),
    ("$300-500 million", ["$300 300000000", "500 million 500000000"]),
    ("$3 – $4 billion", ["$3 3000000000", "$4 billion 4000000000"]),
    ("$95 billion to $135 billion", ["$95 billion 95000000000", "$135 billion 135000000000"]),
    ("HK$2bn-3bn", ["HK$2bn 2000000000", "3bn 3000000000"]),
  ])
  func moneyRange(text: String, figures: [String]) {
    let found = FigureScanner.english(in: "issue \(text) of bonds a year")
    #expect(found.map(\.kind) == figures.map { _ in .money })
    #expect(found.map { "\($0.amount.written) \($0.amount.valueString)" } == figures)
  }

  @Test func moneyThenACountIsNoRange() {
    let found = FigureScanner.english(in: "pay $300 to 500 families")
    #expect(
      found.map { "\($0.kind) \($0.amount.written) \($0.amount.valueString)" } == ["money $300 300", "count 500 500"])
  }

  @Test func moneyAYear() {
    let found = FigureScanner.english(in: "provide $200 million a year")
    #expect(found.map(\.amount.written) == ["$200 million"])
    #expect(found.map(\.amount.values) == [[200_000_000]])
  }

  @Test func overTenBillion() {
    let found = FigureScanner.english(in: "attract over $10 billion of investment")
    #expect(found.map(\.amount.values) == [[10_000_000_000]])
    #expect(found.map(\.amount.qualifier) == [.over])
  }

  @Test func countsPercentagesAndYearsAreNeverMoney() {
    let found = FigureScanner.english(in: "From 2024, 40 companies get 5% of $3bn, a 350m track")
    #expect(found.map(\.kind) == [.count, .percent, .money])
    #expect(found.map(\.amount.written) == ["40", "5%", "$3bn"])
  }

  @Test(arguments: [
    "US$3 billion",  // not Hong Kong dollars
    "$3bnx",  // not a scale we know: leave it out rather than guess
    "RMB 3 billion",
    "3 billion dollars",
    "the HKD peg at 7.8",
    "XHKD 3 billion",
  ])
  func noMoney(text: String) {
    #expect(FigureScanner.english(in: text).filter { $0.kind == .money } == [])
  }

  @Test(arguments: [
    ("13 000", "13000"),
    ("13,000", "13000"),
    ("1 200 000", "1200000"),
    ("500", "500"),
    ("three", "3"),
    ("eight", "8"),
    ("Twelve", "12"),
    ("twenty-five", "25"),
    ("twenty five", "25"),
    ("ninety", "90"),
    ("two hundred and fifty", "250"),
    ("three hundred", "300"),
    ("thirteen thousand", "13000"),
    ("1.2 million", "1200000"),
    ("two million", "2000000"),
  ])
  func count(written: String, value: String) {
    let figures = FigureScanner.english(in: "creating \(written) jobs.")
    #expect(figures.map(\.kind) == [.count])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
  }

  @Test func countAtTheEndOfASentence() {
    let figures = FigureScanner.english(in: "The number of start-ups rose to 4 250.")
    #expect(figures.map(\.amount.values) == [[4250]])
  }

  @Test(arguments: [
    "to launch a three-year AI subsidy scheme",
    "the R&D of third-generation semiconductors",
    "29/2/2024",
    "2024-25 Budget",
    "Chief Executive's 2024 Policy Address",
    "to participate in the Chang'E-8 mission",
    "InnoHK Research Clusters",
    "Research, Academic and Industry Sectors One-plus Scheme",
    "the 1+ Scheme",
    "to continue subsidising schools for two years",
    "over the next 3 months",
    "Phase 2 of the project",
    "under No. 3 of the list",
    "as set out in (2) above",
    "5G networks",
    "one of the schemes",
    "a 3.5 km cycle track",
    "the meeting at 10:30am",
    "in the 1990s",
    "the third InnoHK research cluster",
    "often the tenth",
    "no one",
    "1. Consolidate Hong Kong's strengths",
    "2) Develop I&T infrastructure",
    "000",
  ])
  func noCount(text: String) {
    #expect(FigureScanner.english(in: text) == [])
  }

  @Test(arguments: [
    ("5%", "5"),
    ("3.5%", "3.5"),
    ("5 per cent", "5"),
    ("5 percent", "5"),
    ("5 Per Cent", "5"),
    ("five per cent", "5"),
    ("0.5%", "0.5"),
  ])
  func percent(written: String, value: String) {
    let figures = FigureScanner.english(in: "a growth of \(written) this year")
    #expect(figures.map(\.kind) == [.percent])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == [decimal(value)])
  }

  @Test func percentageIsNotPercent() {
    let figures = FigureScanner.english(in: "up 5 percentage points")
    #expect(figures.map(\.kind) == [.count])
  }

  @Test(
    arguments: [
      ("1 (Government):2 (Company)", [1, 2]),
      ("1:2", [1, 2]),
      ("1 : 3", [1, 3]),
      ("3:2:1", [3, 2, 1]),
    ] as [(String, [Decimal])])
  func ratio(written: String, values: [Decimal]) {
    let figures = FigureScanner.english(in: "on a matching basis of \(written), subject to")
    #expect(figures.map(\.kind) == [.ratio])
    #expect(figures.first?.amount.written == written)
    #expect(figures.first?.amount.values == values)
  }

  @Test(arguments: [
    ("about", Qualifier.about), ("around", .about), ("approximately", .about), ("About", .about),
    ("over", .over), ("more than", .over), ("More than", .over),
    ("no more than", .noMoreThan), ("not more than", .noMoreThan), ("not exceeding", .noMoreThan),
    ("no less than", .noLessThan), ("not less than", .noLessThan), ("at least", .noLessThan),
    ("up to", .upTo), ("UP TO", .upTo),
  ])
  func qualifier(words: String, qualifier: Qualifier) {
    let text = "funding of \(words) $200 million per enterprise"
    let figures = FigureScanner.english(in: text)
    #expect(figures.count == 1)
    guard let figure = figures.first else { return }
    #expect(figure.amount.qualifier == qualifier)
    #expect(figure.amount.written == "$200 million")
    #expect(matchedText(figure, in: text) == "\(words) $200 million")
  }

  @Test func qualifierStartsTheText() {
    let text = "More than 40 strategic enterprises have set up"
    let figure = FigureScanner.english(in: text).first
    #expect(figure?.amount.qualifier == .over)
    #expect(figure?.amount.written == "40")
    #expect(figure?.offset == 0)
    #expect(figure?.length == 12)
  }

  @Test func offsetsCountALetterAndItsCombiningMarkAsOneCharacter() {
    let text = "Cafe\u{301} about $3 billion"
    let figure = FigureScanner.english(in: text).first
    #expect(figure?.offset == 5)
    #expect(figure?.length == 16)
    #expect(figure.map { matchedText($0, in: text) } == "about $3 billion")
  }

  @Test func theKelvinSignIsTheLetterK() {
    #expect(FigureScanner.english(in: "a 3 \u{212A}m track") == [])
    #expect(FigureScanner.english(in: "a 3 Xm track").map(\.amount.values) == [[3]])
  }

  @Test func numbersLongerThanAnIntegerHolds() {
    let figures = FigureScanner.english(in: "1234567890123456789012 jobs")
    #expect(figures.map(\.amount.values) == [[decimal("1234567890123456789012")]])
  }

  @Test(arguments: ["moreover $5 million", "takeover $5 million", "a turnover of $5 million"])
  func qualifierIsAWholeWord(text: String) {
    #expect(FigureScanner.english(in: text).map(\.amount.qualifier) == [nil])
  }
}
