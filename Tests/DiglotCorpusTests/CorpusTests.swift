import DiglotCorpus
import DiglotModel
import DiglotReader
import Foundation
import Testing

/// The corpus of `Tests/Corpus`, whose README says what each address shares with the others.
@Suite struct CorpusTests {
  let documents: [Document]
  let corpus: Corpus

  init() throws {
    documents = try corpusDocuments()
    corpus = Corpus(documents: documents, rules: try corpusRules())
  }

  /// The index of the document read from a corpus file.
  func document(_ name: String) throws -> Int {
    try #require(documents.firstIndex { $0.file == "Tests/Corpus/\(name)" })
  }

  func initiative(_ english: String) throws -> Initiative {
    try #require(corpus.initiatives.first { $0.name.en == english }, "no initiative \(english)")
  }

  @Test func initiativesAcrossTheAddresses() {
    let names = Set(corpus.initiatives.map { $0.name.en ?? "" })
    #expect(
      names == [
        "Research, Academic and Industry Sectors One-plus Scheme", "Technology Transfer Office",
        "New Industrialisation Funding Scheme", "Technology Voucher Programme", "AI Subsidy Scheme",
        "New Industrialisation Acceleration Scheme", "Hong Kong Microelectronics R&D Institute",
        "Frontier Technology Research Support Scheme", "Innovation and Technology Venture Fund",
        "Technology Talent Admission Scheme", "I&T Industry-Oriented Fund", "Pilot I&T Accelerator Scheme",
      ])
    #expect(corpus.initiatives.count == names.count)
  }

  @Test func timelineIsNewestFirstAcrossKinds() throws {
    let scheme = try initiative("New Industrialisation Acceleration Scheme")
    #expect(scheme.name.zh == "新型工業加速計劃")
    #expect(
      try scheme.mentions.map(\.document) == [
        document("2024-policy-address-itib.txt"), document("2024-25-budget-itib.txt"),
        document("2023-policy-address-itib.txt"),
      ])
    // The 2024-25 Budget's bullet: second area, first topic, first bullet; $10 billion, up to $200 million.
    let budget = scheme.mentions[1]
    #expect(budget.place == ItemPlace(area: 1, topic: 0, path: [0]))
    #expect(budget.money.map(FigureTable.amount) == [10_000_000_000, 200_000_000])
  }

  @Test func theChineseNameJoinsTwoEnglishNames() throws {
    let institute = try initiative("Hong Kong Microelectronics R&D Institute")
    #expect(
      institute.mentions.map(\.name.en) == [
        "Hong Kong Microelectronics R&D Institute", "Hong Kong Microelectronics Research and Development Institute",
      ])
  }

  @Test func mergedNamesAreOneInitiative() throws {
    let scheme = try initiative("New Industrialisation Funding Scheme")
    #expect(scheme.mentions.map(\.name.zh) == ["新型工業化資助計劃", "再工業化資助計劃"])
    let unmerged = Corpus(documents: documents)
    #expect(unmerged.initiatives.count == corpus.initiatives.count + 1)
    #expect(unmerged.initiatives.contains { $0.name.en == "Re-industrialisation Funding Scheme" })
  }

  @Test func splitNamesNoLongerJoin() throws {
    let rules = InitiativeRules(
      merge: try corpusRules().merge, split: ["科技人才入境計劃", "Technology Talent Admission Scheme"])
    let split = Corpus(documents: documents, rules: rules)
    #expect(split.initiatives.filter { $0.name.en == "Technology Talent Admission Scheme" }.count == 2)
  }

  @Test func ignoredNamesAreNoInitiative() throws {
    let rules = InitiativeRules(ignore: ["技術轉移處", "the Technology Transfer Office"])
    let corpus = Corpus(documents: documents, rules: rules)
    #expect(!corpus.initiatives.contains { $0.name.en == "Technology Transfer Office" || $0.name.zh == "技術轉移處" })
  }

  /// A build keeps each document's names and gives them to the next build's corpus.
  @Test func namesFoundBeforeMakeTheSameInitiatives() throws {
    #expect(corpus.names.count == documents.count)
    #expect(corpus.names.allSatisfy { !$0.isEmpty })
    let known = corpus.names.indices.map { $0 % 2 == 0 ? corpus.names[$0] : nil }
    let again = Corpus(documents: documents, rules: try corpusRules(), names: known)
    #expect(again.initiatives == corpus.initiatives)
    #expect(again.names == corpus.names)
    // The names given are taken as they are, not found again.
    let ignoring = Corpus(
      documents: documents, rules: InitiativeRules(ignore: ["技術轉移處", "Technology Transfer Office"]))
    let given = Corpus(documents: documents, names: ignoring.names)
    #expect(!given.initiatives.contains { $0.name.en == "Technology Transfer Office" })
    #expect(Corpus(documents: documents).initiatives.contains { $0.name.en == "Technology Transfer Office" })
  }

  @Test func budgetsCompared() throws {
    let comparison = try #require(corpus.comparison(toEarlierOf: try document("2024-25-budget-itib.txt")))
    #expect(comparison.earlier == (try document("2023-24-budget-itib.txt")))
    #expect(corpus.comparison(toLaterOf: try document("2023-24-budget-itib.txt")) == comparison)
    let changes = status(of: comparison)
    #expect(
      changes == [
        "AI Subsidy Scheme": .new, "New Industrialisation Acceleration Scheme": .new,
        "Research, Academic and Industry Sectors One-plus Scheme": .continued,
        "Technology Transfer Office": .continued, "New Industrialisation Funding Scheme": .continued,
        "Technology Voucher Programme": .dropped,
      ])
    let office = try change("Technology Transfer Office", in: comparison)
    #expect(office.figuresChanged)
    #expect(office.earlierMoney.map { $0.en?.written } == ["$8 million"])
    #expect(office.laterMoney.map { $0.en?.written } == ["$16 million"])
    #expect(!(try change("Research, Academic and Industry Sectors One-plus Scheme", in: comparison)).figuresChanged)
    #expect(!(try change("New Industrialisation Funding Scheme", in: comparison)).figuresChanged)
    // Area by area: the new and continued in the later Budget's areas, then what the earlier dropped.
    #expect(
      comparison.sections.map { [$0.document, $0.area] } == [
        [comparison.later, 0], [comparison.later, 1], [comparison.earlier, 1],
      ])
  }

  @Test func policyAddressesCompared() throws {
    let comparison = try #require(corpus.comparison(toEarlierOf: try document("2024-policy-address-itib.txt")))
    #expect(comparison.earlier == (try document("2023-policy-address-itib.txt")))
    #expect(
      status(of: comparison) == [
        "I&T Industry-Oriented Fund": .new, "Pilot I&T Accelerator Scheme": .new,
        "Innovation and Technology Venture Fund": .continued, "Hong Kong Microelectronics R&D Institute": .continued,
        "New Industrialisation Acceleration Scheme": .continued, "Technology Talent Admission Scheme": .continued,
        "Frontier Technology Research Support Scheme": .dropped,
      ])
    let fund = try change("Innovation and Technology Venture Fund", in: comparison)
    #expect(fund.figuresChanged)
    #expect(fund.earlierMoney.map(FigureTable.amount) == [2_000_000_000])
    #expect(fund.laterMoney.map(FigureTable.amount) == [1_500_000_000])
    #expect((try change("New Industrialisation Acceleration Scheme", in: comparison)).figuresChanged)
    #expect(!(try change("Hong Kong Microelectronics R&D Institute", in: comparison)).figuresChanged)
  }

  @Test func onlyConsecutiveAddressesOfOneKindAreCompared() throws {
    #expect(corpus.comparisons.count == 2)
    #expect(corpus.comparison(toEarlierOf: try document("2023-policy-address-itib.txt")) == nil)
    #expect(corpus.comparison(toEarlierOf: try document("2023-24-budget-itib.txt")) == nil)
  }

  func status(of comparison: Comparison) -> [String: Comparison.Change.Status] {
    var result: [String: Comparison.Change.Status] = [:]
    for change in comparison.sections.flatMap(\.changes) {
      result[corpus.initiatives[change.initiative].name.en ?? "?"] = change.status
    }
    return result
  }

  func change(_ english: String, in comparison: Comparison) throws -> Comparison.Change {
    try #require(
      comparison.sections.flatMap(\.changes).first { corpus.initiatives[$0.initiative].name.en == english })
  }
}

