import DiglotModel
import DiglotReader
import Foundation
import Testing

@testable import DiglotSite

/// One long line with thousands of figures in each language, read and rendered whole. Placing the
/// figures used to take time cubic in their number (6,400 took minutes); every step is now one pass
/// over the line, and the page it gives has a node per span piece, no more. (`scripts/bench-limits`
/// times a line of a megabyte with 50,000 figures.)
@Suite struct LongLineTests {
  static let figures = 4_000

  /// A deck whose only bullet is one long Chinese line and its English line, with `figures`
  /// amounts in each: every third in bold, every other one after `about`; the values repeat.
  static let deck: String = {
    var zh = "- "
    var en = ""
    for index in 0..<figures {
      let hundredMillions = index % 997 + 1
      if index % 3 == 0 {
        zh += "撥款**\(hundredMillions)億元**推行計劃，"
        en += "allocate **\\$\(hundredMillions)00 million** to the scheme, "
      } else {
        zh += "約\(hundredMillions)億元，"
        en += "about \\$\(hundredMillions)00 million, "
      }
    }
    return "2024-25年度財政預算案\n2024-25 Budget\n\n29/2/2024\n\n\n# 1. 長行\n# 1. Long line\n\n\(zh)\n\(en)\n"
  }()

  @Test func aLongLineWithThousandsOfFiguresIsReadAndMarkedUpInFull() throws {
    #expect(Self.deck.utf8.count > 150_000)
    let read = DocumentReader.read(Array(Self.deck.utf8), path: "long.txt")
    let document = try #require(read.document)
    let bullet = try #require(
      document.areas.first?.blocks.first.flatMap { block -> Item? in
        if case .item(let item) = block { item } else { nil }
      })
    #expect(bullet.text.figures.count == Self.figures)
    #expect(bullet.text.figures.allSatisfy { $0.agreement == .agree })

    let site = Fixtures.site([document])
    let expected = (0..<Self.figures).map { String(($0 % 997 + 1) * 100_000_000) }
    for path in ["zh-hant/2024-02-29-budget/1-long-line/index.html", "en/2024-02-29-budget/1-long-line/index.html"] {
      // Read as text: the HTML parser's positions cost time per tag on a line, made for templates.
      let page = try #require(site[path]).text
      let values = page.components(separatedBy: "<data value=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
      #expect(values.map(String.init) == expected, "\(path)")
      // Linear output: the page is the line's text with a few tags a figure, nothing repeated.
      #expect(page.utf8.count < 2 * Self.deck.utf8.count, "\(path)")
    }
  }
}
