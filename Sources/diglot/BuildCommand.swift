import ArgumentParser
import DiglotModel
import DiglotReader
import DiglotSite
import Foundation

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the bilingual site from the slide-text files (the default command).",
    discussion: """
      Reads every .txt file of the input folder, prints their diagnostics, and writes the site \
      into the output folder in one step: if anything fails, the previous site is left as it was.
      """)

  @Option(help: "The folder of slide-text files.")
  var input = "Input"

  @Option(help: "The folder of the page template and its assets.")
  var templates = "Templates"

  @Option(help: "The folder the site is written to.")
  var output = "Output"

  @Option(help: "The public address of the site (e.g. https://www.example.gov.hk/policy/), for absolute links in the sitemap and feeds.")
  var baseURL: String?

  @Flag(help: "Fail the build on any warning, leaving the output as it was.")
  var strict = false

  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let files = try InputFiles.resolve([input])
    let results = InputFiles.readAll(files)
    let (loadedTemplates, templateDiagnostics) = Templates.load(from: URL(fileURLWithPath: templates))
    let diagnostics = results.flatMap(\.diagnostics) + templateDiagnostics
    Console.report(diagnostics)

    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    guard let loadedTemplates, errors == 0, !(strict && warnings > 0) else {
      let reason = errors > 0 ? plural(errors, "error") : "\(plural(warnings, "warning")) (--strict)"
      Console.error("build failed: \(reason); \(output)/ was left as it was\n")
      throw ExitCode(1)
    }

    let documents = results.compactMap(\.document)
    let site = SiteGenerator.generate(
      documents, templates: loadedTemplates, options: SiteOptions(baseURL: baseURL))
    let summary: PublishSummary
    do {
      summary = try OutputWriter.publish(site, to: URL(fileURLWithPath: output))
    } catch {
      Console.error("\(output): error: \(error)\n")
      throw ExitCode(1)
    }
    let seconds = (clock.now - start) / .seconds(1)
    Console.out(
      "\(plural(documents.count, "address", "addresses")) read, \(plural(summary.written, "page")) written, "
        + "\(summary.unchanged.formatted()) unchanged, \(plural(warnings, "warning")), "
        + String(format: "%.2f s", seconds) + "\n")
  }

  private func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count.formatted()) \(count == 1 ? singular : plural ?? singular + "s")"
  }
}