extension CorpusTests {
  /// A bullet's initiatives come in the order it names them, not in the order of the whole
  /// corpus, which a newer address changes: its page links them so, and stays as it was.
  @Test func aBulletsInitiativesInTheOrderItNamesThem() throws {
    func deck(_ date: String, _ title: String, bullet: (String, String)) throws -> Document {
      let text =
        "\(title.split(separator: "/")[0])\n\(title.split(separator: "/")[1])\n\n\(date)\n\n\n\n"
        + "# 1. 培育人才\n# 1. Nurture talent\n\n- \(bullet.0)\n\(bullet.1)\n\n"
      return try #require(DocumentReader.read(Array(text.utf8), path: "\(date).txt").document)
    }
    let policyAddress = try deck(
      "16/10/2024", "行政長官2024年施政報告/Chief Executive's 2024 Policy Address",
      bullet: ("中學IT創新實驗室、奇趣IT識多啲", "IT Innovation Lab in Secondary Schools, Knowing More About IT"))
    let budget = try deck(
      "26/2/2025", "2025-26年度財政預算案/2025-26 Budget",
      bullet: (
        "增撥**1億3,400萬元**推行「**奇趣IT識多啲計劃**」",
        "Allocate **\\$134 million** under the “**Knowing More About IT**” Programme"
      ))
    // Newest first: the Budget's initiative comes first in the corpus.
    let corpus = Corpus(documents: [budget, policyAddress])
    #expect(corpus.initiatives.map(\.name.en) == ["Knowing More About IT", "IT Innovation Lab in Secondary Schools"])
    let bullet = ItemPlace(area: 0, topic: nil, path: [0])
    #expect(
      corpus.initiativesByItem[1][bullet].map { $0.map { corpus.initiatives[$0].name.en } } == [
        "IT Innovation Lab in Secondary Schools", "Knowing More About IT",
      ])
  }
}
