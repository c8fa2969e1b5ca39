import DiglotModel
import Foundation
import Testing

/// The model's own logic: positions and ranges, dates, diagnostics, plain text, and where each
/// figure of a document stands.
@Suite struct ModelTests {
  func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

  func text(_ zh: String?, _ en: String?, line: Int = 1, figures: [Figure] = []) -> Bilingual {
    func inline(_ text: String?) -> Inline? {
      text.map { Inline(spans: [.plain($0)], range: SourceRange(file: "a.txt", start: at(line, 1), end: at(line, 9))) }
    }
    return Bilingual(zh: inline(zh), en: inline(en), figures: figures)
  }

  func figure(_ zh: String, _ en: String) -> Figure {
    Figure(
      kind: .count, zh: Amount(written: zh, values: [1]), en: Amount(written: en, values: [1]), agreement: .agree)
  }

  @Test func positionsOrderByLineThenColumn() {
    #expect(at(1, 9) < at(2, 1))
    #expect(at(2, 1) < at(2, 3))
    #expect(!(at(2, 3) < at(2, 3)))
  }

  @Test func aUnionCoversBothRanges() {
    let first = SourceRange(file: "a.txt", start: at(3, 5), end: at(3, 20))
    let second = SourceRange(file: "a.txt", start: at(2, 7), end: at(3, 1))
    let union = first.union(second)
    #expect(union.start == at(2, 7))
    #expect(union.end == at(3, 20))
    #expect(union.compactDescription == "@2:7-3:20")
  }

  @Test func bilingualRangeIsBothLanguagesTogether() {
    let zh = Inline(spans: [.plain("人才")], range: SourceRange(file: "a.txt", start: at(4, 1), end: at(4, 2)))
    let en = Inline(spans: [.plain("Talent")], range: SourceRange(file: "a.txt", start: at(6, 1), end: at(6, 6)))
    #expect(Bilingual(zh: zh, en: en).range == SourceRange(file: "a.txt", start: at(4, 1), end: at(6, 6)))
    #expect(Bilingual(zh: nil, en: en).range == en.range)
    #expect(Bilingual(zh: nil, en: nil).range == nil)
    #expect(Bilingual(zh: zh, en: nil).isOneSided)
    #expect(!Bilingual(zh: zh, en: en).isOneSided)
    #expect(!Bilingual(zh: nil, en: nil).isOneSided)
  }

  @Test func datesPrintAsYearMonthDayAndOrderByThem() {
    #expect(CalendarDate(year: 2024, month: 2, day: 29).description == "2024-02-29")
    #expect(CalendarDate(year: 987, month: 12, day: 1).description == "0987-12-01")
    #expect(CalendarDate(year: 2023, month: 12, day: 31) < CalendarDate(year: 2024, month: 1, day: 1))
    #expect(CalendarDate(year: 2024, month: 1, day: 31) < CalendarDate(year: 2024, month: 2, day: 1))
  }

  /// Days whose weekday is known: a leap day, a new year on a Saturday, a Sunday at a year's end,
  /// the day of the 2024 Policy Address, the end of a century that was not a leap year.
  @Test(arguments: [
    (CalendarDate(year: 2024, month: 2, day: 29), 4), (CalendarDate(year: 2000, month: 1, day: 1), 6),
    (CalendarDate(year: 2023, month: 12, day: 31), 7), (CalendarDate(year: 2024, month: 10, day: 16), 3),
    (CalendarDate(year: 1900, month: 3, day: 1), 4), (CalendarDate(year: 1997, month: 7, day: 1), 2),
  ])
  func theDayOfTheWeek(_ date: CalendarDate, weekday: Int) {
    #expect(date.weekday == weekday)
  }

  @Test func plainTextDropsTheMarkup() {
    let inline = Inline(
      spans: [.plain("投放"), .strong("30億元"), .emphasis("推動")],
      range: SourceRange(file: "a.txt", start: at(1, 1), end: at(1, 10)))
    #expect(inline.plainText == "投放30億元推動")
  }

  @Test func exactValuesPrintWithoutRounding() {
    #expect(Amount(written: "$3 billion", values: [3_000_000_000]).valueString == "3000000000")
    #expect(Amount(written: "1:2", values: [1, 2]).valueString == "1:2")
    let tenth = Amount(written: "0.1%", values: [Decimal(string: "0.1")!])
    #expect(tenth.valueString == "0.1")
  }

  @Test func aFigureHasTheQualifierOfEitherLanguage() {
    var paired = figure("約30", "30")
    #expect(paired.qualifier == nil)
    paired.en?.qualifier = .about
    #expect(paired.qualifier == .about)
  }

  @Test func diagnosticsPrintInTheCompilerFormat() {
    let diagnostic = Diagnostic(.warning, "no date on the title slide", file: "Input/a\nb.txt", position: at(3, 4))
    #expect(diagnostic.description == "Input/a\\nb.txt:3:4: warning: no date on the title slide")
  }

  @Test func diagnosticsSortByFileThenPositionThenMessage() {
    let list = [
      Diagnostic(.note, "b", file: "b.txt", position: at(1, 1)),
      Diagnostic(.error, "z", file: "a.txt", position: at(2, 1)),
      Diagnostic(.note, "y", file: "a.txt", position: at(1, 5)),
      Diagnostic(.warning, "x", file: "a.txt", position: at(1, 5)),
    ]
    #expect(Diagnostic.sorted(list).map(\.message) == ["x", "y", "z", "b"])
  }

