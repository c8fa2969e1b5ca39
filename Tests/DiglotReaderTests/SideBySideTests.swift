import DiglotModel
import DiglotReader
import Testing

/// Both languages on one line: two columns side by side, as a converter writes a slide whose
/// Chinese and English text boxes stand next to each other, and `中文 / English`.
@Suite struct SideBySideTests {
  /// The items of the first topic of a deck whose first area has the topic `題目` / `Topic`.
  private func sides(_ body: String) throws -> [[String?]] {
    let topic = try firstTopic("# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n\n" + body)
    return items(topic.blocks).map { [$0.text.zh?.plainText, $0.text.en?.plainText] }
  }

  @Test func englishOnTheLeftAndChineseOnTheRight() throws {
    #expect(
      try sides("◆ Earmark $500 million for the scheme        ◆ 預留5億元推行計劃\n")
        == [["預留5億元推行計劃", "Earmark $500 million for the scheme"]])
  }

  @Test func eachColumnGoesOnBelowOnItsOwn() throws {
    let body = """
      ◆ 撥款30億元推行為期三年的      ◆ Allocate $3 billion to launch a
        人工智能資助計劃                three-year AI subsidy scheme
                                        for universities

      """
    #expect(
      try sides(body)
        == [["撥款30億元推行為期三年的人工智能資助計劃", "Allocate $3 billion to launch a three-year AI subsidy scheme for universities"]])
  }

  /// Where both columns mark their items, each column starts its next item where its own marker
  /// is: a column that wraps onto more lines goes on beside the other column's next item.
  @Test func aColumnThatWrapsLongerGoesOnBesideTheOthersNextItem() throws {
    let chineseLonger = """
      ◆ 撥款30億元推行為期三年的      ◆ Allocate $3 billion for AI
        人工智能資助計劃，資助        ◆ Earmark $500 million for
        本地大學                        the scheme
      ◆ 預留5億元推行計劃

      """
    let englishLonger = """
      ◆ 預留3億元加強網絡安全         ◆ Earmark $300 million to
      ◆ 撥款2億元推行計劃               strengthen cyber security
                                      ◆ Allocate $200 million to
                                        launch the scheme

      """
    #expect(
      try sides(chineseLonger) == [
        ["撥款30億元推行為期三年的人工智能資助計劃，資助本地大學", "Allocate $3 billion for AI"],
        ["預留5億元推行計劃", "Earmark $500 million for the scheme"],
      ])
    #expect(
      try sides(englishLonger) == [
        ["預留3億元加強網絡安全", "Earmark $300 million to strengthen cyber security"],
        ["撥款2億元推行計劃", "Allocate $200 million to launch the scheme"],
      ])
  }

  /// Where only the Chinese column marks its items, a marker starts an item in both columns.
  @Test func aMarkerInOneColumnOnlyStartsAnItemInBoth() throws {
    let body = """
      ◆ 預留5億元推行計劃          Earmark $500 million for the scheme
      ◆ 撥款3億元加強網絡安全      Allocate $300 million to strengthen
                                   cyber security

      """
    #expect(
      try sides(body) == [
        ["預留5億元推行計劃", "Earmark $500 million for the scheme"],
        ["撥款3億元加強網絡安全", "Allocate $300 million to strengthen cyber security"],
      ])
  }

  /// A bullet whose Chinese ends with an English name, after a gap or a slash, is followed by its
  /// English bullet on a line of its own (next, or after a blank line): the name is no second
  /// column, and the two bullets pair.
  @Test func aNameInTheOtherLanguageBeforeItsOwnItemIsNoSecondColumn() throws {
    let afterAGap = """
      ◆ 成立生命健康創新科研中心   InnoLife Healthtech Hub
      ◆ Set up the InnoLife Healthtech Hub
      ◆ 撥款2億元推行計劃
      ◆ Allocate $200 million to launch the scheme

      """
    let afterASlash = """
      ◆ 推行「科技券」計劃 / Technology Voucher Programme

      ◆ Launch the Technology Voucher Programme

      """
    #expect(
      try sides(afterAGap) == [
        ["成立生命健康創新科研中心   InnoLife Healthtech Hub", "Set up the InnoLife Healthtech Hub"],
        ["撥款2億元推行計劃", "Allocate $200 million to launch the scheme"],
      ])
    #expect(
      try sides(afterASlash) == [
        ["推行「科技券」計劃 / Technology Voucher Programme", "Launch the Technology Voucher Programme"]
      ])
  }

  /// A plain line whose Chinese ends with an English name after a gap is followed by its English
  /// line, which starts at the left: the name is no second column. An English line indented to
  /// the right-hand column goes on in that column.
  @Test func aPlainLineGoesOnInTheRightHandColumnOnlyWhereItStandsThere() throws {
    func paragraphs(_ body: String) throws -> [[String?]] {
      let document = try #require(read(titleSlide + "# 1. 範疇\n\nArea\n\n" + body).document)
      return try #require(document.areas.first).blocks.compactMap { block in
        if case .paragraph(let text) = block { [text.zh?.plainText, text.en?.plainText] } else { nil }
      }
    }
    #expect(
      try paragraphs("成立生命健康創新科研中心   InnoLife Healthtech Hub\nSet up the InnoLife Healthtech Hub\n") == [
        ["成立生命健康創新科研中心   InnoLife Healthtech Hub", "Set up the InnoLife Healthtech Hub"]
      ])
    #expect(
      try paragraphs("成立生命健康創新科研中心        Set up the InnoLife\n                                Healthtech Hub\n") == [
        ["成立生命健康創新科研中心", "Set up the InnoLife Healthtech Hub"]
      ])
  }

  @Test func aGapInsideTheChineseColumnIsNotTheGapBetweenTheColumns() throws {
    // Split at the first gap, the English side would hold Chinese characters. (The space left
    // between two Chinese characters of a bullet is a converter's, and goes.)
    #expect(
      try sides("◆ 推行計劃  支援初創企業       ◆ Launch the scheme to support start-ups\n")
        == [["推行計劃支援初創企業", "Launch the scheme to support start-ups"]])
  }

  @Test func spacesAroundTheSlashAreNotAColumnGap() throws {
    #expect(
      try sides("- 預留3億元加強網絡安全   /   Earmark $300 million to strengthen cyber security\n")
        == [["預留3億元加強網絡安全", "Earmark $300 million to strengthen cyber security"]])
  }

  @Test func aMarkerIsTakenOffOnlyWhereTheLineHasOne() throws {
    // A plain line whose English starts with a number keeps it: it is text, not a marker.
    let document = try #require(
      read(titleSlide + "# 1. 範疇\n\nArea\n\n前言              2 new measures for the year\n").document)
    let paragraph = try #require(
      document.areas.first?.blocks.compactMap { block -> Bilingual? in
        if case .paragraph(let text) = block { text } else { nil }
      }.first)
    #expect(paragraph.zh?.plainText == "前言")
    #expect(paragraph.en?.plainText == "2 new measures for the year")
  }

  /// Two lines of a Chinese cell beside an English one are a paragraph wrapped in both columns,
  /// as two lines of one language are, not a table.
  @Test func aChineseCellBesideAnEnglishOneIsNoTableButATableOfThreeColumnsStays() throws {
    let document = try #require(
      read(
        titleSlide
          + "# 1. 範疇\n\nArea\n\n人工智能資助計劃        AI Subsidy Scheme\n生命健康研發院          Life and health institutes\n\n"
          + "年度    開支    佔比\n2021    273億元    0.99%\n"
      ).document)
    let blocks = try #require(document.areas.first).blocks
    let tables = blocks.filter { if case .table = $0 { true } else { false } }
    let paragraphs = blocks.compactMap { block -> [String?]? in
      if case .paragraph(let text) = block { [text.zh?.plainText, text.en?.plainText] } else { nil }
    }
    #expect(tables.count == 1)
    #expect(paragraphs == [["人工智能資助計劃生命健康研發院", "AI Subsidy Scheme Life and health institutes"]])
  }
}
