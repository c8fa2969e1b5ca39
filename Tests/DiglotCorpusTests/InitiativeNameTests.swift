import DiglotCorpus
import DiglotModel
import Testing

@Suite struct InitiativeNameTests {
  @Test(arguments: [
    ("The \"AI Subsidy Scheme\"", "ai subsidy scheme"),
    (
      "Research, Academic and Industry Sectors One-plus Scheme (RAISe+)",
      "research, academic and industry sectors one-plus scheme"
    ),
    ("  the   Technology Voucher   Programme ", "technology voucher programme"),
    ("「創科創投基金」", "創科創投基金"),
    ("創新及科技基金（創科基金）", "創新及科技基金"),
    ("(RAISe+)", "(raise+)"),
    ("Hong Kong’s “Pilot” Scheme", "hong kongs pilot scheme"),
  ])
  func normalisation(name: String, expected: String) {
    #expect(InitiativeName.normalised(name) == expected)
  }

  @Test func chineseInCornerBracketsAndEnglishInBoldArePaired() {
    let text = Bilingual(
      zh: inline("設立**100億元**「**創科產業引導基金**」"),
      en: inline("Set up the **$10 billion** **I&T Industry-Oriented Fund**"),
      figures: [tenBillion])
    #expect(InitiativeName.names(in: text) == [InitiativeName(zh: "創科產業引導基金", en: "I&T Industry-Oriented Fund")])
  }

  let tenBillion = Figure(
    kind: .money, zh: Amount(written: "100億元", values: [10_000_000_000]),
    en: Amount(written: "$10 billion", values: [10_000_000_000]), agreement: .agree)

  @Test func boldThatIsOnlyAFigureIsNoName() {
    let text = Bilingual(zh: inline("撥款**100億元**"), en: inline("Allocate **$10 billion**"), figures: [tenBillion])
    #expect(InitiativeName.names(in: text).isEmpty)
  }

  @Test func capitalisedEnglishNameWithoutBold() {
    let text = Bilingual(
      zh: inline("優化「科技人才入境計劃」"),
      en: inline("Enhance the Technology Talent Admission Scheme to speed up the processing of applications"))
    #expect(
      InitiativeName.names(in: text) == [InitiativeName(zh: "科技人才入境計劃", en: "Technology Talent Admission Scheme")])
  }

  /// `'s` ends a name: the owner is the name, and what it owns is not part of it.
  @Test func aPossessiveEndsACapitalisedName() {
    let owner = Bilingual(
      zh: nil, en: inline("Support enterprises to leverage the AI Supercomputing Centre's computing power"))
    #expect(InitiativeName.names(in: owner) == [InitiativeName(zh: nil, en: "AI Supercomputing Centre")])
    let short = Bilingual(zh: nil, en: inline("Develop the Government’s Smart City Blueprint for Hong Kong"))
    #expect(InitiativeName.names(in: short) == [InitiativeName(zh: nil, en: "Smart City Blueprint for Hong Kong")])
  }

  /// A footnote mark is no part of a name (the reader keeps an unmatched `*` as text).
  @Test func aFootnoteMarkEndsACapitalisedName() {
    let text = Bilingual(zh: nil, en: inline("Set up the I&T Industry-Oriented Fund* next year"))
    #expect(InitiativeName.names(in: text) == [InitiativeName(zh: nil, en: "I&T Industry-Oriented Fund")])
  }

  @Test func fewerThanThreeCapitalisedWordsAreNoName() {
    let text = Bilingual(zh: nil, en: inline("Attract more start-ups to Hong Kong"))
    #expect(InitiativeName.names(in: text).isEmpty)
  }

  @Test func aBulletThatIsOnlyANameNamesItself() {
    let text = Bilingual(zh: inline("新型工業加速計劃"), en: inline("New Industrialisation Acceleration Scheme"))
    #expect(
      InitiativeName.names(in: text) == [
        InitiativeName(zh: "新型工業加速計劃", en: "New Industrialisation Acceleration Scheme")
      ])
  }

  @Test func aBulletThatIsOnlyAListOfNamesNamesEach() {
    let text = Bilingual(
      zh: inline("中學IT創新實驗室、奇趣IT識多啲"), en: inline("IT Innovation Lab in Secondary Schools, Knowing More About IT"))
    #expect(
      InitiativeName.names(in: text) == [
        InitiativeName(zh: "中學IT創新實驗室", en: "IT Innovation Lab in Secondary Schools"),
        InitiativeName(zh: "奇趣IT識多啲", en: "Knowing More About IT"),
      ])
  }

  @Test func unequalCountsStayOneSided() {
    let text = Bilingual(
      zh: inline("推出「甲計劃」及「乙計劃」"), en: inline("Launch the **Alpha Scheme**"))
    #expect(
      InitiativeName.names(in: text) == [
        InitiativeName(zh: "甲計劃", en: nil), InitiativeName(zh: "乙計劃", en: nil),
        InitiativeName(zh: nil, en: "Alpha Scheme"),
      ])
  }
}

extension InitiativeNameTests {
  @Test func anEnglishNameInQuotationMarks() {
    let text = Bilingual(
      zh: inline("建立「數碼企業身份」平台，便利企業身份認證"),
      en: inline("Set up a “digital identity of enterprises” platform to facilitate authentication"))
    #expect(
      InitiativeName.names(in: text) == [InitiativeName(zh: "數碼企業身份", en: "digital identity of enterprises")])
  }

  @Test func aChineseNameThatSpellsOutTheEnglishOneIsPairedWithIt() {
    let text = Bilingual(
      zh: inline("支持「InnoHK創新香港研發平台」進駐河套，助力設立「**生命健康創新科研中心 InnoLife Healthtech Hub**」"),
      en: inline(
        "Support the *InnoHK* research clusters, thereby facilitating the setting up of the **InnoLife Healthtech Hub**"
      ))
    #expect(
      InitiativeName.names(in: text) == [
        InitiativeName(zh: "InnoHK創新香港研發平台", en: nil),
        InitiativeName(zh: "生命健康創新科研中心 InnoLife Healthtech Hub", en: "InnoLife Healthtech Hub"),
      ])
  }

  @Test func aCommaInsideACapitalisedName() {
    let text = Bilingual(zh: inline("產學研1+計劃"), en: inline("Research, Academic and Industry Sectors One-plus Scheme"))
    #expect(InitiativeName.names(in: text).map(\.en) == ["Research, Academic and Industry Sectors One-plus Scheme"])
  }

  @Test func aQualifiedFigureInBoldIsNoName() {
    let figure = Figure(
      kind: .money, zh: Amount(written: "3億元", values: [300_000_000]),
      en: Amount(written: "$300 million", values: [300_000_000]), agreement: .agree)
    let text = Bilingual(zh: inline("撥款約**3億元**"), en: inline("Allocate **about $300 million**"), figures: [figure])
    #expect(InitiativeName.names(in: text).isEmpty)
  }
}
