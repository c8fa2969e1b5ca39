import DiglotModel
import DiglotReader
import Testing

/// A title slide to put in front of the text under test.
let titleSlide = "2024-25年度財政預算案\n\n2024-25 Budget\n\n29/2/2024\n\n\n"

/// The first area's topics of a deck made of the title slide and `body`.
func topics(_ body: String) throws -> [Topic] {
  let document = try #require(read(titleSlide + body).document)
  return try #require(document.areas.first).topics
}

/// The first topic of the first area of a deck made of the title slide and `body`.
func firstTopic(_ body: String) throws -> Topic {
  try #require(try topics(body).first)
}

func items(_ blocks: [Block]) -> [Item] {
  blocks.compactMap { if case .item(let item) = $0 { item } else { nil } }
}

@Suite struct ReaderTests {
  @Test func headingLevelsThatDisagreePairByPosition() throws {
    let topic = try firstTopic("# 1.範疇\n\nArea\n\n## 人工智能\n\n### Artificial Intelligence (AI)\n\n- ◆ 要點\n\nPoint\n")
    #expect(topic.title.zh?.plainText == "人工智能")
    #expect(topic.title.en?.plainText == "Artificial Intelligence (AI)")
    #expect(items(topic.blocks).map { $0.text.en?.plainText } == ["Point"])
  }

  @Test func englishOnTheNextLineOrTheNextParagraph() throws {
    let topic = try firstTopic(
      "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 甲要點  \nPoint A\n- 乙要點\n\nPoint B\n\n- 丙要點\n  Point C\n")
    #expect(items(topic.blocks).map { $0.text.zh?.plainText } == ["甲要點", "乙要點", "丙要點"])
    #expect(items(topic.blocks).map { $0.text.en?.plainText } == ["Point A", "Point B", "Point C"])
  }

