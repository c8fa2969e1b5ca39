import DiglotModel
import DiglotReader
import DiglotTestSupport
import DiglotXML
import Foundation
import Testing

@testable import DiglotSite

/// Small documents built by hand, and helpers to read generated pages back.
enum Fixtures {
  static func inline(_ spans: Span..., file: String = "test.txt", line: Int = 1) -> Inline {
    Inline(
      spans: spans,
      range: SourceRange(file: file, start: .init(line: line, column: 1), end: .init(line: line, column: 1)))
  }

  static func text(_ zh: String?, _ en: String?, figures: [Figure] = []) -> Bilingual {
    Bilingual(zh: zh.map { inline(.plain($0)) }, en: en.map { inline(.plain($0)) }, figures: figures)
  }

  /// A money figure in both languages, each written right after the text before it (as the
  /// reader places it: UTF-8 offsets in the plain text).
  static func money(
    _ zh: String, after zhBefore: String, _ en: String, after enBefore: String, _ value: Decimal,
    qualifier: Qualifier? = nil
  ) -> Figure {
    func amount(_ written: String, after before: String) -> Amount {
      let start = before.utf8.count
      return Amount(
        written: written, values: [value], qualifier: qualifier, offsets: start..<start + written.utf8.count)
    }
    return Figure(kind: .money, zh: amount(zh, after: zhBefore), en: amount(en, after: enBefore), agreement: .agree)
  }

  /// A budget with two areas: topics, a bullet with a sub-bullet, Chinese-only labels and note,
  /// money figures.
  static let budget = Document(
    file: "Input/2024-25-budget-itib.txt",
    titleSlide: TitleSlide(
      kind: .budget, date: CalendarDate(year: 2024, month: 2, day: 29), title: text("2024-25年度財政預算案", "2024-25 Budget"),
      subtitle: text("創新科技及工業局相關重點措施", "Key initiatives under ITIB"),
      bureau: text("創新科技及工業局", "Innovation, Technology and Industry Bureau")),
    front: [
      .labels([text("產業", nil), text("人才", nil)]),
      .paragraph(text("重點措施領域", "Areas of key initiatives")),
    ],
    areas: [
      Area(
        number: 1,
        title: text(
          "鞏固香港科研優勢、促進創科產業發展",
          "Consolidate Hong Kong's strengths in scientific research and promote development of I&T industries"),
        topics: [
          Topic(
            title: text("人工智能", "Artificial Intelligence (AI)"),
            blocks: [
              .item(
                Item(
                  text: Bilingual(
                    zh: inline(.plain("撥款"), .strong("30億元"), .plain("推行為期三年的人工智能資助計劃")),
                    en: inline(
                      .plain("Allocate "), .strong("$3 billion"), .plain(" to launch a three-year AI subsidy scheme")),
                    figures: [money("30億元", after: "撥款", "$3 billion", after: "Allocate ", 3_000_000_000)]))),
              .item(
                Item(
                  text: Bilingual(
                    zh: inline(.plain("從已宣布預留的"), .strong("100億元"), .plain("：")),
                    en: inline(.plain("From the "), .strong("$10 billion"), .plain(" earmarked:")),
                    figures: [money("100億元", after: "從已宣布預留的", "$10 billion", after: "From the ", 10_000_000_000)]),
                  children: [Item(text: text("成立兩所研究院", "Establish two research institutes"))])),
              .note(text("註：有關計劃將於年內推出", nil)),
            ]),
          Topic(
            title: text("微電子研發", "R&D of Microelectronics"),
            blocks: [.item(Item(text: text("成立「香港微電子研發院」", "Establish the Hong Kong Microelectronics R&D Institute")))]),
        ]),
      Area(
        number: 2, title: text("發展創科基建", "Develop I&T infrastructure"),
        topics: [
          Topic(
            title: text("新型工業化", "New industrialisation"),
            blocks: [
              .paragraph(
                text(
                  "約1.8億元推動新型工業化", "About $180 million to promote new industrialisation",
                  figures: [
                    money("1.8億元", after: "約", "$180 million", after: "About ", 180_000_000, qualifier: .about)
                  ]))
            ])
        ]),
    ],
    closing: [.paragraph(text("齊心協力　再創高峰", "Together we scale new heights"))])

  /// An earlier policy address with one area.
  static let policyAddress = Document(
    file: "Input/2023-policy-address-itib.txt",
    titleSlide: TitleSlide(
      kind: .policyAddress, date: CalendarDate(year: 2023, month: 10, day: 25),
      title: text("行政長官2023年施政報告", "The Chief Executive's 2023 Policy Address")),
    areas: [
      Area(
        number: 1, title: text("匯聚創科人才", "Attracting I&T talents"),
        topics: [Topic(title: text("人才", "Talent"), blocks: [.item(Item(text: text("吸引人才", "Attract talent")))])])
    ])

  static let templates: Templates = {
    let (templates, diagnostics) = Templates.load(from: packageRoot.appendingPathComponent("Templates"))
    precondition(diagnostics.isEmpty, "\(diagnostics)")
    return templates!
  }()

  /// The date the fixtures' pages give as their last revision.
  static let revised = CalendarDate(year: 2026, month: 11, day: 27)

  /// The two examples of `Input/`, read as `diglot` reads them.
  static func inputDocuments() throws -> [Document] {
    try ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"].map { name in
      let bytes = [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Input/" + name)))
      return try #require(DocumentReader.read(bytes, path: "Input/" + name).document)
    }
  }

  static func site(_ documents: [Document] = [budget, policyAddress], options: SiteOptions = SiteOptions()) -> [String:
    SiteFile]
  {
    Dictionary(
      uniqueKeysWithValues: SiteGenerator.generate(documents, templates: templates, options: options, revised: revised)
        .map { ($0.path, $0) })
  }

  static func html(_ file: SiteFile?) -> [MarkupElement] {
    guard let file else { return [] }
    return HTML.parse(file.contents).nodes.allElements
  }
}

extension SiteFile {
  var text: String { String(decoding: contents, as: UTF8.self) }
}
