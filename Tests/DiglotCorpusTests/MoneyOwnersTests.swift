import DiglotCorpus
import DiglotModel
import DiglotReader
import Foundation
import Testing

/// A bullet that names several initiatives gives each its own money, not all of it to each.
@Suite struct MoneyOwnersTests {
  /// A one-area Budget deck whose one topic holds these bullets (Chinese line, English line).
  func corpus(_ bullets: [(String, String)]) throws -> Corpus {
    let text =
      "2024-25年度財政預算案\n2024-25 Budget\n\n28/2/2024\n\n\n\n# 1. 創新科技\n# 1. Innovation and technology\n\n"
      + bullets.map { "- ◆ \($0.0)\n\n\($0.1)\n\n" }.joined()
    let document = try #require(DocumentReader.read(Array(text.utf8), path: "budget.txt").document)
    return Corpus(documents: [document])
  }

  func initiative(_ english: String, in corpus: Corpus) throws -> Int {
    try #require(corpus.initiatives.firstIndex { $0.name.en == english }, "no initiative \(english)")
  }

  func money(_ english: String, in corpus: Corpus) throws -> [Decimal] {
    try corpus.initiatives[initiative(english, in: corpus)].mentions.flatMap(\.money).map(FigureTable.amount)
  }

  /// The 2024-25 Budget's bullet on the Loop: $2 billion for the InnoHK clusters, $200 million for
  /// the InnoLife Healthtech Hub. English names only the second, so the Chinese places them.
  @Test func eachFigureGoesToTheNameAfterIt() throws {
    let corpus = try corpus([
      (
        "撥出**20億元**支持「InnoHK創新香港研發平台」進駐河套，以及撥出**2億元**在港深創新及科技園為生命健康科技初創企業提供孵化、加速計劃等支援，助力在港深創新及科技園設立「**生命健康創新科研中心 InnoLife Healthtech Hub**」",
        "Allocate **\\$2 billion** to support the *InnoHK* research clusters to establish presence in the Loop and another **\\$200 million** to provide assistance to start-ups engaging in life and health technology in the Hong Kong-Shenzhen I&T Park (HSITP) in the form of incubation and acceleration programmes, etc., thereby facilitating the setting up of the **InnoLife Healthtech Hub** in HSITP"
      )
    ])
    let innoHK = try #require(corpus.initiatives.firstIndex { $0.name.zh == "InnoHK創新香港研發平台" })
    #expect(corpus.initiatives[innoHK].mentions.flatMap(\.money).map(FigureTable.amount) == [2_000_000_000])
    #expect(try money("InnoLife Healthtech Hub", in: corpus) == [200_000_000])
  }

  /// Names written before their figures, two clauses of one bullet: each initiative's amount is
  /// its own, not the bullet's sum, on its timeline and in what changed.
  @Test func eachFigureGoesToTheNameBeforeIt() throws {
    let corpus = try corpus([
      (
        "向「**創新及科技基金**」注資**100億元**，並向「**科技券計劃**」注資**5億元**",
        "Inject **\\$10 billion** into the **Innovation and Technology Fund**, and **\\$500 million** into the **Technology Voucher Programme**"
      )
    ])
    #expect(try money("Innovation and Technology Fund", in: corpus) == [10_000_000_000])
    #expect(try money("Technology Voucher Programme", in: corpus) == [500_000_000])
    let fund = try initiative("Innovation and Technology Fund", in: corpus)
    #expect(corpus.amounts(ofInitiative: fund).map(\.total) == [10_000_000_000])
  }

  /// English names the scheme in capitals only and names a place too; Chinese names the scheme
  /// only, so the bullet's two names of it are not paired (another bullet pairs them). The
  /// scheme's one mention there takes both, so English places both names.
  @Test func aNameTheTwoLanguagesDoNotPairIsPlacedInBoth() throws {
    let corpus = try corpus([
      (
        "設立**100億元**「產學研1+計劃」，資助大學團隊在香港科學園創業",
        "Set up the **\\$10 billion** Research, Academic and Industry Sectors One-plus Scheme to fund university teams starting up in the Hong Kong Science Park"
      ),
      ("產學研1+計劃", "Research, Academic and Industry Sectors One-plus Scheme"),
    ])
    let scheme = try initiative("Research, Academic and Industry Sectors One-plus Scheme", in: corpus)
    #expect(
      corpus.initiatives[scheme].mentions[0].name
        == InitiativeName(zh: "產學研1+計劃", en: "Research, Academic and Industry Sectors One-plus Scheme"))
    #expect(try money("Research, Academic and Industry Sectors One-plus Scheme", in: corpus) == [10_000_000_000])
    #expect(try money("Hong Kong Science Park", in: corpus) == [])
    // Its links come in the order the bullet names the two.
    let park = try initiative("Hong Kong Science Park", in: corpus)
    #expect(corpus.initiativesByItem[0][ItemPlace(area: 0, topic: nil, path: [0])] == [scheme, park])
  }

  @Test func oneNameKeepsEveryFigure() throws {
    let corpus = try corpus([
      (
        "推出**100億元**「**新型工業加速計劃**」，每家企業最多**2億元**",
        "Launch the **\\$10 billion** **New Industrialisation Acceleration Scheme**, up to **\\$200 million** per enterprise"
      )
    ])
    #expect(try money("New Industrialisation Acceleration Scheme", in: corpus) == [10_000_000_000, 200_000_000])
  }
}
