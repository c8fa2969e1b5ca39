import ArgumentParser
import DiglotCorpus
import DiglotFileSystem
import DiglotInput
import DiglotModel
import DiglotReader
import Foundation

/// Output formats of `diglot parse`.
enum TreeFormat: String, ExpressibleByArgument, CaseIterable {
  case tree, json
}

/// Output formats of `diglot figures`.
enum FigureFormat: String, ExpressibleByArgument, CaseIterable {
  case csv, json
}

struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the document tree of one input file (slide text or a deck).")

  @Argument(help: "The file to read: slide text (.txt) or a deck (.pptx, .pdf).")
  var file: String

  @Option(help: "Output format: tree (indented, with line:column ranges) or json.")
  var format: TreeFormat = .tree

  func run() throws {
    var reader = AcceptingReader()
    let result = reader.read(file)
    Console.report(Diagnostic.sorted(reader.acceptanceDiagnostics + result.diagnostics))
    if let document = result.document {
      switch format {
      case .tree: Console.out(document.dump())
      case .json: Console.out(DocumentJSON.document(document).serialized() + "\n")
      }
    }
    if result.hasErrors { throw ExitCode(1) }
  }
}

struct Figures: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List every figure (money, counts, percentages, ratios) in both languages, in reading order.")

  @Argument(help: "Input files (slide text or decks), or folders of them.")
  var paths: [String]

  @Option(help: "Output format: csv or json.")
  var format: FigureFormat = .csv

  func run() throws {
    var rows: [(file: String, document: Document, placed: PlacedFigure)] = []
    let (files, listed) = try InputFiles.resolve(paths)
    var reader = AcceptingReader()
    Console.report(listed)
    var failed = listed.contains { $0.severity == .error }
    for file in files {
      let result = reader.read(file)
      Console.report(result.diagnostics)
      failed = failed || result.hasErrors
      guard let document = result.document else { continue }
      rows += document.placedFigures.map { (file, document, $0) }
    }
    Console.report(reader.acceptanceDiagnostics)
    failed = failed || reader.acceptanceDiagnostics.contains { $0.severity == .error }
    switch format {
    case .json:
      let array = rows.map { DocumentJSON.figure($0.placed.figure, file: $0.file, in: ($0.document, $0.placed)) }
      Console.out(JSON.array(array).serialized() + "\n")
    case .csv:
      Console.out(FigureCSV.table(rows.map { ($0.file, $0.document, $0.placed) }))
    }
    if failed { throw ExitCode(1) }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check input files (slide text and decks) and print their diagnostics.",
    discussion: "Exits with 1 when there is an error, or with --strict any warning; 0 otherwise.")

  @Argument(help: "Input files (slide text or decks), or folders of them.")
  var paths: [String] = ["Input"]

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let (files, listed) = try InputFiles.resolve(paths)
    var reader = AcceptingReader()
    var diagnostics = listed
    for file in files { diagnostics += reader.read(file).diagnostics }
    diagnostics = Diagnostic.sorted(diagnostics + reader.acceptanceDiagnostics)
    Console.report(diagnostics)
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    Console.error(
      "\(files.count) \(files.count == 1 ? "file" : "files") checked: "
        + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n")
    if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
  }
}

/// Reads input files as the build does: each with the differences accepted in its folder.
struct AcceptingReader {
  private var acceptances: [String: AcceptanceFile] = [:]
  /// The problems of the acceptance files read so far.
  private(set) var acceptanceDiagnostics: [Diagnostic] = []

  /// Reads one file, and the acceptance file of its folder the first time that folder is seen.
  mutating func read(_ file: String) -> DocumentReader.Result {
    let parent = FilePath.parent(of: file)
    let folder = parent.isEmpty ? "." : parent
    if acceptances[folder] == nil {
      let acceptance = AcceptanceFile(inFolder: folder)
      acceptances[folder] = acceptance
      acceptanceDiagnostics += acceptance.diagnostics(inputs: InputFolder.list(folder)?.paths ?? [])
    }
    return InputFile.read(file, accepted: acceptances[folder]?.accepted)
  }
}

/// `diglot figures --format csv`: a header, then one row per figure.
enum FigureCSV {
  static let header = [
    "file", "line", "column", "area", "area_zh", "area_en", "topic_zh", "topic_en", "kind", "agreement",
    "zh", "en", "zh_value", "en_value", "qualifier",
  ]

  static func table(_ rows: [(String, Document, PlacedFigure)]) -> String {
    var lines = [header.joined(separator: ",")]
    for (file, document, placed) in rows {
      let figure = placed.figure
      let start = (figure.zh?.range ?? figure.en?.range)?.start
      let area = placed.area.map { document.areas[$0] }
      let topic = placed.topic.flatMap { index in area.map { $0.topics[index] } }
      let fields = [
        file, start.map { String($0.line) } ?? "", start.map { String($0.column) } ?? "",
        area?.number.map(String.init) ?? "", area?.title.zh?.plainText ?? "", area?.title.en?.plainText ?? "",
        topic?.title.zh?.plainText ?? "", topic?.title.en?.plainText ?? "",
        figure.kind.rawValue, figure.agreement.rawValue, figure.zh?.written ?? "", figure.en?.written ?? "",
        figure.zh?.valueString ?? "", figure.en?.valueString ?? "", figure.qualifier?.rawValue ?? "",
      ]
      lines.append(fields.map(OpenData.csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
