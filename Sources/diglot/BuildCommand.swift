import ArgumentParser
import DiglotBuild
import DiglotModel
import DiglotSite
import Foundation

/// The options of a build, shared by `build`, `watch` and `serve`.
struct BuildArguments: ParsableArguments {
  @Option(help: "The folder of input files: slide text (.txt) and decks (.pptx, .pdf).")
  var input = "Input"

  @Option(help: "The folder of the page template and its assets.")
  var templates = "Templates"

  @Option(help: "The folder the site is written to.")
  var output = "Output"

  @Option(
    help:
      "The public address of the site (e.g. https://www.example.gov.hk/policy/), for absolute links in the sitemap, feeds and 404 page (default: as Templates/site.json says)."
  )
  var baseURL: String?

  @Option(
    help: ArgumentHelp(
      "The languages to build, separated by commas (default: as Templates/site.json says, else all three).",
      discussion:
        "en: English; zh-hant: Traditional Chinese; zh-hans: Simplified Chinese, converted from the Traditional.",
      valueName: "en,zh-hant,zh-hans"),
    transform: Self.languages)
  var languages: [SiteLanguage]?

  @Flag(help: "Fail the build on any warning, leaving the output as it was.")
  var strict = false

  @Flag(
    help:
      "Publish even a site with no address, or one that loses more than half of the addresses of the site it replaces."
  )
  var allowShrink = false

  func validate() throws {
    guard !output.isEmpty else {
      throw ValidationError("--output is empty; give the folder the site is written to, e.g. --output Output")
    }
  }

  var options: BuildOptions {
    var options = BuildOptions(
      input: URL(fileURLWithPath: input), templates: URL(fileURLWithPath: templates),
      output: URL(fileURLWithPath: output), baseURL: baseURL)
    options.languages = languages
    options.strict = strict
    options.allowShrink = allowShrink
    return options
  }

  /// `en,zh-hant`: known languages, at least one.
  private static func languages(_ list: String) throws -> [SiteLanguage] {
    let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let known = SiteLanguage.allCases.map(\.folder).joined(separator: ", ")
    let languages = try names.map { name in
      guard let language = SiteLanguage(named: name) else {
        throw ValidationError("unknown language \"\(name)\" (known: \(known))")
      }
      return language
    }
    guard !languages.isEmpty else { throw ValidationError("no language given (known: \(known))") }
    return languages
  }

  /// Runs one build and prints its diagnostics and summary.
  func build(_ options: BuildOptions) -> BuildOutcome {
    let progress = Console.isTerminal ? Console.progress : nil
    do {
      let report = try SiteBuild.run(options, progress: progress)
      if progress != nil { Console.clearProgress() }
      Console.report(report.diagnostics)
      if let failure = report.failure {
        let folder = output.hasSuffix("/") ? output : output + "/"
        let reason = "build failed: \(failure); \(folder.escapedForDisplay) was left as it was"
        Console.error(reason + "\n")
        return BuildOutcome(succeeded: false, problems: report.diagnostics.map(\.description) + [reason])
      }
      if let plan = report.plan {
        Console.out(plan.written.map { "write \($0)\n" }.joined() + plan.removed.map { "remove \($0)\n" }.joined())
      }
      Console.out(report.summary + "\n")
      return BuildOutcome(succeeded: true, changedOutput: report.files.written + report.files.removed > 0)
    } catch {
      if progress != nil { Console.clearProgress() }
      // A publish error says what the output holds now; any other error came before writing.
      let kept = error is PublishError ? "" : "; nothing was changed"
      let reason = "\(output.escapedForDisplay): error: \(error)\(kept)"
      Console.error(reason + "\n")
      let replaced = (error as? PublishError)?.outcome == .newSiteInPlace
      return BuildOutcome(succeeded: false, changedOutput: replaced, problems: [reason])
    }
  }
}

/// How one build ended, for the commands that build.
struct BuildOutcome {
  var succeeded: Bool
  /// Whether the build wrote or removed any file of the output.
  var changedOutput = false
  /// When the build failed: its diagnostics and the reason, as printed.
  var problems: [String] = []
}

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the bilingual site from the input files (the default command).",
    discussion: """
      Reads the input files (.txt, .pptx, .pdf) that changed since the last build, prints the \
      diagnostics, renders the pages that can have changed, brings the second of the two releases \
      in .Output.releases up to date, and switches the output, a symbolic link, to it in one step: \
      if anything fails, the previous site is left as it was. What the last build did, and \
      which files of the output it made, is kept beside the output folder, in \
      .Output.diglot-state. Diglot publishes only into a folder that is missing, empty, or holds a \
      site it made, and removes only files it made (docs/safety.md).
      """)

  @OptionGroup var arguments: BuildArguments

  @Flag(help: "Read and render everything, and write the release whole, ignoring what the last build left.")
  var clean = false

  @Flag(help: "List the files that would be written or removed, without writing anything.")
  var dryRun = false

  func run() throws {
    var options = arguments.options
    options.clean = clean
    options.dryRun = dryRun
    guard arguments.build(options).succeeded else { throw ExitCode(1) }
  }
}
