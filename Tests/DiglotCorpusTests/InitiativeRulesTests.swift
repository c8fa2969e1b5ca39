import DiglotCorpus
import DiglotModel
import Testing

@Suite struct InitiativeRulesTests {
  func read(_ text: String) -> (InitiativeRules, [String]) {
    let (rules, problems) = InitiativeRules.read(Array(text.utf8), path: "Input/initiatives.json")
    return (rules, problems.map(\.description))
  }

  @Test func allThreeLists() {
    let (rules, problems) = read(
      #"{"merge": [["甲計劃", "Alpha Scheme"]], "split": ["the Scheme"], "ignore": ["Hong Kong"]}"#)
    #expect(problems.isEmpty)
    #expect(rules == InitiativeRules(merge: [["甲計劃", "Alpha Scheme"]], split: ["the Scheme"], ignore: ["Hong Kong"]))
  }

  @Test func problemsHaveTheirPlace() {
    let (_, problems) = read(
      """
      {
        "merge": [["Alpha Scheme"]],
        "splt": ["x"],
        "ignore": [1]
      }
      """)
    #expect(
      problems == [
        "Input/initiatives.json:4:3: error: \"ignore\" must list names as text",
        "Input/initiatives.json:2:14: error: a \"merge\" group needs two names or more",
        "Input/initiatives.json:3:3: error: unknown key \"splt\" (known: ignore, merge, split)",
      ])
  }

  @Test func notAnObject() {
    let (rules, problems) = read("[1, 2")
    #expect(rules == InitiativeRules())
    #expect(
      problems == [#"Input/initiatives.json:1:1: error: expected a JSON object with "merge", "split" and "ignore""#])
  }
}
