import DiglotTestSupport
import Foundation
import Glibc
import Testing

/// What `diglot build` refuses to do, end to end: each test checks the exit code, the message, and
/// the files before and after.
@Suite struct SafetyCommandTests {
  // MARK: The output folder

  /// Folders that hold the inputs, the templates, the current folder or the home folder are
  /// never outputs; nothing in the project changes.
  @Test func outputsThatWouldHoldOtherFilesAreRefused() throws {
    let scratch = try ScratchProject(examples: ["2024-25-budget-itib.txt"])
    defer { scratch.remove() }
    let (root, project) = (scratch.root, scratch.project)
    let home = FileManager.default.homeDirectoryForCurrentUser.path
    let cases: [(output: String, message: String)] = [
      (".", "--output . names no folder of its own"),
      ("..", "--output .. names no folder of its own"),
      ("/", "--output / names no folder of its own"),
      ("Input", "--output Input is the input folder"),
      ("Templates", "--output Templates is the templates folder"),
      ("Templates/site", "--output Templates/site is inside the templates folder"),
      (project.path, "--output \(project.path) contains the input folder"),
      (root.path, "--output \(root.path) contains the input folder"),
      (home, "--output \(home) "),
    ]
    let before = try treeListing(root)
    for (output, message) in cases {
      let result = try runDiglot(["build", "--output", output], in: project)
      #expect(result.status == 1, "\(output)")
      #expect(result.stderr.contains("build failed: \(message)"), "\(output): \(result.stderr)")
      #expect(try treeListing(root) == before, "\(output)")
    }
    let empty = try runDiglot(["build", "--output", ""], in: project)
    #expect(empty.status == 64)
    #expect(empty.stderr.contains("--output is empty"))
    #expect(try treeListing(root) == before)
  }

