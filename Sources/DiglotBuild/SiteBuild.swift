import DiglotCorpus
import DiglotFileSystem
import DiglotInput
import DiglotModel
import DiglotReader
import DiglotSite
import Foundation

/// One build of the site, as a recipe: find the inputs, read those that changed, check the
/// diagnostics, plan the site, render the pages that can have changed, publish, remember.
///
/// With the state of the previous build (kept beside the output), an input whose size, time and
/// inode did not change is not read again: its document, search text and diagnostics come from
/// the state, and its pages from the current output; the pages across addresses are rendered
/// again only where what they show changed. The result is the same, byte for byte, as a clean
/// build.
public enum SiteBuild {
  /// Builds the site. Problems of the inputs and templates come back as diagnostics and a
  /// `failure`, with the output untouched; only a failure to write the output throws.
  ///
  /// - Parameter progress: told what the build is doing, as it goes (`reading 12 files`).
  public static func run(_ options: BuildOptions, progress: (@Sendable (String) -> Void)? = nil) throws -> BuildReport {
    let clock = ContinuousClock()
    let start = clock.now
    var report: BuildReport
    do {
      report = try build(options, progress: progress ?? { _ in })
    } catch let error as PublishError where isStale(error.error) {
      // A file was removed from the output behind the last build's back, or another build
      // replaced the site meanwhile: build it all again.
      var clean = options
      clean.clean = true
      report = try build(clean, progress: progress ?? { _ in })
    }
    report.seconds = (clock.now - start) / .seconds(1)
    return report
  }