  @Test func wrappedLinesJoinChineseWithoutASpaceAndEnglishWithOne() throws {
    let document = try #require(
      read(titleSlide + "完善創科生態圈，\n推進香港新型工業化\n\nEnhance the local I&T ecosystem\nand promote new industrialisation\n")
        .document)
    let paragraph = try #require(document.front.first?.texts.first)
    #expect(paragraph.zh?.plainText == "完善創科生態圈，推進香港新型工業化")
    #expect(paragraph.en?.plainText == "Enhance the local I&T ecosystem and promote new industrialisation")
    #expect(paragraph.zh?.range.start == SourcePosition(line: 8, column: 1))
    #expect(paragraph.zh?.range.end == SourcePosition(line: 9, column: 9))
  }

  @Test func aChineseLineThatBreaksBetweenEnglishWordsJoinsWithASpace() throws {
    let topic = try firstTopic(
      "# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n\n"
        + "◆ 設立「生命健康創新科研中心 InnoLife\nHealthtech Hub」，為初創企業提供\n支援\n"
        + "◆ Set up the InnoLife Healthtech Hub\n")
    #expect(
      items(topic.blocks).map(\.text.zh?.plainText) == ["設立「生命健康創新科研中心 InnoLife Healthtech Hub」，為初創企業提供支援"])
  }

  /// A Chinese bullet that wraps inside an English name may leave a line of English words, but
  /// the quotation it closes keeps it in the Chinese bullet. An English line that quotes a name
  /// of its own is the translation, as always.
  @Test func englishWordsThatCloseAChineseQuotationGoOnInTheChineseBullet() throws {
    let topic = try firstTopic(
      "# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n\n"
        + "◆ 在港深創新及科技園設立「生命健康創新科研中心 InnoLife\nHealthtech Hub」\n"
        + "◆ Set up the InnoLife Healthtech Hub\n"
        + "- 設立「創科產業引導基金」\nSet up the 「I&T Industry-Oriented Fund」\n")
    #expect(
      items(topic.blocks).map { [$0.text.zh?.plainText, $0.text.en?.plainText] } == [
        ["在港深創新及科技園設立「生命健康創新科研中心 InnoLife Healthtech Hub」", "Set up the InnoLife Healthtech Hub"],
        ["設立「創科產業引導基金」", "Set up the 「I&T Industry-Oriented Fund」"],
      ])
  }

  /// A compound word broken at its hyphen keeps it and no space; a dash between spaces keeps both.
  @Test func anEnglishLineThatBreaksAfterAWordsHyphenJoinsWithoutASpace() throws {
    let topic = try firstTopic(
      "# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n\n◆ 繼續資助公帑資助小學\n"
        + "◆ Continue subsidising publicly-\nfunded primary schools -\nfor two years\n")
    #expect(
      items(topic.blocks).map(\.text.en?.plainText) == [
        "Continue subsidising publicly-funded primary schools - for two years"
      ])
  }

  @Test func bulletGlyphsCarryTheNesting() throws {
    let body = """
      # 1.範疇

      Area

      ## 題目

      Topic

      #### ◆ 母要點：

      Parent:

      #### ➤ 子要點一

      Child one

      - ➢ 子要點二
      Child two

      • 第二要點
      Second point
        ▪ 第二子要點
        Second child
      ■ 第三要點
      Third point
      """
    let topic = try firstTopic(body)
    let bullets = items(topic.blocks)
    #expect(bullets.map { $0.text.zh?.plainText } == ["母要點：", "第二要點", "第三要點"])
    #expect(bullets[0].children.map { $0.text.en?.plainText } == ["Child one", "Child two"])
    #expect(bullets[1].children.map { $0.text.zh?.plainText } == ["第二子要點"])
    #expect(bullets[2].children.isEmpty)
  }

  /// Bullets as text extraction writes them from decks whose bullets are set in a symbol font:
  /// characters of Unicode's private use area (Symbol's `\u{F0B7}` bullet, Wingdings' `\u{F0A7}`
  /// square, `\u{F0D8}` arrowhead and `\u{F0FC}` tick), and Word's `o` for the second level. None
  /// of them is text; a deeper level is indented, as for other glyphs.
  @Test func bulletsFromSymbolFontsAreBulletsAndNotText() throws {
    let body = """
      # 1.範疇

      Area

      ## 題目

      Topic

      \u{F0B7} 第一要點
      \u{F0B7} First point
      o 子要點
      o Child point
          \u{F0A7} 孫要點
          \u{F0A7} Grandchild point
      \u{F0D8} 第二子要點
      \u{F0D8} Second child
      \u{F0FC} 第二要點
      \u{F0FC} Second point
      ✓ 第三要點
      ✓ Third point
      """
    let bullets = items(try firstTopic(body).blocks)
    #expect(bullets.map { $0.text.zh?.plainText } == ["第一要點", "第二要點", "第三要點"])
    #expect(bullets.map { $0.text.en?.plainText } == ["First point", "Second point", "Third point"])
    #expect(bullets[0].children.map { $0.text.en?.plainText } == ["Child point", "Second child"])
    #expect(bullets[0].children[0].children.map { $0.text.en?.plainText } == ["Grandchild point"])
  }

  @Test func aSymbolFontCharacterInsideTheTextIsKeptAndWarned() throws {
    let result = read(titleSlide + "# 1.範疇\n\nArea\n\n- 要點\u{F0E0}說明\n\nPoint\n")
    #expect(result.document?.areas.first?.blocks.isEmpty == false)
    #expect(
      result.diagnostics.map(\.description).contains(
        "test.txt:12:5: warning: U+F0E0, a character of a symbol font that browsers show as a box, is kept in the "
          + "text; write the character it stands for"))
  }

  @Test func aWordStartingWithOIsNoBullet() throws {
    let topic = try firstTopic("# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 要點\n\nPoint\n\nonline services\n")
    #expect(items(topic.blocks).count == 1)
  }

  @Test func dashAndGlyphMakeOneBullet() throws {
    let topic = try firstTopic("# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- ◆ 要點\n\nPoint\n")
    #expect(items(topic.blocks).count == 1)
    #expect(items(topic.blocks).first?.text.zh?.plainText == "要點")
  }

  /// English headings numbered in Roman numerals, beside Chinese ones numbered `一、`: the numbers
  /// pair the headings and number the areas, and neither is left in the titles.
  @Test func romanNumeralsNumberEnglishHeadings() throws {
    let body = """
      # 一、鞏固科研優勢

      # I. Consolidating strengths in research

      - ◆ 要點

      Point

      # 二、發展數字經濟

      # II. Developing the digital economy

      - ◆ 要點

      Point

      # 四、培育人才

      # IV. Nurturing talent

      - ◆ 要點

      Point
      """
    let document = try #require(read(titleSlide + body).document)
    #expect(document.areas.map(\.number) == [1, 2])
    #expect(
      document.areas.map { $0.title.en?.plainText } == [
        "Consolidating strengths in research", "Developing the digital economy",
      ])
    // Area 4 does not follow area 2: a topic of area 2, as an Arabic 4 would be.
    #expect(document.areas.last?.topics.map { $0.title.en?.plainText } == ["Nurturing talent"])
  }

  /// Lines whose start is no Roman numeral, or one with nothing after it, keep their text whole.
  @Test(arguments: ["IIII. Text", "VV. Text", "IC. Text", "I.Text", "Item. Text", "XL. Text", "I."])
  func whatIsNoRomanNumeral(_ line: String) throws {
    let document = try #require(read(titleSlide + "# 1. 範疇\n\nArea\n\n" + line + "\n").document)
    let texts = try #require(document.areas.first).blocks.map { block -> String? in
      switch block {
      case .paragraph(let text): text.en?.plainText
      case .item(let item): item.text.en?.plainText
      default: nil
      }
    }
    #expect(texts == [line])
  }

  @Test func enumeratedBullets() throws {
    let body = "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n（一）第一項\nFirst\n(a) 細項\nDetail\n（二）第二項\nSecond\n"
    let bullets = items(try firstTopic(body).blocks)
    #expect(bullets.map { $0.text.zh?.plainText } == ["第一項", "第二項"])
    #expect(bullets.map { $0.text.en?.plainText } == ["First", "Second"])
    #expect(bullets[0].children.map { $0.text.en?.plainText } == ["Detail"])
  }

  @Test func numberedAreasRepeatedOnEverySlideContinueTheArea() throws {
    let body =
      "# 1.第一範疇\n\nFirst area\n\n## 甲\n\nA\n\n- 甲一\nA one\n\n\n\n# 1.第一範疇\n\nFirst area\n\n## 乙\n\nB\n\n- 乙一\nB one\n\n\n## 2. 第二範疇\n\nSecond area\n\n### 丙\n\n#### C\n\n- 丙一\nC one\n"
    let document = try #require(read(titleSlide + body).document)
    #expect(document.areas.map(\.number) == [1, 2])
    #expect(document.areas.map { $0.topics.map { $0.title.en?.plainText } } == [["A", "B"], ["C"]])
    #expect(document.areas[1].title.zh?.plainText == "第二範疇")
  }

  @Test func plainAreasAnnouncedOnTheOverview() throws {
    let body =
      "甲範疇\n\nArea A\n\n乙範疇\n\nArea B\n\n甲範疇\n\nArea A\n\n題目一\n\nTopic one\n\n- 要點\nPoint\n\n乙範疇\n\nArea B\n\n題目二\n\nTopic two\n\n- 要點二\nPoint two\n"
    let document = try #require(read(titleSlide + body).document)
    #expect(document.areas.map { $0.title.en?.plainText } == ["Area A", "Area B"])
    #expect(document.areas.map { $0.number } == [nil, nil])
    #expect(document.areas.map { $0.topics.map { $0.title.en?.plainText } } == [["Topic one"], ["Topic two"]])
    #expect(document.front.count == 2)
  }

  /// A bullet's language is that of its text outside brackets and corner quotes: a long English
  /// name in brackets leaves a Chinese bullet Chinese, and a Chinese name leaves an English one
  /// English.
  @Test func aNameInBracketsDoesNotChangeTheLanguage() throws {
    let topic = try firstTopic(
      "# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n\n"
        + "◆ 推行「科技券」計劃（Technology Voucher Programme）\n◆ Launch the Technology Voucher Programme\n"
        + "◆ 撥款2億元推行計劃\n◆ Allocate $200 million to launch the TVP (科技券)\n"
        + "◆ 推廣「香港品牌」\n◆ Promote 「香港品牌」\n")
    #expect(
      items(topic.blocks).map { [$0.text.zh?.plainText, $0.text.en?.plainText] } == [
        ["推行「科技券」計劃（Technology Voucher Programme）", "Launch the Technology Voucher Programme"],
        ["撥款2億元推行計劃", "Allocate $200 million to launch the TVP (科技券)"],
        ["推廣「香港品牌」", "Promote 「香港品牌」"],
      ])
  }

  /// The two languages often number one level differently: `（一）` beside `(a)`, `(2)` beside
  /// `(ii)`. Bracketed numbers pair by their value; a different value is no counterpart.
  @Test func bracketedNumbersPairByTheirValueAcrossLevels() throws {
    let document = try #require(
      read(
        titleSlide
          + "# 1. 推動創科發展\n\nPromote I&T development\n\n"
          + "（一）發展創科產業\n\n(a) Develop I&T industries\n\n"
          + "(2) 培育人才\n\n(ii) Nurture talent\n\n"
          + "（三）推動數碼轉型\n\n(d) Promote digital transformation\n"
      ).document)
    let area = try #require(document.areas.first)
    #expect(
      items(area.blocks).map { [$0.text.zh?.plainText, $0.text.en?.plainText] } == [
        ["發展創科產業", "Develop I&T industries"],
        ["培育人才", "Nurture talent"],
        ["推動數碼轉型", nil],
      ])
  }

  /// A slide that goes on with the topic of the slide before marks its heading `（續）` /
  /// `(Cont'd)`: its bullets are the same topic's, under its first title.
  @Test func aHeadingContinuedOnTheNextSlideGoesOnWithItsTopic() throws {
    let slide = "## 人工智能\n\nArtificial Intelligence\n\n◆ 撥款2億元推行計劃\n◆ Allocate $200 million to launch the scheme\n"
    let continued = "\u{0C}## 人工智能（續）\n\nArtificial Intelligence (Cont'd)\n\n◆ 預留3億元\n◆ Earmark $300 million\n"
    let topics = try topics("# 1. 範疇\n\nArea\n\n" + slide + "\n" + continued)
    #expect(topics.map { [$0.title.zh?.plainText, $0.title.en?.plainText] } == [["人工智能", "Artificial Intelligence"]])
    #expect(topics.first.map { items($0.blocks).count } == 2)
  }

  /// Headings that read the same are one topic however their characters are encoded: `兩` as the
  /// compatibility ideograph U+F978 or as U+5169, `é` composed or as `e` and a combining accent.
  @Test func headingsThatReadTheSameAreOneTopicWhateverTheirEncoding() throws {
    func slides(_ first: String, _ second: String) -> String {
      "# 1. 範疇\n\nArea\n\n## \(first)\n\nTopic\n\n◆ 撥款2億元\n◆ Allocate $200 million\n\n"
        + "\u{0C}## \(second)\n\nTopic\n\n◆ 預留3億元\n◆ Earmark $300 million\n"
    }
    for (first, second) in [("\u{5169}地合作", "\u{F978}地合作"), ("計劃Caf\u{E9}", "計劃Cafe\u{301}")] {
      let topics = try topics(slides(first, second))
      #expect(topics.count == 1)
      #expect(topics.first.map { items($0.blocks).count } == 2)
    }
  }

  /// An English line left at the end of the title slide (a subtitle with no Chinese) is kept
  /// there, in English: it does not take the first area heading for its translation.
  @Test func aPlainLineBeforeANumberedHeadingIsNotItsTranslation() throws {
    let result = read(
      "2024-25年度財政預算案\n\n2024-25 Budget\n\nKey initiatives under ITIB\n\n\n# 1. 範疇\n\nArea\n\n## 題目\n\nTopic\n")
    let document = try #require(result.document)
    #expect(document.areas.map { [$0.title.zh?.plainText, $0.title.en?.plainText] } == [["範疇", "Area"]])
    #expect(
      result.diagnostics.map(\.description).contains(
        "test.txt:5:1: warning: English text has no Chinese counterpart; it is kept in English only"))
  }

  @Test func englishBeforeChinese() throws {
    let text =
      "2024-25 Budget\n\n2024-25年度財政預算案\n\n29/2/2024\n\n\n# 1. First area\n\n# 1.第一範疇\n\n## Topic\n\n## 題目\n\n- Allocate **\\$3 billion**\n- 撥款**30億元**\n"
    let document = try #require(read(text).document)
    #expect(document.titleSlide.title.zh?.plainText == "2024-25年度財政預算案")
    let topic = try #require(document.areas.first?.topics.first)
    #expect(topic.title.zh?.plainText == "題目")
    let bullet = try #require(items(topic.blocks).first)
    #expect(bullet.text.zh?.plainText == "撥款30億元")
    #expect(bullet.text.en?.plainText == "Allocate $3 billion")
    #expect(bullet.text.figures.map(\.agreement) == [.agree])
  }

  @Test func crlfByteOrderMarkAndFullWidthSpaces() throws {
    let text =
      "\u{FEFF}2024-25年度財政預算案\r\n\r\n2024-25 Budget\r\n\r\n29/2/2024\r\n\r\n\u{3000}\r\n# 1.範疇\u{3000}\r\n\r\nArea\r\n\r\n## 題目\r\n\r\nTopic\r\n\r\n- ◆\u{3000}要點\r\n\r\nPoint\r\n"
    let document = try #require(read(text).document)
    #expect(document.titleSlide.date == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(document.areas.first?.title.zh?.plainText == "範疇")
    let topic = try #require(document.areas.first?.topics.first)
    let bullet = try #require(items(topic.blocks).first)
    #expect(bullet.text.zh?.plainText == "要點")
    #expect(bullet.text.zh?.range.start == SourcePosition(line: 16, column: 5))
  }

  @Test func markupIsParsedNeverKept() throws {
    let topic = try firstTopic(
      "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**推行\n\nAllocate **\\$3 billion** to the *InnoHK* clusters\n")
    let bullet = try #require(items(topic.blocks).first)
    #expect(bullet.text.zh?.spans == [.plain("撥款"), .strong("30億元"), .plain("推行")])
    #expect(
      bullet.text.en?.spans == [
        .plain("Allocate "), .strong("$3 billion"), .plain(" to the "), .emphasis("InnoHK"), .plain(" clusters"),
      ])
  }

  @Test func htmlInTheInputIsText() throws {
    let topic = try firstTopic("# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款<script>計劃</script>要點\nA & B <b>\n")
    let bullet = try #require(items(topic.blocks).first)
    #expect(bullet.text.zh?.plainText == "撥款<script>計劃</script>要點")
    #expect(bullet.text.en?.plainText == "A & B <b>")
  }

  @Test func titleSlideKindsAndDates() throws {
    let policy = try #require(read("行政長官2024年施政報告\n\nChief Executive's 2024 Policy Address\n\n18/10/2024\n").document)
    #expect(policy.titleSlide.kind == .policyAddress)
    #expect(policy.titleSlide.date?.description == "2024-10-18")
    let other = try #require(read("香港創科發展藍圖\n\nHong Kong I&T Blueprint\n\n1/1/2023\n").document)
    #expect(other.titleSlide.kind == .other)
    #expect(other.titleSlide.date?.description == "2023-01-01")
  }
}

