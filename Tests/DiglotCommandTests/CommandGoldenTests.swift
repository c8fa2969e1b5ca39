import DiglotTestSupport
import Testing

/// What the commands print for people and scripts, compared with reviewed goldens: the help of
/// `diglot` and of each command, the JSON of `parse` (a contract: docs/parse-json.md) and the
/// figures of `Input/` in both formats.
@Suite struct CommandGoldenTests {
  @Test(arguments: ["diglot", "build", "watch", "serve", "parse", "figures", "check"])
  func helpAsReviewed(_ command: String) throws {
    let result = try runDiglot(command == "diglot" ? ["--help"] : [command, "--help"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    expectGolden(result.stdout, at: "Tests/DiglotCommandTests/Golden/help-\(command).txt")
  }

  @Test func parseJSONAsReviewed() throws {
    let result = try runDiglot(["parse", "Input/2024-policy-address-itib.txt", "--format", "json"])
    #expect(result.status == 0)
    expectGolden(result.stdout, at: "Tests/DiglotCommandTests/Golden/parse-2024-policy-address-itib.json")
  }

  @Test(arguments: ["csv", "json"])
  func figuresAsReviewed(_ format: String) throws {
    let result = try runDiglot(["figures", "Input", "--format", format])
    #expect(result.status == 0)
    expectGolden(result.stdout, at: "Tests/DiglotCommandTests/Golden/figures-input.\(format)")
  }
}