  private static func build(_ options: BuildOptions, progress: (String) -> Void) throws -> BuildReport {
    var report = BuildReport()
    if let problem = OutputLocation.problem(output: options.output, input: options.input, templates: options.templates)
    {
      report.failure = problem
      return report
    }
    // What a killed build left beside the output goes first, so the record read next is settled.
    if !options.dryRun { try OutputWriter.tidy(options.output) }
    let (site, settingProblems) = siteOptions(options)
    let acceptance = AcceptanceFile(inFolder: options.input.relativePath)
    var setting = settingFingerprint(options, site)
    setting.add(acceptance.bytes)
    let initiatives = InitiativesFile(inFolder: options.input.relativePath)
    setting.add(initiatives.bytes)
    let record = SiteRecord.load(for: options.output)
    let saved = record.flatMap { try? BuildState.decode($0.buildState) }
    let previous =
      options.clean
      ? nil
      : saved.flatMap { state in
        state.setting == setting && FileStamp(path: options.output.path) == record?.folder ? state : nil
      }

    // Read what changed.
    guard let listing = InputFolder.list(options.input.relativePath) else {
      report.failure = "there is no input folder \(options.input.relativePath.escapedForDisplay)"
      return report
    }
    let paths = listing.paths
    let known = Dictionary((previous?.inputs ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    progress("checking \(paths.count.grouped) input files")
    let inputs = paths.concurrentMap(batchSize: 32) { path in
      InputRead(path: path, previous: known[path], accepted: acceptance.accepted)
    }
    report.read = inputs.filter(\.parsed).count
    report.new = previous == nil ? 0 : paths.filter { known[$0] == nil }.count
    report.diagnostics =
      listing.diagnostics + inputs.flatMap(\.state.diagnostics) + acceptance.diagnostics(inputs: paths)
    report.diagnostics += initiatives.diagnostics + settingProblems
    report.addresses = inputs.filter(\.state.hasDocument).count

    // With nothing changed, the templates are not loaded again: their bytes are in `setting`, so the
    // state was saved by a build that loaded these very templates and found no error in them.
    let unchanged =
      previous.map { state in
        paths.count == state.inputs.count && inputs.allSatisfy { !$0.changed }
      } ?? false
    var templates: Templates?
    // Each input's document, in the inputs' order: made now, kept by the last build, or (should
    // its bytes be damaged) read again.
    var documents: [Document?] = []
    if !unchanged {
      let (loaded, templateDiagnostics) = Templates.load(from: options.templates)
      templates = loaded
      report.diagnostics += templateDiagnostics
      documents = inputs.concurrentMap(batchSize: 16) { input in
        input.document ?? input.state.document
          ?? (input.state.hasDocument ? InputFile.read(input.state.path, accepted: acceptance.accepted).document : nil)
      }
      report.diagnostics += DuplicateAddresses.diagnostics(
        zip(inputs, documents).compactMap { input, document in
          document.map { (input.state.path, input.state.content, $0) }
        })
    }
    report.diagnostics = Diagnostic.sorted(report.diagnostics)
    if report.errors > 0 || (options.strict && report.warnings > 0) {
      report.failure =
        report.errors > 0
        ? "\(report.errors.grouped) \(report.errors == 1 ? "error" : "errors")"
        : "\(report.warnings.grouped) \(report.warnings == 1 ? "warning" : "warnings") (--strict)"
      return report
    }
    if report.addresses == 0, !options.allowShrink {
      report.failure =
        "no address was read from \(options.input.relativePath.escapedForDisplay); "
        + "to publish a site without addresses, run again with --allow-shrink"
      return report
    }
    guard let templates else {
      // Nothing changed: templates that fail to load are an error, reported above.
      report.files.unchanged = record?.files.count ?? 0
      return report
    }

    if site.languages.contains(.simplified), let problem = SimplifiedChinese.problem {
      report.failure = "no Simplified Chinese: \(problem)"
      return report
    }

    progress("rendering")
    // The addresses read now are converted to Simplified characters whole; the others' pages
    // are kept, and other pages show only their outlines, as the last build converted them.
    let keptSimplified = Dictionary(
      inputs.compactMap { input in
        input.document == nil && previous != nil && site.languages.contains(.simplified)
          ? input.state.simplifiedOutline.map { (input.state.path, $0) } : nil
      }, uniquingKeysWith: { a, _ in a })
    // The initiative names of the inputs not read now are those the last build found.
    let keptNames = Dictionary(
      inputs.compactMap { input in input.document == nil ? input.state.names.map { (input.state.path, $0) } : nil },
      uniquingKeysWith: { a, _ in a })
    var plan = SitePlan(
      documents: documents.compactMap { $0 }, languages: site.languages, rules: initiatives.rules,
      templatePages: templates.pages.map(\.name), converted: { keptSimplified[$0.file] },
      named: { keptNames[$0.file] })
    let folders = folders(of: plan)
    if let saved, !options.allowShrink {
      let published = saved.addressFolders
      let lost = published.subtracting(folders.values.compactMap(\.first)).count
      if lost * 2 > published.count {
        report.failure =
          "the new site would have \(lost.grouped) of the \(published.count.grouped) addresses in "
          + "\(options.output.relativePath.escapedForDisplay) no more; if that is intended, run again with --allow-shrink"
        return report
      }
    }
    // An address's pages change when its document does, or when its folders are renamed (a
    // new address can take the slug an older one had) or the folders it links to are.
    let changed = Set(inputs.filter(\.changed).map(\.state.path))
    let rendered = Set(
      plan.addresses.indices.filter { index in
        let file = plan.addresses[index].document.file
        return previous == nil || changed.contains(file) || previous?.folders[file] != folders[file]
      })
    plan.convertWhole(rendered.filter { keptSimplified[plan.addresses[$0].document.file] != nil })
    let contents = Dictionary(inputs.map { ($0.state.path, $0.state.content) }, uniquingKeysWith: { a, _ in a })
    let versions = plan.addresses.map { address in
      var version = Fingerprint()
      version.add(String(contents[address.document.file]?.value ?? 0))
      for folder in [address.slug] + address.areaSlugs { version.add(folder) }
      return version
    }
    let pageKeys = CorpusPageKeys.keys(plan, versions: versions)
    // Dated by the state saved even when it cannot be reused otherwise: a page whose bytes are
    // the same keeps its date, whatever else changed.
    let revisions = PageRevisions(previous: saved?.revisions ?? [:], today: options.today ?? .ofBuild())
    let renderer = SiteRenderer(plan: plan, templates: templates, options: site) {
      revisions.date(of: $0, content: $1)
    }
    let search = searchTexts(plan, inputs: inputs)
    let first = plan.languages.first ?? .english
    let entries = SiteGenerator.entries(renderer, search: search, published: options.output) { page in
      switch page.kind {
      case .address(let index), .area(let index, _), .figures(let index): return rendered.contains(index)
      case .initiative, .changes:
        guard let previous else { return true }
        let path = renderer.plan.path(of: Page(page.kind, first))
        return previous.pageKeys[path] != pageKeys[path]
      // The pages that show every address, always rendered, and kept by the writer where their
      // bytes are the same.
      case .home, .initiatives, .openData, .siteFigures, .siteMap: return true
      case .languageChoice, .notFound, .search, .templatePage: return previous == nil
      }
    }

    progress("writing \(entries.count.grouped) files")
    if options.dryRun {
      let plan = try OutputWriter.plan(entries, against: options.output)
      report.plan = plan
      report.files = plan.summary
      return report
    }
    // The search texts, Simplified outlines and initiative names of the inputs read now: kept,
    // the next build need not make them again.
    let byFile = Dictionary(
      zip(plan.addresses.indices, search).map { (plan.addresses[$0].document.file, ($0, $1)) },
      uniquingKeysWith: { a, _ in a })
    let inputStates = inputs.map { input in
      var state = input.state
      guard let (index, text) = byFile[state.path] else { return state }
      let converted = site.languages.contains(.simplified) && keptSimplified[state.path] == nil
      if input.document != nil || converted {
        state.search = text
        state.simplifiedOutline = plan.addresses[index].simplifiedOutline
      }
      if keptNames[state.path] == nil { state.names = plan.corpus.names[index] }
      return state
    }
    let pagePaths = plan.pages.map(plan.path)
    // The state is made once the pages are rendered, which dates them.
    report.files = try OutputWriter.publish(
      consume entries, to: options.output,
      buildState: BuildState(
        setting: setting, inputs: inputStates, folders: folders, pageKeys: pageKeys,
        revisions: revisions.revisions(of: pagePaths)
      ).stream,
      expecting: previous == nil ? nil : record?.folder,
      remakingRelease: options.clean)
    return report
  }

  /// Whether the publish failed only because the site was not the one the build was planned against.
  private static func isStale(_ error: OutputError) -> Bool {
    switch error {
    case .missingKeptFile, .siteChangedDuringBuild: true
    default: false
    }
  }

  /// The search texts of the plan's addresses in its languages, in its order: made when their
  /// inputs were read (the converted languages' from the plan's converted documents), else kept by
  /// the last build (or, should that fail to decode, read again).
  private static func searchTexts(_ plan: SitePlan, inputs: [InputRead]) -> [SearchText] {
    let byFile = Dictionary(inputs.map { ($0.state.path, $0) }, uniquingKeysWith: { a, _ in a })
    return plan.addresses.concurrentMap(batchSize: 16) { address in
      let input = byFile[address.document.file]
      if var text = input?.state.search, input?.document != nil || text.covers(plan.languages) {
        text.complete(from: address, languages: plan.languages)
        return text
      }
      // The plan holds only an outline of this address: read it again, whole.
      let document = InputFile.read(address.document.file).document ?? address.document
      return SearchText(
        SitePlan(documents: [document], languages: plan.languages).addresses[0], languages: plan.languages)
    }
  }

  /// Each address's folders (its own, then its areas'), and the folders its pages link to
  /// across addresses, by input file.
  private static func folders(of plan: SitePlan) -> [String: [String]] {
    Dictionary(
      plan.addresses.indices.map { index in
        let address = plan.addresses[index]
        return (address.document.file, [address.slug] + address.areaSlugs + plan.crossLinks(ofAddress: index))
      }, uniquingKeysWith: { a, _ in a })
  }

  /// The site's options: the templates' `site.json`, with the command line's over it; and the
  /// settings' problems, with a warning when there is no base URL.
  private static func siteOptions(_ options: BuildOptions) -> (SiteOptions, [Diagnostic]) {
    var (site, problems) = SiteSettings.read(in: options.templates)
    if let baseURL = options.baseURL { site.baseURL = baseURL.isEmpty ? nil : baseURL }
    if let languages = options.languages { site.languages = languages }
    if site.baseURL == nil { problems.append(SiteSettings.missingBaseURL(in: options.templates)) }
    return (site, problems)
  }

  /// What every page depends on: this tool, the templates and the options. When it changes,
  /// nothing of the last build is reused.
  private static func settingFingerprint(_ options: BuildOptions, _ site: SiteOptions) -> Fingerprint {
    var fingerprint = Fingerprint()
    fingerprint.add(toolVersion)
    if let tool = FileStamp(path: "/proc/self/exe") ?? FileStamp(path: CommandLine.arguments[0]) {
      fingerprint.add("\(tool.size) \(tool.modified) \(tool.inode)")
    }
    fingerprint.add(site.baseURL ?? "")
    fingerprint.add(site.languages.sorted().map(\.folder).joined(separator: ","))
    for name in Templates.files(in: options.templates) ?? [] {
      let file = options.templates.appendingPathComponent(name).path
      fingerprint.add(file)
      fingerprint.add(LocalFile.bytes(at: file) ?? [])
    }
    return fingerprint
  }
}

/// The version of the site this tool writes; bump it when output changes for the same input.
let toolVersion = "diglot 0.1"
