import DiglotModel
import DiglotReader
import Testing

/// The reader puts each figure where it stands in its text: `Amount.offsets` are UTF-8 offsets
/// into the plain text of the figure's own language, covering the figure as written.
@Suite struct FigurePlacementTests {
  /// What the plain text of `inline` reads at `amount`'s offsets.
  private func text(at amount: Amount, in inline: Inline?) throws -> String {
    let offsets = try #require(amount.offsets)
    let utf8 = Array(try #require(inline).plainText.utf8)
    try #require(offsets.upperBound <= utf8.count)
    return String(decoding: utf8[offsets], as: UTF8.self)
  }

  /// The first bullet of a deck made of the title slide and `body`.
  private func bullet(_ body: String) throws -> Bilingual {
    let front = try #require(read(titleSlide + body).document?.front)
    return try #require(items(front).first).text
  }

  @Test(arguments: ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"])
  func everyFigureOfTheExamplesStandsWhereItIsWritten(_ name: String) throws {
    let result = try readInput(name)
    let document = try #require(result.document)
    var placed = 0
    for text in document.texts {
      for figure in text.figures {
        if let zh = figure.zh {
          #expect(try self.text(at: zh, in: text.zh) == zh.written)
          placed += 1
        }
        if let en = figure.en {
          #expect(try self.text(at: en, in: text.en) == en.written)
          placed += 1
        }
      }
    }
    #expect(placed > 0)
  }

  @Test func markupEscapesAndQualifiersAreNotPartOfThePlace() throws {
    let text = try bullet("- 預留**約30億元**，另撥1億3,400萬元\nEarmark **about \\$3 billion**, and \\$134 million more\n")
    let zh = text.figures.compactMap(\.zh)
    let en = text.figures.compactMap(\.en)
    #expect(zh.map(\.offsets) == [9..<17, 26..<41])
    #expect(try zh.map { try self.text(at: $0, in: text.zh) } == ["30億元", "1億3,400萬元"])
    #expect(try en.map { try self.text(at: $0, in: text.en) } == ["$3 billion", "$134 million"])
    #expect(en.map(\.offsets) == [14..<24, 30..<42])
  }

  @Test func aFigureWrittenTwiceIsPlacedAtEachOccurrence() throws {
    let text = try bullet("- 3億元及另外3億元\n$300 million and another $300 million\n")
    #expect(text.figures.compactMap(\.zh?.offsets) == [0..<7, 16..<23])
    #expect(text.figures.compactMap(\.en?.offsets) == [0..<12, 25..<37])
  }

  @Test func charactersOfSeveralScalarsBeforeAFigureCountInBytes() throws {
    // `é` as e and a combining accent, and a family emoji joined by zero-width joiners.
    let text = try bullet("- 撥款👨‍👩‍👧30億元\nThe cafe\u{301} 👨‍👩‍👧 gets $3 billion\n")
    #expect(try text.figures.compactMap(\.zh).map { try self.text(at: $0, in: text.zh) } == ["30億元"])
    #expect(try text.figures.compactMap(\.en).map { try self.text(at: $0, in: text.en) } == ["$3 billion"])
  }
}