@Suite struct TitleDateTests {
  @Test(arguments: [
    "29/2/2024", "29/02/2024", "2024年2月29日", "２０２４年２月２９日", "2024 年 2 月 29 日", "二〇二四年二月二十九日",
    "二零二四年二月二十九日", "29 February 2024", "February 29, 2024", "2024年2月29日（星期四）", "2024年2月29日 (星期四)",
    "二〇二四年二月二十九日（週四）", "29 February 2024 (Thursday)", "Thursday, 29 February 2024", "Thu, 29 February 2024",
    "29.2.2024", "29-2-2024", "2024-02-29", "2024/2/29", "2024.2.29", "29 Feb 2024", "Feb 29, 2024",
    "29th February 2024",
    "29th Feb. 2024", "FEB 29, 2024", "February 29,2024", "29 February 2024,",
  ])
  func everyFormOfTheDate(_ written: String) {
    let result = read("2024-25年度財政預算案\n\n2024-25 Budget\n\n\(written)\n")
    #expect(result.document?.titleSlide.date == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(!result.hasErrors)
  }

  /// Months and days in Chinese numerals, from 一 to 三十一, and a year written with 〇.
  @Test(arguments: [
    ("二〇二四年十月十六日", CalendarDate(year: 2024, month: 10, day: 16)),
    ("二〇二三年十二月三十一日", CalendarDate(year: 2023, month: 12, day: 31)),
    ("二〇二五年一月十日", CalendarDate(year: 2025, month: 1, day: 10)),
    ("二〇二五年十一月二十日", CalendarDate(year: 2025, month: 11, day: 20)),
  ])
  func datesInChineseNumerals(_ written: String, date: CalendarDate) {
    #expect(read("2024年施政報告\n\n2024 Policy Address\n\n\(written)\n").document?.titleSlide.date == date)
  }

