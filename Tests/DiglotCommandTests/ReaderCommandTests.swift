import DiglotTestSupport
import Foundation
import Testing

/// `diglot parse`, `figures` and `check`: a contract that scripts depend on.
@Suite struct ReaderCommandTests {
  @Test func parseJSONHasTheContractedShape() throws {
    let result = try runDiglot(["parse", "Input/2024-25-budget-itib.txt", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(try parseJSON(result.stdout) as? [String: Any])
    #expect(document["kind"] as? String == "budget")
    #expect(document["date"] as? String == "2024-02-29")
    let title = try #require(document["title"] as? [String: Any])
    #expect(title["zh"] as? String == "2024-25年度財政預算案 創新科技及工業局 相關重點措施")
    #expect(title["en"] as? String == "2024-25 Budget Key initiatives under ITIB")
    let areas = try #require(document["areas"] as? [[String: Any]])
    #expect(areas.map { ($0["topics"] as? [Any])?.count } == [5, 2, 4, 2])
    let firstTopic = try #require((areas[0]["topics"] as? [[String: Any]])?.first)
    #expect((firstTopic["title"] as? [String: Any])?["en"] as? String == "Artificial Intelligence (AI)")
    // Text values are plain: no Markdown markers, escapes or bullet glyphs.
    for marker in ["**", "\\\\", "◆", "➤"] {
      #expect(!result.stdout.contains(marker), "parse output contains \(marker)")
    }
  }

  @Test func parseJSONGivesNullForAMissingDate() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("undated.txt")
    try "香港創科發展藍圖\n\nHong Kong I&T Blueprint\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try runDiglot(["parse", file.path, "--format", "json"])
    let document = try #require(try parseJSON(result.stdout) as? [String: Any])
    #expect(document["date"] is NSNull)
    #expect(document["kind"] as? String == "other")
    #expect(result.stderr.contains("warning: no date on the title slide"))
  }

  @Test func parsePrintsTheTreeByDefault() throws {
    let result = try runDiglot(["parse", "Input/2024-policy-address-itib.txt"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("document policy-address 2024-10-18 Input/2024-policy-address-itib.txt\n"))
    #expect(
      result.stderr == "Input/2024-policy-address-itib.txt:24:1: note: labels kept in one language only: 產業, 人才, 科技\n")
  }

  @Test func figuresJSON() throws {
    let result = try runDiglot(["figures", "Input", "--format", "json"])
    #expect(result.status == 0)
    let figures = try #require(try parseJSON(result.stdout) as? [[String: Any]])
    let money = figures.filter { $0["kind"] as? String == "money" }
    #expect(money.filter { $0["file"] as? String == "Input/2024-25-budget-itib.txt" }.count == 14)
    #expect(money.filter { $0["file"] as? String == "Input/2024-policy-address-itib.txt" }.count == 3)
    #expect(money.allSatisfy { $0["agreement"] as? String == "agree" })
    let first = try #require(money.first)
    #expect(first["zh"] as? String == "30億元")
    #expect(first["en"] as? String == "$3 billion")
    #expect(first["zhValue"] as? String == "3000000000")
    #expect(first["enValue"] as? String == "3000000000")
    #expect(first["line"] as? Int == 57)
    #expect(first["column"] as? Int == 9)
    #expect(((first["area"] as? [String: Any])?["number"]) as? Int == 1)
    #expect((((first["topic"] as? [String: Any])?["title"]) as? [String: Any])?["zh"] as? String == "人工智能")
    let ratio = try #require(figures.first { $0["kind"] as? String == "ratio" })
    #expect(ratio["zhValue"] as? String == "1:2")
    let oneSided = figures.filter { $0["agreement"] as? String == "one-sided" }
    #expect(oneSided.allSatisfy { ($0["zh"] is NSNull) != ($0["en"] is NSNull) })
  }

  @Test func figuresCSV() throws {
    let result = try runDiglot(["figures", "Input/2024-policy-address-itib.txt"])
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines.first
        == "file,line,column,area,area_zh,area_en,topic_zh,topic_en,kind,agreement,zh,en,zh_value,en_value,qualifier")
    #expect(lines.count == 4)
    #expect(lines[1].hasSuffix(",money,agree,100億元,$10 billion,10000000000,10000000000,"))
  }

  @Test func checkExitCodes() throws {
    let plain = try runDiglot(["check"])
    #expect(plain.status == 0)
    #expect(plain.stderr.hasSuffix("2 files checked: 0 errors, 0 warnings\n"))
    #expect(
      plain.stderr.contains(
        "Input/2024-25-budget-itib.txt:135:1: note: Chinese note on a picture has no English counterpart"))
    // The examples have no warning: --strict passes on them (it fails on a missing translation:
    // see OneLanguageContentTests).
    let strict = try runDiglot(["check", "--strict", "Input"])
    #expect(strict.status == 0)

    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x41, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("bad.txt"))
    let bad = try runDiglot(["check", folder.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("bad.txt:1:2: error: file is not valid UTF-8: invalid byte 0xFF at byte offset 1"))
  }

  @Test func missingPathIsAnErrorNotACrash() throws {
    let result = try runDiglot(["check", "no-such-folder"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no-such-folder: error: no such file or folder"))
  }
}
