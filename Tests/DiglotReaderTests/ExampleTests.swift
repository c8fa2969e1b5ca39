import DiglotModel
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

/// The two examples in `Input/`, read whole: their golden trees and what the issue demands of them.
@Suite struct ExampleTests {
  static let examples = ["2024-25-budget-itib.txt", "2024-policy-address-itib.txt"]

  @Test(arguments: examples)
  func goldenTree(_ name: String) throws {
    let result = try readInput(name)
    let document = try #require(result.document)
    let diagnostics = result.diagnostics.map(\.description).joined(separator: "\n")
    expectGolden(
      document.dump() + "diagnostics\n" + diagnostics + "\n",
      at: "Tests/DiglotReaderTests/Golden/" + name.replacingOccurrences(of: ".txt", with: ".tree"))
  }

  @Test func budget() throws {
    let document = try #require(try readInput("2024-25-budget-itib.txt").document)
    #expect(document.titleSlide.kind == .budget)
    #expect(document.titleSlide.date == CalendarDate(year: 2024, month: 2, day: 29))
    #expect(document.titleSlide.title.zh?.plainText == "2024-25年度財政預算案 創新科技及工業局 相關重點措施")
    #expect(document.titleSlide.title.en?.plainText == "2024-25 Budget Key initiatives under ITIB")
    #expect(document.titleSlide.bureau?.en?.plainText == "Innovation, Technology and Industry Bureau")
    #expect(document.areas.map(\.number) == [1, 2, 3, 4])
    #expect(document.areas.map(\.topics.count) == [5, 2, 4, 2])
    #expect(document.areas[0].topics[0].title.zh?.plainText == "人工智能")
    #expect(document.areas[0].topics[0].title.en?.plainText == "Artificial Intelligence (AI)")
    let money = document.placedFigures.map(\.figure).filter { $0.kind == .money }
    #expect(money.count == 14)
    #expect(money.allSatisfy { $0.agreement == .agree })
    #expect(
      money.map { $0.zh?.valueString ?? "" } == [
        "3000000000", "10000000000", "6000000000", "2000000000", "200000000", "3000000000", "16000000",
        "40000000000", "10000000000", "200000000", "200000000", "300000000", "100000000", "134000000",
      ])
    // `#### ◆` is a bullet whose `#### ➤` sub-bullets nest under it.
    guard case .item(let parent) = document.areas[0].topics[2].blocks[0] else {
      Issue.record("the life and health technology topic should start with a bullet")
      return
    }
    #expect(parent.children.count == 2)
    #expect(document.closing.count == 1)
    #expect(document.closing.first?.texts.first?.en?.plainText == "Develop Hong Kong into an International I&T Centre")
  }

  @Test func policyAddress() throws {
    let document = try #require(try readInput("2024-policy-address-itib.txt").document)
    #expect(document.titleSlide.kind == .policyAddress)
    #expect(document.titleSlide.date == CalendarDate(year: 2024, month: 10, day: 18))
    #expect(document.areas.count == 2)
    #expect(document.areas.map(\.topics.count) == [2, 2])
    #expect(document.areas.map { $0.blocks.filter { if case .item = $0 { true } else { false } }.count } == [4, 8])
    #expect(document.areas[0].title.zh?.plainText == "完善創科生態圈，推進香港新型工業化")
    #expect(
      document.areas[0].title.en?.plainText
        == "Enhance the local I&T ecosystem and promote new industrialisation in Hong Kong")
    let money = document.placedFigures.map(\.figure).filter { $0.kind == .money }
    #expect(money.map { $0.zh?.written ?? "" } == ["100億元", "15億元", "1.8億元"])
    #expect(money.allSatisfy { $0.agreement == .agree })
    let labels = document.front.compactMap { block -> [Bilingual]? in
      if case .labels(let labels) = block { labels } else { nil }
    }.flatMap { $0 }
    #expect(labels.map { $0.zh?.plainText } == ["產業", "人才", "科技"])
    #expect(labels.allSatisfy { $0.en == nil })
  }

  /// Every run of non-blank characters in an example appears in its tree, once markup is set aside.
  @Test(arguments: examples)
  func noTextIsLost(_ name: String) throws {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Input/\(name)"), encoding: .utf8)
    let document = try #require(try readInput(name).document)
    let treeText = document.texts.flatMap { [$0.zh?.plainText, $0.en?.plainText] }.compactMap { $0 }
      .joined(separator: "\n")
    let markers: Set<Character> = ["#", "-", "◆", "➤", "*", "\\"]
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      for (position, token) in line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).enumerated() {
        var run = String(token.filter { $0 != "*" && $0 != "\\" })
        if run.allSatisfy(markers.contains) { continue }
        if run == "\(document.titleSlide.date.map { "\($0.day)/\($0.month)/\($0.year)" } ?? "")" { continue }
        // A heading's `1.` is the area's number, kept in `Area.number`.
        if position <= 1, let number = run.prefix(while: \.isNumber).nonEmpty, run.dropFirst(number.count).first == "."
        {
          #expect(document.areas.contains { $0.number == Int(number) }, "line \(index + 1): area \(number)")
          run = String(run.dropFirst(number.count + 1))
          if run.isEmpty { continue }
        }
        #expect(treeText.contains(run), "line \(index + 1): \(run) is missing from the tree")
      }
    }
  }
}

extension Substring {
  var nonEmpty: Substring? { isEmpty ? nil : self }
}