  @Test func aDayOfTheWeekThatIsNotTheDatesIsAnError() {
    let result = read("2024-25年度財政預算案\n\n2024-25 Budget\n\n2024年2月29日（星期五）\n")
    #expect(result.document?.titleSlide.date == nil)
    #expect(
      result.diagnostics.map(\.description).contains(
        "test.txt:5:1: error: the date 2024年2月29日（星期五） says Friday, but 2024-02-29 is a Thursday; "
          + "correct the date or its day of the week"))
  }

  /// Lines that look a little like dates are no dates: no year of four digits, or a word that
  /// is no month's name nor its first three letters.
  @Test(arguments: [
    "1.2.3", "2024-25", "29 Febr 2024", "29 Fe 2024", "29th of February", "2024-2-29-1", "29x Feb 2024",
  ])
  func noDate(_ written: String) {
    #expect(read("2024-25年度財政預算案\n\n2024-25 Budget\n\n\(written)\n").document?.titleSlide.date == nil)
  }

  @Test func anImpossibleDateInChineseNumeralsIsAnError() {
    let result = read("2024-25年度財政預算案\n\n2024-25 Budget\n\n二〇二四年二月三十日\n")
    #expect(result.document?.titleSlide.date == nil)
    #expect(
      result.diagnostics.map(\.description).contains {
        $0.contains(":5:1: error: impossible date 二〇二四年二月三十日")
      })
  }
}
