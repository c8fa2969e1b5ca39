import Foundation
import Testing

@testable import DiglotSite

/// The whole of one rendered page with Chinese text, compared byte for byte. A missing golden
/// file, or `RECORD_GOLDENS=1`, writes it and fails, so every new golden is read before it counts.
@Suite struct GoldenTests {
  @Test func rendersTheChineseAreaPageAsReviewed() throws {
    let page = try #require(Fixtures.site()["zh-hant/2024-02-29-budget/1-consolidate-hong-kongs-strengths/index.html"])
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/zh-hant-area.html")
    guard ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != "1",
      let expected = FileManager.default.contents(atPath: golden.path)
    else {
      try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(page.contents).write(to: golden)
      Issue.record("wrote \(golden.path): review it, then run the tests again")
      return
    }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let actualLines = page.text.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
      Issue.record("line \(number + 1) differs:\n- \(want)\n+ \(got)")
      return
    }
    #expect(expectedLines.count == actualLines.count)
    #expect(Array(expected) == page.contents)
  }
}
