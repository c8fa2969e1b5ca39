import DiglotCorpus
import DiglotModel
import Foundation
import Testing

/// Totals of the corpus's money figures, against sums this test takes from the files' English
/// text by itself: the `$` amounts under each numbered area heading, each sum once (a sub-bullet's
/// amounts are parts of its bullet's, and an `up to` amount beside a larger one is its bound).
@Suite struct FigureTableTests {
  @Test(arguments: [
    "2023-24-budget-itib.txt", "2024-25-budget-itib.txt", "2023-policy-address-itib.txt",
    "2024-policy-address-itib.txt",
  ])
  func totalsPerArea(name: String) throws {
    let documents = try corpusDocuments()
    let corpus = Corpus(documents: documents)
    let index = try #require(documents.firstIndex { $0.file == "Tests/Corpus/\(name)" })
    let table = corpus.figureTables[index]
    let expected = try dollarTotalsByArea(corpusText(name))
    #expect(table.areas.map { $0.area.map { $0 + 1 } } == expected.map(\.area))
    #expect(table.areas.map(\.total) == expected.map(\.total))
    #expect(table.total == expected.reduce(0) { $0 + $1.total })
    for area in table.areas {
      let amounts = area.figures.map { FigureTable.amount($0.figure) }
      #expect(amounts == amounts.sorted(by: >), "largest first")
    }
  }

  /// The 2024-25 Budget's totals, added up by hand from the file.
  @Test func sumsAndPartsOfTheBudget() throws {
    let documents = try corpusDocuments()
    let index = try #require(documents.firstIndex { $0.file == "Tests/Corpus/2024-25-budget-itib.txt" })
    let table = Corpus(documents: documents).figureTables[index]
    // Area 1: $3 billion + $10 billion + $16 million + $10 billion earmarked (its $6 billion,
    // $2 billion and $200 million are parts of it). Area 2: $10 billion (up to $200 million per
    // enterprise is its bound) + $15 million.
    #expect(table.areas.map(\.total) == [23_016_000_000, 10_015_000_000])
    let parts = table.areas[0].figures.filter { !$0.isCounted }
    #expect(parts.map { FigureTable.amount($0.figure) } == [6_000_000_000, 2_000_000_000, 200_000_000])
    #expect(parts.allSatisfy { $0.within == 10_000_000_000 })
    #expect(parts.map { $0.place?.path } == [[0, 0], [0, 1], [0, 1]])
    let bound = try #require(table.areas[1].figures.first { !$0.isCounted })
    #expect(FigureTable.amount(bound.figure) == 200_000_000)
    #expect(bound.within == 10_000_000_000)
    // Every money figure is listed, counted or not.
    #expect(table.areas.map(\.figures.count) == [7, 3])
  }

  /// The sum of the `$` amounts in the English lines under each `# N.` heading, by area number:
  /// the English of a `➤` sub-bullet under a bullet with an amount adds nothing, and neither does
  /// an amount after `up to` or `no more than` on a line with a larger amount.
  func dollarTotalsByArea(_ text: String) throws -> [(area: Int, total: Decimal)] {
    var totals: [(area: Int, total: Decimal)] = []
    let heading = try Regex(#"^# (\d+)\."#)
    let amount = try Regex(#"(up to |no more than |no less than )?(?:\*\*)?\\\$([0-9][0-9,.]*)( billion| million)?"#)
    var bulletHasAmount = false
    var inSubBullet = false
    for line in text.split(separator: "\n") {
      if let match = line.firstMatch(of: heading), let number = Int(match.output[1].substring ?? "") {
        if totals.last?.area != number { totals.append((number, 0)) }
        continue
      }
      if line.hasPrefix("- ◆") || line.hasPrefix("- ➤") || line.hasPrefix("#") {
        inSubBullet = line.hasPrefix("- ➤")
        if !inSubBullet { bulletHasAmount = false }
        continue
      }
      var amounts: [(bound: Bool, value: Decimal)] = []
      for match in line.matches(of: amount) {
        let digits = (match.output[2].substring ?? "").replacingOccurrences(of: ",", with: "")
        var value = try #require(Decimal(string: digits))
        switch match.output[3].substring {
        case " billion": value *= 1_000_000_000
        case " million": value *= 1_000_000
        default: break
        }
        amounts.append((match.output[1].substring != nil, value))
      }
      guard !amounts.isEmpty else { continue }
      if inSubBullet && bulletHasAmount { continue }
      let largestSum = amounts.filter { !$0.bound }.map(\.value).max() ?? 0
      for (bound, value) in amounts where !(bound && value < largestSum) {
        totals[totals.count - 1].total += value
      }
      if !inSubBullet { bulletHasAmount = true }
    }
    return totals.filter { $0.total != 0 }
  }
}
