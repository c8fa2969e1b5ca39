import DiglotModel
import DiglotReader
import Testing

/// A figure difference the team accepted in `accepted-differences.json`: no error, a note where it
/// stands; and an acceptance that no longer matches a difference is reported where it is written.
@Suite struct AcceptedDifferencesTests {
  /// A topic with one bullet whose figures differ (30億元 is $3 billion, not $300 million), on line 16/18.
  let deck =
    titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 撥款**30億元**推行\n\nAllocate **\\$300 million** to launch\n"

  func acceptances(_ json: String) -> (AcceptedDifferences, [Diagnostic]) {
    AcceptedDifferences.parse(Array(json.utf8), path: "Input/accepted-differences.json")
  }

  func entry(file: String = "test.txt", chinese: String, english: String) -> String {
    "  {\n    \"file\": \"\(file)\",\n    \"chinese\": \"\(chinese)\",\n    \"english\": \"\(english)\",\n"
      + "    \"reason\": \"The English gives the first phase only\"\n  }"
  }

  func read(_ text: String, accepting json: String) -> [String] {
    let (accepted, problems) = acceptances(json)
    #expect(problems.isEmpty)
    return DocumentReader.read(Array(text.utf8), path: "Input/test.txt", accepted: accepted).diagnostics.map(
      \.description)
  }

  @Test func anAcceptedDifferenceIsANoteNamingItsAcceptance() {
    let json = "[\n" + entry(chinese: "30億元", english: "$300 million") + "\n]\n"
    #expect(
      read(deck, accepting: json) == [
        noOverviewNote("8:5", file: "Input/test.txt"),
        "Input/test.txt:16:7: note: money differs between languages (30億元 in Chinese, $300 million in English), "
          + "accepted at Input/accepted-differences.json:2:3",
      ])
  }

  /// One entry accepts one bullet: the same difference in a second bullet is still an error.
  @Test func anEntryAcceptsOneBulletOnly() {
    let json = "[\n" + entry(chinese: "30億元", english: "$300 million") + "\n]\n"
    let twice = deck + "\n- 再撥款**30億元**\n\nAnother **\\$300 million**\n"
    let messages = read(twice, accepting: json)
    #expect(messages.filter { $0.contains(": note: ") }.count == 2)
    #expect(
      messages.filter { $0.contains(": error: ") }.map { $0.prefix(20) } == [
        "Input/test.txt:20:8:", "Input/test.txt:22:12",
      ])
  }

  /// When either figure is corrected, or the bullet is gone, the acceptance is stale.
  @Test func anAcceptanceGoesStaleWhenAFigureChangesOrTheBulletIsGone() {
    let json =
      "[\n" + entry(chinese: "30億元", english: "$300 million") + ",\n"
      + entry(file: "other.txt", chinese: "1億元", english: "$1 million") + "\n]\n"
    let stale =
      "Input/accepted-differences.json:2:3: warning: stale acceptance: test.txt has no difference between 30億元 "
      + "in Chinese and $300 million in English (a figure changed or the bullet is gone); update or remove this entry"
    let corrected = deck.replacingOccurrences(of: "$300 million", with: "$3 billion")
    #expect(read(corrected, accepting: json) == [stale, noOverviewNote("8:5", file: "Input/test.txt")])
    let otherFigure = deck.replacingOccurrences(of: "30億元", with: "40億元")
    let messages = read(otherFigure, accepting: json)
    #expect(messages.contains(stale))
    #expect(messages.filter { $0.contains(": error: money differs") }.count == 2)
    let gone = titleSlide + "# 1.範疇\n\nArea\n\n## 題目\n\nTopic\n\n- 推行\n\nLaunch\n"
    #expect(read(gone, accepting: json) == [stale, noOverviewNote("8:5", file: "Input/test.txt")])
  }

  @Test func theFileIsReadWithItsEntriesPositions() throws {
    let json =
      "[\n" + entry(chinese: "30億元", english: "$300 million") + ",\n  {\"file\": \"b.txt\", "
      + "\"chinese\": \"一萬個\", \"english\": \"1,000\", \"reason\": \"\\\"1,000\\\" is a typo in the deck \\u2014 kept\"}\n]"
    let (accepted, problems) = acceptances(json)
    #expect(problems.isEmpty)
    #expect(accepted.entries.map(\.file) == ["test.txt", "b.txt"])
    #expect(
      accepted.entries.map(\.position) == [SourcePosition(line: 2, column: 3), SourcePosition(line: 8, column: 3)])
    #expect(accepted.entries.last?.reason == "\"1,000\" is a typo in the deck — kept")
    #expect(
      accepted.entries(namingNoneOf: ["test.txt"]).map(\.description) == [
        "Input/accepted-differences.json:8:3: warning: accepted difference 一萬個 / 1,000 names b.txt, which is "
          + "not an input file; update or remove this entry"
      ])
    #expect(acceptances("[]").0.entries.isEmpty)
    #expect(acceptances("\u{FEFF}[ ]\n").1.isEmpty)
  }

  /// Every mistake in the file is an error with its line and column, never a crash.
  @Test(arguments: [
    ("{}", "1:1: error: expected `[` at the start: the file is a list of accepted differences"),
    (
      "[\n  {\"file\": \"a.txt\", \"chinese\": \"1億元\", \"english\": \"$1\"}\n]",
      "2:3: error: the entry has no \"reason\""
    ),
    (
      "[{\"file\": \"a.txt\", \"chinese\": \"1\", \"english\": \"2\", \"reason\": \"r\", \"note\": \"n\"}]",
      "1:67: error: unknown field \"note\" (expected file, chinese, english, reason)"
    ),
    (
      "[{\"file\": \"Input/a.txt\", \"chinese\": \"1\", \"english\": \"2\", \"reason\": \"r\"}]",
      "1:2: error: \"file\" is the input file's name only, without a folder"
    ),
    (
      "[{\"file\": \"a.txt\", \"chinese\": \"1\", \"english\": \"2\", \"reason\": \"r\"},]",
      "1:67: error: expected `{` to start an entry"
    ),
    (
      "[{\"file\": \"a.txt\"\n \"chinese\": \"1\"}]",
      "2:2: error: expected `,` before the next field, or `}` at the end of the entry"
    ),
    ("[{\"file\": 3}]", "1:11: error: expected text in double quotes"),
    ("[{\"file\": \"a.txt}]", "1:11: error: text in double quotes is not closed"),
    ("[{\"file\": \"\\ud800\\u0041\"}]", "1:12: error: invalid surrogate pair"),
    ("[] []", "1:4: error: unexpected text after the end of the list"),
  ])
  func mistakesAreLocated(_ json: String, _ expected: String) {
    let problems = acceptances(json).1
    #expect(problems.map(\.description).contains("Input/accepted-differences.json:" + expected), "\(problems)")
  }
}
