import DiglotFigures
import DiglotModel
import Foundation
import Testing

@Suite struct FigurePairingTests {
  /// A found figure with just what pairing looks at.
  private func found(_ kind: FigureKind, _ written: String, _ value: Decimal, _ qualifier: Qualifier? = nil)
    -> FoundFigure
  {
    FoundFigure(
      kind: kind, amount: Amount(written: written, values: [value], qualifier: qualifier), offset: 0,
      length: written.count, writtenOffset: 0)
  }

  @Test func equalValuesAgree() {
    let figures = FigurePairing.pair(
      zh: [found(.money, "30億元", 3_000_000_000)], en: [found(.money, "$3 billion", 3_000_000_000)])
    #expect(figures.map(summary) == ["money 30億元 | $3 billion = 3000000000 agree"])
  }

  @Test func differentValuesDiffer() {
    let figures = FigurePairing.pair(
      zh: [found(.money, "30億元", 3_000_000_000)], en: [found(.money, "$300 million", 300_000_000)])
    #expect(figures.map(summary) == ["money 30億元 | $300 million = 3000000000 differ"])
  }

  @Test func unmatchedFiguresAreOneSided() {
    let zhOnly = FigurePairing.pair(zh: [found(.count, "兩個", 2)], en: [])
    #expect(zhOnly.map(summary) == ["count 兩個 | - = 2 one-sided"])
    let enOnly = FigurePairing.pair(zh: [], en: [found(.count, "two", 2)])
    #expect(enOnly.map(summary) == ["count - | two = 2 one-sided"])
  }

  @Test func kindsPairOnlyWithTheirOwnKind() {
    let figures = FigurePairing.pair(
      zh: [found(.money, "2億元", 200_000_000), found(.count, "八所", 8)],
      en: [found(.count, "eight", 8), found(.percent, "8%", 8), found(.money, "$200 million", 200_000_000)]
    )
    #expect(
      figures.map(summary) == [
        "money 2億元 | $200 million = 200000000 agree",
        "count 八所 | eight = 8 agree",
        "percent - | 8% = 8 one-sided",
      ])
  }

  @Test func equalValuesMatchBeforeTheRestPairInOrder() {
    // The English swapped two amounts and mistranslated a third: the equal ones still agree.
    let figures = FigurePairing.pair(
      zh: [found(.money, "1億元", 100_000_000), found(.money, "2億元", 200_000_000), found(.money, "5億元", 500_000_000)],
      en: [
        found(.money, "$200 million", 200_000_000), found(.money, "$600 million", 600_000_000),
        found(.money, "$100 million", 100_000_000),
      ]
    )
    #expect(
      figures.map(summary) == [
        "money 1億元 | $100 million = 100000000 agree",
        "money 2億元 | $200 million = 200000000 agree",
        "money 5億元 | $600 million = 500000000 differ",
      ])
  }

  @Test func remainingFiguresPairInOrder() {
    let figures = FigurePairing.pair(
      zh: [found(.money, "1億元", 100_000_000), found(.money, "2億元", 200_000_000)],
      en: [
        found(.money, "$300 million", 300_000_000), found(.money, "$400 million", 400_000_000),
        found(.money, "$1 million", 1_000_000),
      ]
    )
    #expect(
      figures.map(summary) == [
        "money 1億元 | $300 million = 100000000 differ",
        "money 2億元 | $400 million = 200000000 differ",
        "money - | $1 million = 1000000 one-sided",
      ])
  }

  @Test func repeatedValuesMatchAsAMultiset() {
    let figures = pairedSummaries(
      zh: "為投資不少於2億元的企業提供每家企業最多2億元資助",
      en:
        "to fund enterprises that invest no less than $200 million, subject to a ceiling of $200 million per enterprise"
    )
    #expect(
      figures == [
        "money 2億元 | $200 million = 200000000 no less than agree",
        "money 2億元 | $200 million = 200000000 up to agree",
      ])
  }

  @Test func aRepeatedValueAgreesOnlyAsOftenAsItIsWritten() {
    let figures = pairedSummaries(zh: "撥款2億元，另撥2億元", en: "Allocate $200 million")
    #expect(
      figures == [
        "money 2億元 | $200 million = 200000000 agree",
        "money 2億元 | - = 200000000 one-sided",
      ])
  }

  @Test func equalValuesWithTheSameQualifierMatchFirst() {
    let figures = FigurePairing.pair(
      zh: [found(.money, "2億元", 200_000_000), found(.money, "2億元", 200_000_000, .noLessThan)],
      en: [found(.money, "$200 million", 200_000_000, .noLessThan), found(.money, "$200 million", 200_000_000)]
    )
    #expect(figures.map { [$0.zh?.qualifier, $0.en?.qualifier] } == [[nil, nil], [.noLessThan, .noLessThan]])
    #expect(figures.map(\.agreement) == [.agree, .agree])
  }

  @Test func readingOrderIsChineseThenEnglishOnly() {
    let figures = FigurePairing.pair(
      zh: [found(.count, "三座", 3), found(.money, "1億元", 100_000_000)],
      en: [
        found(.percent, "5%", 5), found(.money, "$100 million", 100_000_000), found(.count, "12", 12),
        found(.count, "three", 3),
      ]
    )
    #expect(
      figures.map(summary) == [
        "count 三座 | three = 3 agree",
        "money 1億元 | $100 million = 100000000 agree",
        "percent - | 5% = 5 one-sided",
        "count - | 12 = 12 one-sided",
      ])
  }

  @Test func rangesPairAmountByAmount() {
    #expect(
      pairedSummaries(zh: "每年發行950至1,350億元債券", en: "issue $95 billion to $135 billion of bonds a year") == [
        "money 950 | $95 billion = 95000000000 agree", "money 1,350億元 | $135 billion = 135000000000 agree",
      ])
    #expect(
      pairedSummaries(zh: "撥款30至40億元", en: "allocate $3-4 billion") == [
        "money 30 | $3 = 3000000000 agree", "money 40億元 | 4 billion = 4000000000 agree",
      ])
  }

  @Test func abbreviatedScalesAndWordsPair() {
    #expect(
      pairedSummaries(zh: "預留28億元及1.8億元", en: "earmark HK$2.8bn and $180m") == [
        "money 28億元 | HK$2.8bn = 2800000000 agree", "money 1.8億元 | $180m = 180000000 agree",
      ])
    #expect(
      pairedSummaries(zh: "帶來過百億元投資", en: "bring over $10 billion of investment") == [
        "money 百億元 | $10 billion = 10000000000 over agree"
      ])
  }
}
