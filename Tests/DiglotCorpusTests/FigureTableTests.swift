import DiglotCorpus
import DiglotModel
import Foundation
import Testing

/// Totals of the corpus's money figures, against sums this test takes from the files' English
/// text by itself: every `$` amount under each numbered area heading.
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

  /// The sum of the `$` amounts in the English lines under each `# N.` heading, by area number.
  func dollarTotalsByArea(_ text: String) throws -> [(area: Int, total: Decimal)] {
    var totals: [(area: Int, total: Decimal)] = []
    let heading = try Regex(#"^# (\d+)\."#)
    let amount = try Regex(#"\\\$([0-9][0-9,.]*)( billion| million)?"#)
    for line in text.split(separator: "\n") {
      if let match = line.firstMatch(of: heading), let number = Int(match.output[1].substring ?? "") {
        if totals.last?.area != number { totals.append((number, 0)) }
        continue
      }
      for match in line.matches(of: amount) {
        let digits = (match.output[1].substring ?? "").replacingOccurrences(of: ",", with: "")
        var value = try #require(Decimal(string: digits))
        switch match.output[2].substring {
        case " billion": value *= 1_000_000_000
        case " million": value *= 1_000_000
        default: break
        }
        totals[totals.count - 1].total += value
      }
    }
    return totals.filter { $0.total != 0 }
  }
}
