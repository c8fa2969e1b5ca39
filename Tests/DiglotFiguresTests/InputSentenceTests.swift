import DiglotFigures
import DiglotModel
import Testing

/// The bullets of the two example decks in `Input/`, as the reader hands them over (markup removed,
/// `\$` unescaped), with every figure they state.
@Suite struct InputSentenceTests {
  struct Bullet: Sendable, CustomTestStringConvertible {
    var zh: String
    var en: String
    var figures: [String]
    var testDescription: String { String(zh.prefix(16)) }
  }

  static let budget: [Bullet] = [
    Bullet(
      zh: "2024-25年度財政預算案 創新科技及工業局 相關重點措施 29/2/2024",
      en: "2024-25 Budget Key initiatives under ITIB 29/2/2024",
      figures: []),
    Bullet(
      zh: "撥款30億元推行為期三年的人工智能資助計劃，資助本地大學、研發機構及企業等善用人工智能超算中心的算力、加強網絡及數據安全，以及進行推廣教育等",
      en:
        "Allocate $3 billion to launch a three-year AI subsidy scheme to support local universities, research institutes and enterprises etc. to leverage the AI Supercomputing Centre's computing power; to strengthen cyber security and data protection; and to launch promotional and educational activities, etc.",
      figures: ["money 30億元 | $3 billion = 3000000000 agree"]),
    Bullet(
      zh: "今年內成立「香港微電子研發院」，專注支援第三代半導體的研發",
      en:
        "Establish the Hong Kong Microelectronics Research and Development Institute this year to support the R&D of third-generation semiconductors",
      figures: []),
    Bullet(
      zh: "從已宣布預留用作支持推動生命健康科技發展的100億元：",
      en: "From the $10 billion earmarked to promote the development of life and health technology:",
      figures: ["money 100億元 | $10 billion = 10000000000 agree"]),
    Bullet(
      zh: "撥出60億元用作資助本地大學設立跨院校、跨學科的生命健康研發院",
      en:
        "Allocate $6 billion to provide subsidies for local universities to set up cross-institutional and multi-disciplinary life and health technology research institutes",
      figures: ["money 60億元 | $6 billion = 6000000000 agree"]),
    Bullet(
      zh:
        "撥出20億元支持「InnoHK創新香港研發平台」進駐河套，以及撥出2億元在港深創新及科技園為生命健康科技初創企業提供孵化、加速計劃等支援，助力在港深創新及科技園設立「生命健康創新科研中心 InnoLife Healthtech Hub」",
      en:
        "Allocate $2 billion to support the InnoHK research clusters to establish presence in the Loop and another $200 million to provide assistance to start-ups engaging in life and health technology in the Hong Kong-Shenzhen I&T Park (HSITP) in the form of incubation and acceleration programmes, etc., thereby facilitating the setting up of the InnoLife Healthtech Hub in HSITP",
      figures: [
        "money 20億元 | $2 billion = 2000000000 agree",
        "money 2億元 | $200 million = 200000000 agree",
      ]),
    Bullet(
      zh: "已預留30億元推行前沿科技研究支援計劃，以配對形式支持八所大學教育資助委員會（教資會）資助大學設立研究設施及進行由海內外頂尖科研人員領軍的項目",
      en:
        "Earmarked $3 billion to launch the Frontier Technology Research Support Scheme to assist the eight University Grants Committee (UGC)-funded universities, on a matching basis, in setting up research facilities and conducting research projects led by leading local and international researchers",
      figures: [
        "money 30億元 | $3 billion = 3000000000 agree",
        "count 八所 | eight = 8 agree",
      ]),
    Bullet(
      zh: "向每所教資會資助大學的技術轉移處提供每年不超過1,600萬元資助",
      en:
        "Provide no more than $16 million annual funding to the Technology Transfer Office of each UGC-funded university",
      figures: ["money 1,600萬元 | $16 million = 16000000 no more than agree"]),
    Bullet(
      zh: "40多家重點企業已經或將會落戶或擴展在港業務，預計未來數年共帶來超過四百億元投資，創造約一萬三千個職位",
      en:
        "More than 40 strategic enterprises have set up or expanded their businesses in Hong Kong, or plan to do so. They are expected to bring about over $40 billion in investment to Hong Kong, creating about 13 000 jobs over the next few years",
      figures: [
        "count 40多家 | 40 = 40 over agree",
        "money 四百億元 | $40 billion = 40000000000 over agree",
        "count 一萬三千個 | 13 000 = 13000 about agree",
      ]),
    Bullet(
      zh: "繼續支持推動園區的建設；首批三座大樓會在年底起陸續落成並投入運作",
      en:
        "Continue to support the development of HSITP; first batch of three buildings will be completed and commence operation progressively by end of this year",
      figures: ["count 三座 | three = 3 agree"]),
    Bullet(
      zh: "註：此為概念構想圖。特區政府和深圳市政府現正探討在河套區建設跨河橋樑連接兩個園區，橋樑的確實位置須待兩地政府深入討論。",
      en: "",
      figures: ["count 兩個 | - = 2 one-sided"]),
    Bullet(
      zh: "今年內推出100億元計劃，為在港投資新型工業不少於2億元的企業，以1（政府）：2（公司）的配對形式提供每家企業最多2億元資助",
      en:
        "Launch the $10 billion scheme within this year to fund enterprises that invest no less than $200 million in new industrialisation in Hong Kong on a matching basis of 1 (Government):2 (Company), subject to a funding ceiling of $200 million per enterprise",
      figures: [
        "money 100億元 | $10 billion = 10000000000 agree",
        "money 2億元 | $200 million = 200000000 no less than agree",
        "ratio 1（政府）：2（公司） | 1 (Government):2 (Company) = 1:2 agree",
        "money 2億元 | $200 million = 200000000 up to agree",
      ]),
    Bullet(
      zh: "數字化經濟發展委員會就多個範疇提出建議，推動數字經濟發展",
      en:
        "The Digital Economy Development Committee has put forward recommendations on a number of areas to promote the development of digital economy",
      figures: []),
    Bullet(
      zh: "建立「數碼企業身份」平台，便利企業身份認證及核對簽署，預算約3億元",
      en:
        "Set up a “digital identity of enterprises” platform to facilitate authentication of identity and verification of signature of enterprises, with an estimated expenditure of about $300 million",
      figures: ["money 3億元 | $300 million = 300000000 about agree"]),
    Bullet(
      zh: "在社會創新及創業發展基金撥款1億元，為長者提供數碼培訓課程和技術支援的項目",
      en:
        "Allocate $100 million under the Social Innovation and Entrepreneurship Development Fund to provide digital training courses and technical support to elderly people",
      figures: ["money 1億元 | $100 million = 100000000 agree"]),
    Bullet(
      zh: "已推出多項「跨境通辦」措施，便利大灣區居民和企業使用粵港兩地政務服務",
      en:
        "Implemented various cross-boundary public services measures to facilitate residents and enterprises in the Guangdong-Hong Kong-Macao Greater Bay Area to access public services of Guangdong and Hong Kong",
      figures: []),
    Bullet(
      zh: "增撥1億3,400萬元，在「奇趣IT識多啲計劃」下繼續資助公帑資助小學兩個學年，加強小學生對資訊科技的興趣及應用",
      en:
        "Allocate an additional funding of $134 million to continue subsidising publicly-funded primary schools for two academic years under the “Knowing More About IT” Programme to enhance primary school students’ interests in information technology and its application",
      figures: [
        "money 1億3,400萬元 | $134 million = 134000000 agree",
        "count 兩個 | two = 2 agree",
      ]),
  ]