  /// A folder of the user's is not replaced, nor a Diglot site to which a file was added; the
  /// message names what is there and says how to go on.
  @Test func aFolderOfOtherFilesIsNotReplaced() throws {
    let scratch = try ScratchProject(examples: ["2024-25-budget-itib.txt"])
    defer { scratch.remove() }
    let (root, project) = (scratch.root, scratch.project)
    let output = project.appendingPathComponent("Output")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
    try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))

    var result = try runDiglot(["build"], in: project)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasSuffix(
        "Output: error: Output is not empty and holds an entry Diglot did not make (notes.txt); Diglot replaces "
          + "only a site it made: move it out of Output, or choose a new or empty folder with --output; "
          + "nothing was changed\n"))
    #expect(try treeListing(output) == ["notes.txt"])

    // Once moved out, the site is built; a file added to it later stops the next build again.
    try FileManager.default.moveItem(
      at: output.appendingPathComponent("notes.txt"), to: root.appendingPathComponent("notes.txt"))
    #expect(try runDiglot(["build"], in: project).status == 0)
    try Data("x".utf8).write(to: output.appendingPathComponent("en/CNAME"))
    let site = try SiteTree(output)
    try copyExample("2024-policy-address-itib.txt", to: project)
    result = try runDiglot(["build"], in: project)
    #expect(result.status == 1)
    #expect(result.stderr.contains("holds an entry Diglot did not make (en/CNAME)"))
    #expect(try SiteTree(output) == site)
  }

  // MARK: Shrinking

  /// No address read is an error that lists every file not read and why; the site stays.
  @Test func noAddressIsAnErrorThatSaysWhatWasSkipped() throws {
    let scratch = try ScratchProject(examples: ["2024-25-budget-itib.txt"])
    defer { scratch.remove() }
    let project = scratch.project
    #expect(try runDiglot(["build", "--base-url", publishedAt], in: project).status == 0)
    let output = project.appendingPathComponent("Output")
    let site = try SiteTree(output)
    let input = project.appendingPathComponent("Input")
    try FileManager.default.moveItem(
      at: input.appendingPathComponent("2024-25-budget-itib.txt"), to: input.appendingPathComponent("budget.TXT"))
    try Data("notes".utf8).write(to: input.appendingPathComponent("notes.md"))
    try Data("[]".utf8).write(to: input.appendingPathComponent("accepted-differences.json"))

    let result = try runDiglot(["build", "--base-url", publishedAt], in: project)
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        Input/budget.TXT:1:1: note: not read: the name must end in .txt, in lower case
        Input/notes.md:1:1: note: not read: not an input file (only .txt, .pptx, .pdf files are read)
        build failed: no address was read from Input; to publish a site without addresses, run again with \
        --allow-shrink; Output/ was left as it was

        """)
    #expect(try SiteTree(output) == site)

    let allowed = try runDiglot(["build", "--allow-shrink", "--base-url", publishedAt], in: project)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    #expect(try SiteTree(output).files["en/2024-02-29-budget/index.html"] == nil)
  }

  /// Losing more than half of the published addresses needs --allow-shrink; losing half does not.
  @Test func losingMostAddressesNeedsAllowShrink() throws {
    let scratch = try ScratchProject()
    defer { scratch.remove() }
    let project = scratch.project
    try LargeInput(count: 5).write(.first, to: project)
    #expect(try runDiglot(["build"], in: project).status == 0)
    let output = project.appendingPathComponent("Output")
    let input = project.appendingPathComponent("Input")

    for name in ["address-000.txt", "address-001.txt"] {
      try FileManager.default.removeItem(at: input.appendingPathComponent(name))
    }
    #expect(try runDiglot(["build"], in: project).status == 0)
    let site = try SiteTree(output)

    for name in ["address-002.txt", "address-003.txt"] {
      try FileManager.default.removeItem(at: input.appendingPathComponent(name))
    }
    let refused = try runDiglot(["build"], in: project)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.hasSuffix(
        "build failed: the new site would have 2 of the 3 addresses in Output no more; if that is intended, run "
          + "again with --allow-shrink; Output/ was left as it was\n"))
    #expect(try SiteTree(output) == site)
    #expect(try runDiglot(["build", "--allow-shrink"], in: project).status == 0)
    #expect(try SiteTree(output) != site)
  }

  // MARK: Inputs

  /// A FIFO, a folder and a link out of the input folder, named `.txt`, are refused with a located
  /// error by `check` and `build` alike, and nothing blocks; a link inside the folder is read.
  @Test func onlyRegularFilesInsideTheInputFolderAreRead() throws {
    let scratch = try ScratchProject()
    defer { scratch.remove() }
    let project = scratch.project
    let input = project.appendingPathComponent("Input")
    try copyExample("2024-25-budget-itib.txt", to: project)
    try FileManager.default.createDirectory(
      at: input.appendingPathComponent("drafts"), withIntermediateDirectories: false)
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Input/2024-policy-address-itib.txt"),
      to: input.appendingPathComponent("drafts/policy.text"))
    try FileManager.default.createSymbolicLink(
      atPath: input.appendingPathComponent("policy.txt").path, withDestinationPath: "drafts/policy.text")
    try #require(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o644) == 0)
    try FileManager.default.createDirectory(
      at: input.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: input.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
    try FileManager.default.createSymbolicLink(
      atPath: input.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
    let refusals = [
      "Input/folder.txt:1:1: error: a folder, not a regular file; it is not read",
      "Input/gone.txt:1:1: error: symbolic link to nothing; it is not read",
      "Input/passwd.txt:1:1: error: symbolic link to /etc/passwd, outside the input folder; it is not read "
        + "(copy the file into the folder instead)",
      "Input/pipe.txt:1:1: error: a FIFO (named pipe), not a regular file; it is not read",
      "Input/drafts:1:1: note: not read: a folder (only the input files directly in the folder are read)",
    ]

    let check = try runDiglotWithin(60, ["check", "Input"], in: project)
    #expect(check.status == 1)
    for line in refusals { #expect(check.stderr.contains(line + "\n"), "check: \(line)") }
    #expect(check.stderr.contains("2 files checked: 4 errors"))

    let build = try runDiglotWithin(60, ["build"], in: project)
    #expect(build.status == 1)
    for line in refusals { #expect(build.stderr.contains(line + "\n"), "build: \(line)") }
    #expect(build.stderr.contains("build failed: 4 errors"))
    #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output").path))

    // Named on its own, the FIFO is not opened for reading either.
    let pipe = try runDiglotWithin(60, ["check", "Input/pipe.txt"], in: project)
    #expect(pipe.status == 1)
    #expect(pipe.stderr.contains("Input/pipe.txt:1:1: error: cannot read the file"))

    for name in ["pipe.txt", "folder.txt", "passwd.txt", "gone.txt"] {
      try FileManager.default.removeItem(at: input.appendingPathComponent(name))
    }
    let good = try runDiglotWithin(60, ["build"], in: project)
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stdout.hasPrefix("2 addresses read"))
  }

  /// A copied file, or a second file of the same kind, date and title, is an error naming both.
  @Test func theSameAddressTwiceIsAnError() throws {
    let scratch = try ScratchProject()
    defer { scratch.remove() }
    let project = scratch.project
    let input = project.appendingPathComponent("Input")
    try copyExample("2024-25-budget-itib.txt", to: project)
    try FileManager.default.copyItem(
      at: input.appendingPathComponent("2024-25-budget-itib.txt"), to: input.appendingPathComponent("copy.txt"))
    let budget = try String(contentsOf: input.appendingPathComponent("copy.txt"), encoding: .utf8)
    try budget.replacingOccurrences(of: "今年內成立", with: "今年內盡快成立").write(
      to: input.appendingPathComponent("edited.txt"), atomically: true, encoding: .utf8)

    let result = try runDiglot(["build"], in: project)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Input/copy.txt:1:1: error: same text as Input/2024-25-budget-itib.txt: the same address twice; "
          + "remove one of the two files\n"))
    #expect(
      result.stderr.contains(
        "Input/edited.txt:5:1: error: same kind, date and title as Input/2024-25-budget-itib.txt: the same "
          + "address twice; remove one of the two files, or correct the date or title\n"))
    #expect(result.stderr.contains("build failed: 2 errors"))
    #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output").path))
  }

  /// A newline in a file name is printed as `\n`, so each diagnostic stays on one line.
  @Test func fileNamesArePrintedEscaped() throws {
    let scratch = try ScratchProject(examples: ["2024-25-budget-itib.txt"])
    defer { scratch.remove() }
    let project = scratch.project
    try Data([0x41, 0xFF]).write(to: project.appendingPathComponent("Input/bad\nname\u{202E}.txt"))
    try Data().write(to: project.appendingPathComponent("Input/odd\tname.md"))

    let result = try runDiglot(["build", "--base-url", publishedAt], in: project)
    #expect(result.status == 1)
    #expect(
      result.stderr.split(separator: "\n") == [
        "Input/2024-25-budget-itib.txt:135:1: note: Chinese note on a picture has no English counterpart; it is kept in "
          + "Chinese only",
        #"Input/bad\nname\u{202E}.txt:1:2: error: file is not valid UTF-8: invalid byte 0xFF at byte offset 1"#,
        #"Input/odd\tname.md:1:1: note: not read: not an input file (only .txt, .pptx, .pdf files are read)"#,
        "build failed: 1 error; Output/ was left as it was",
      ])
  }

  // MARK: Leftovers

  /// What a killed build left beside the output (a staging folder, a record never put in place)
  /// is removed by the next build, even one with nothing to write; the site is kept.
  @Test func leftoversOfAKilledBuildAreTidiedByTheNextBuild() throws {
    let scratch = try ScratchProject(examples: ["2024-25-budget-itib.txt"])
    defer { scratch.remove() }
    let project = scratch.project
    #expect(try runDiglot(["build"], in: project).status == 0)
    let output = project.appendingPathComponent("Output")
    let site = try SiteTree(output)
    let staging = project.appendingPathComponent(".Output.staging-dead/en")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: staging.appendingPathComponent("index.html"))
    try Data("diglot-site 1\nhalf".utf8).write(to: project.appendingPathComponent(".Output.diglot-state.new"))

    let result = try runDiglot(["build"], in: project)
    #expect(result.status == 0)
    #expect(result.stdout.contains("0 pages written"))
    #expect(try SiteTree(output) == site)
    #expect(
      Set(try FileManager.default.contentsOfDirectory(atPath: project.path))
        == ["Input", "Templates", "Output", ".Output.diglot-state", ".Output.releases"])
  }
}

/// A project (the package's templates, an `Input/` with some of its examples) in a temporary
/// folder `root`.
struct ScratchProject {
  let root: URL
  let project: URL

  init(examples: [String] = []) throws {
    root = try temporaryFolder()
    project = try makeProject(in: root)
    for name in examples { try copyExample(name, to: project) }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Copies one of the package's examples into `project`'s `Input/`.
func copyExample(_ name: String, to project: URL) throws {
  try FileManager.default.copyItem(
    at: packageRoot.appendingPathComponent("Input/\(name)"), to: project.appendingPathComponent("Input/\(name)"))
}

/// Runs `diglot`, failing the test (and killing the process) if it takes more than `seconds`.
func runDiglotWithin(_ seconds: Double, _ arguments: [String], in directory: URL) throws -> CommandResult {
  let result = try runDiglot(arguments, in: directory, killAfter: seconds)
  // Killed, the process ends with the signal's number as its status, which diglot never exits with.
  guard result.status != SIGKILL else {
    throw CommandTestError("diglot \(arguments.joined(separator: " ")) did not end within \(seconds) s")
  }
  return result
}