  @Test func namesEscapeWhatCouldSplitOrDisguiseALine() {
    #expect("Input/預算.txt".escapedForDisplay == "Input/預算.txt")
    #expect("a\tb\rc\nd".escapedForDisplay == "a\\tb\\rc\\nd")
    #expect("evil\u{202E}txt.exe".escapedForDisplay == "evil\\u{202E}txt.exe")
    #expect("a\u{2028}b".escapedForDisplay == "a\\u{2028}b")
  }

  @Test func aQuotedNeedleIsFoundWhereItStands() {
    let json = "{\n  \"en\": {\n    \"siteNmae\": \"x\"\n  }\n}\n"
    #expect(SourcePosition.ofQuoted("siteNmae", in: json) == at(3, 5))
    #expect(SourcePosition.ofQuoted("missing", in: json) == at(1, 1))
    #expect(SourcePosition.ofQuoted(nil, in: json) == at(1, 1))
  }

  @Test func placedFiguresStandInReadingOrderWithTheirAreaAndTopic() {
    let document = Document(
      file: "a.txt",
      titleSlide: TitleSlide(kind: .budget, date: nil, title: text("標題1", "Title 1", figures: [figure("1", "1")])),
      front: [.paragraph(text("前言2", "Front 2", figures: [figure("2", "2")]))],
      areas: [
        Area(
          number: 1, title: text("範疇3", "Area 3", figures: [figure("3", "3")]),
          blocks: [
            .item(Item(text: text("項目", "Item"), children: [Item(text: text("4", "4", figures: [figure("4", "4")]))]))
          ],
          topics: [
            Topic(title: text("主題", "Topic")),
            Topic(
              title: text("主題5", "Topic 5", figures: [figure("5", "5")]),
              blocks: [.table(Table(rows: [[text("6", "6", figures: [figure("6", "6")])]], hasHeaderRow: false))]),
          ])
      ],
      closing: [.note(text("7", "7", figures: [figure("7", "7")]))])
    let placed = document.placedFigures
    #expect(placed.map { $0.figure.zh?.written } == ["1", "2", "3", "4", "5", "6", "7"])
    #expect(placed.map(\.area) == [nil, nil, 0, 0, 0, 0, nil])
    #expect(placed.map(\.topic) == [nil, nil, nil, nil, 1, 1, nil])
  }

  @Test func textsComeInReadingOrder() {
    let document = Document(
      file: "a.txt",
      titleSlide: TitleSlide(
        kind: .other, date: nil, title: text("題", "title"), subtitle: text(nil, "subtitle"), bureau: text("局", nil)),
      front: [.labels([text("甲", "label 1"), text("乙", "label 2")])],
      areas: [
        Area(
          number: nil, title: text(nil, "area"),
          blocks: [
            .item(Item(text: text(nil, "item"), children: [Item(text: text(nil, "sub-item"))])),
            .paragraph(text(nil, "paragraph")),
          ],
          topics: [
            Topic(
              title: text(nil, "topic"),
              blocks: [
                .table(
                  Table(
                    rows: [[text(nil, "a1"), text(nil, "b1")], [text(nil, "a2"), text(nil, "b2")]],
                    hasHeaderRow: true))
              ])
          ])
      ],
      closing: [.note(text(nil, "note"))])
    #expect(
      document.texts.map { $0.en?.plainText ?? $0.zh?.plainText } == [
        "title", "subtitle", "局", "label 1", "label 2", "area", "item", "sub-item", "paragraph", "topic", "a1", "b1",
        "a2", "b2", "note",
      ])
    #expect(document.areas[0].blocks[0].texts.map { $0.en?.plainText } == ["item", "sub-item"])
  }

  @Test func eachTextStandsInItsAreaTopicAndBullet() {
    let document = Document(
      file: "a.txt", titleSlide: TitleSlide(kind: .other, date: nil, title: text("題", "title")),
      front: [.item(Item(text: text(nil, "front item")))],
      areas: [
        Area(
          number: 1, title: text(nil, "area"),
          blocks: [
            .paragraph(text(nil, "paragraph")),
            .item(
              Item(
                text: text(nil, "item"),
                children: [
                  Item(text: text(nil, "sub 0")),
                  Item(text: text(nil, "sub 1"), children: [Item(text: text(nil, "sub 1 0"))]),
                ])),
          ],
          topics: [
            Topic(title: text(nil, "topic 0")),
            Topic(
              title: text(nil, "topic 1"),
              blocks: [.note(text(nil, "note")), .item(Item(text: text(nil, "topic item")))]),
          ])
      ])
    var places: [String] = []
    var found: [Place] = []
    document.forEachPlacedText { text, place in
      found.append(place)
      let bullet = place.bullet.map { " bullet \($0.area) \($0.topic.map(String.init) ?? "-") \($0.path)" } ?? ""
      places.append(
        "\(text.en?.plainText ?? "") area \(place.area.map(String.init) ?? "-") topic \(place.topic.map(String.init) ?? "-")"
          + bullet)
    }
    #expect(
      places == [
        "title area - topic -",
        // A bullet outside the areas has a path but is no area's bullet.
        "front item area - topic -",
        "area area 0 topic -",
        "paragraph area 0 topic -",
        "item area 0 topic - bullet 0 - [1]",
        "sub 0 area 0 topic - bullet 0 - [1, 0]",
        "sub 1 area 0 topic - bullet 0 - [1, 1]",
        "sub 1 0 area 0 topic - bullet 0 - [1, 1, 0]",
        "topic 0 area 0 topic 0",
        "topic 1 area 0 topic 1",
        "note area 0 topic 1",
        "topic item area 0 topic 1 bullet 0 1 [1]",
      ])
    // The area walked alone: its texts at the places the whole walk gives them.
    var inArea: [Place] = []
    document.areas[0].forEachPlacedText(at: 0) { _, place in inArea.append(place) }
    #expect(inArea == Array(found.dropFirst(2)))
  }
}