  static let policyAddress: [Bullet] = [
    Bullet(
      zh: "行政長官2024年施政報告 創新科技及工業局 匯聚創科人才 18/10/2024",
      en:
        "Chief Executive's 2024 Policy Address Innovation, Technology and Industry Bureau Attracting I&T Talents 18/10/2024",
      figures: []),
    Bullet(
      zh: "產學研1+計劃",
      en: "Research, Academic and Industry Sectors One-plus Scheme",
      figures: []),
    Bullet(
      zh: "設立100億元「創科產業引導基金」，成立母基金，加強引導市場資金投資指定策略性新興和未來產業",
      en:
        "Set up a $10 billion I&T Industry-Oriented Fund to form a fund-of-funds to channel more market capital to invest in specified emerging and future industries of strategic importance",
      figures: ["money 100億元 | $10 billion = 10000000000 agree"]),
    Bullet(
      zh: "調撥15億元優化「創科創投基金」",
      en: "Redeploy $1.5 billion to optimise the Innovation and Technology Venture Fund",
      figures: ["money 15億元 | $1.5 billion = 1500000000 agree"]),
    Bullet(
      zh: "撥款1.8億元推出「創科加速器先導計劃」，吸引專業初創企業服務機構在香港建立加速器基地",
      en:
        "Launch the Pilot I&T Accelerator Scheme with a funding allocation of $180 million to attract professional start-up service providers to set up accelerator bases in Hong Kong",
      figures: ["money 1.8億元 | $180 million = 180000000 agree"]),
    Bullet(
      zh: "中學IT創新實驗室、奇趣IT識多啲",
      en: "IT Innovation Lab in Secondary Schools, Knowing More About IT",
      figures: []),
    Bullet(
      zh: "已開展籌備建設第三個平台，聚焦先進製造、材料、能源及可持續發展",
      en:
        "Started preparatory work to establish the third InnoHK research cluster, which will focus on advanced manufacturing, materials, energy and sustainable development",
      figures: []),
    Bullet(
      zh: "將在InnoHK平台下成立一所研究中心，參與嫦娥八號任務",
      en: "Set up a research centre under the InnoHK research cluster to participate in the Chang'E-8 mission",
      figures: []),
  ]

  @Test(arguments: budget + policyAddress)
  func figuresOfABullet(_ bullet: Bullet) {
    #expect(pairedSummaries(zh: bullet.zh, en: bullet.en) == bullet.figures)
  }

  @Test func offsetsPointAtTheFigures() {
    let zh = "今年內推出100億元計劃，為在港投資新型工業不少於2億元的企業，以1（政府）：2（公司）的配對形式提供每家企業最多2億元資助"
    #expect(
      FigureScanner.chinese(in: zh).map { matchedText($0, in: zh) } == [
        "100億元", "不少於2億元", "1（政府）：2（公司）", "最多2億元",
      ])
    let en =
      "invest no less than $200 million in new industrialisation on a matching basis of 1 (Government):2 (Company), subject to a funding ceiling of $200 million"
    #expect(
      FigureScanner.english(in: en).map { matchedText($0, in: en) } == [
        "no less than $200 million", "1 (Government):2 (Company)", "$200 million",
      ])
  }
}
