import DiglotModel
import DiglotReader
import Testing

/// Lines whose marker lacks its space (`#2. …`, `##Title`, `-◆ …`): read as meant, and pointed out.
@Suite struct MarkerTypoTests {
  /// Two numbered areas, the second heading typed without its space after `#`.
  let deck =
    titleSlide
    + "# 1.鞏固科研優勢\n\nStrengthen research\n\n## 人工智能\n\nAI\n\n- 要點一\n\nPoint one\n\n\n"
    + "#2. 發展數字經濟\n\nDevelop the digital economy\n\n##數據\n\n### Data\n\n-◆ 要點二\n\nPoint two\n"

  @Test func aHeadingWithNoSpaceAfterItsHashesIsReadAsAHeadingAndReported() throws {
    let result = read(deck)
    let document = try #require(result.document)
    // The topic after the mistyped heading stays in its own area, not in the one before.
    #expect(document.areas.map(\.number) == [1, 2])
    #expect(document.areas.map { $0.title.zh?.plainText } == ["鞏固科研優勢", "發展數字經濟"])
    #expect(document.areas[1].topics.map { $0.title.zh?.plainText } == ["數據"])
    #expect(document.areas[0].topics.map { $0.title.zh?.plainText } == ["人工智能"])
    let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
    #expect(
      warnings == [
        "test.txt:21:1: warning: no space after `#`: read as a level-1 heading; write a space after it if that is right",
        "test.txt:25:1: warning: no space after `##`: read as a level-2 heading; write a space after it if that is right",
        "test.txt:29:1: warning: no space after `-`: read as a bullet; write a space after it if that is right",
      ])
  }

  @Test func aListMarkerRightBeforeABulletGlyphIsOneBullet() throws {
    let topic = try #require(read(deck).document?.areas.last?.topics.first)
    #expect(topic.blocks.count == 1)
    guard case .item(let item) = topic.blocks.first else {
      Issue.record("expected a bullet, got \(topic.blocks)")
      return
    }
    #expect(item.text.zh?.plainText == "要點二")
    #expect(item.text.en?.plainText == "Point two")
    // The text starts after the marker and the glyph: `-◆ 要` puts `要` in column 4.
    #expect(item.text.zh?.range.start == SourcePosition(line: 29, column: 4))
  }

  @Test func aLoneHashIsReadAsTextAndReported() throws {
    let body = "# 1.範疇\n\nArea\n\n#\n\n## 題目\n\nTopic\n\n- 要點\n\nPoint\n"
    let result = read(titleSlide + body)
    let area = try #require(result.document?.areas.first)
    #expect(area.topics.map { $0.title.zh?.plainText } == ["題目"])
    #expect(
      result.diagnostics.map(\.description) == [
        noOverviewNote("8:5"),
        "test.txt:12:1: warning: lone `#` with no heading after it: read as text; write the heading after it, or remove it",
      ])
  }

  /// Text that merely starts with a sign is not a mistyped marker.
  @Test func ordinaryTextIsNotReported() {
    let body = "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 增長-5%\n\n-5% growth\n\n- **重點**\n\n**Key**\n"
    #expect(read(titleSlide + body).diagnostics.map(\.description) == [noOverviewNote("8:5")])
  }
}
