import DiglotModel
import DiglotXML
import Foundation

/// A place in the page template that the generator fills, marked `data-slot="name"`.
///
/// The generator replaces the element's children and removes the `data-slot` attribute; an
/// element whose slot has nothing on a page (breadcrumbs on the language choice) is left out.
enum Slot: String, CaseIterable {
  /// The page's title, as text: `<title data-slot="title">`.
  case title
  /// The skip link's text; the element is an `<a>` whose `href` names the content slot's `id`.
  case skipLink = "skip-link"
  /// The language switch: a list of the languages, each linking to the same page in it; the
  /// element gets an `aria-label`, so a `<nav>` suits it.
  case language
  /// The line saying that the page was converted by machine, on Simplified Chinese pages only.
  case conversionNote = "conversion-note"
  /// The trail of links from the home page, as an `<ol>`; the element gets an `aria-label`.
  case breadcrumbs
  /// The page's own content: `<main id="main" data-slot="content">`.
  case content
  /// A link to the home page with the site's name.
  case siteName = "site-name"
  /// A link to the language's Atom feed.
  case feed
  /// The text-size control: three buttons (normal, larger, largest), each named in the page's
  /// language. The element should have `hidden`: `assets/text-size.js` shows it and makes the
  /// buttons work, so without scripts nothing changes.
  case textSize = "text-size"
  /// For print: the address the page belongs to, the page's URL and the address's date.
  case printLine = "print-line"
  /// The page's last revision date, in words that `labels.json` gives as `revised`: the date
  /// its content last changed, which the build keeps; it cannot be inside another slot's element.
  case revised
  /// The footer's links as list items: to the pages of `pages/` and the site map, then those of
  /// `site.json`; put it on a `<ul>`.
  case footerLinks = "footer-links"
  /// A search box: a `<form>` that the page fills with a field and a button, sent to the
  /// language's search page; left out on the search page itself.
  case search

  var isRequired: Bool {
    switch self {
    case .title, .skipLink, .language, .breadcrumbs, .content: true
    case .siteName, .feed, .search, .conversionNote, .footerLinks, .printLine, .textSize, .revised: false
    }
  }
}

/// A piece of the page template.
enum TemplatePart: Sendable {
  /// Markup that is the same on every page, serialised once.
  case fixed([UInt8])
  /// The `<html>` start tag, which gets each page's `lang`.
  case htmlStart(MarkupElement)
  /// An element with a slot, or with URLs from the site's root, filled in for each page.
  case element(MarkupElement)
  /// The end of `<head>`, where each page's alternates go.
  case headEnd
}

/// The site's look: the page template, parsed once, and the files copied into the site as they are.
///
/// A template folder holds `page.html` and an `assets/` folder. URLs in `page.html` are written
/// relative to the site's root (`assets/site.css`); each page gets them relative to itself.
public struct Templates: Sendable {
  /// `page.html`, cut once into what every page shares and what each page fills in.
  let parts: [TemplatePart]
  /// The files of `assets/`, with their paths in the site (`assets/site.css`).
  public let assets: [SiteFile]
  /// The interface's words in each language: the built-in ones, changed by `labels.json`.
  let words: [SiteLanguage: Labels]
  /// The pages of `pages/`, which the team writes, sorted by name.
  public internal(set) var pages: [TemplatePage] = []

  /// Reads `page.html` and `assets/` from a template folder.
  ///
  /// Returns `nil` templates when there is an error; the diagnostics are sorted and name the files
  /// as they were given (`Templates/page.html:12:5: error: …`).
  public static func load(from directory: URL) -> (Templates?, [Diagnostic]) {
    let pageURL = directory.appendingPathComponent("page.html")
    guard let page = try? Data(contentsOf: pageURL) else {
      let problem = Diagnostic(
        .error, "cannot read the page template", file: pageURL.relativePath,
        position: SourcePosition(line: 1, column: 1))
      return (nil, [problem])
    }
    let (words, wordProblems) = readWords(in: directory)
    let (pages, pageProblems) = TemplatePage.read(in: directory)
    let (templates, problems) = parse(page: Array(page), path: pageURL.relativePath, assets: readAssets(in: directory))
    let failed = (wordProblems + pageProblems).contains { $0.severity == .error }
    return (
      failed ? nil : templates.map { Templates(parts: $0.parts, assets: $0.assets, words: words, pages: pages) },
      Diagnostic.sorted(problems + wordProblems + pageProblems)
    )
  }

  /// The words of `labels.json` in a template folder, over the built-in ones:
  /// `{"en": {"siteName": "Policy Highlights"}, "zh-Hant-HK": {"siteName": "施政重點"}}`; languages
  /// are named by their tag (`zh-Hans`) or folder (`zh-hans`).
  /// A folder without the file has the built-in words.
  static func readWords(in directory: URL) -> ([SiteLanguage: Labels], [Diagnostic]) {
    var words = Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, Labels.of($0)) })
    let url = directory.appendingPathComponent("labels.json")
    guard let data = try? Data(contentsOf: url) else { return (words, []) }
    let text = String(decoding: data, as: UTF8.self)
    let path = url.relativePath
    func problem(_ message: String, at needle: String? = nil) -> Diagnostic {
      Diagnostic(.error, message, file: path, position: SourcePosition.ofQuoted(needle, in: text))
    }
    let languages = SiteLanguage.allCases.map(\.tag).joined(separator: ", ")
    guard let object = try? JSONSerialization.jsonObject(with: data), let entries = object as? [String: Any] else {
      return (words, [problem("expected a JSON object of languages (\(languages)) and their words")])
    }
    var problems: [Diagnostic] = []
    for (tag, value) in entries.sorted(by: { $0.key < $1.key }) {
      guard let language = SiteLanguage(named: tag) else {
        problems.append(problem("unknown language \"\(tag)\" (known: \(languages))", at: tag))
        continue
      }
      guard let named = value as? [String: Any] else {
        problems.append(problem("expected an object of words for \(tag)", at: tag))
        continue
      }
      for (name, value) in named.sorted(by: { $0.key < $1.key }) {
        guard let keyPath = Labels.names[name] else {
          let known = Labels.names.keys.sorted().joined(separator: ", ")
          problems.append(
            problem(
              name == "siteName"
                ? "the site's name is set in \(SiteSettings.fileName), as \"siteName\""
                : "unknown word \"\(name)\" (known: \(known))", at: name))
          continue
        }
        guard let word = value as? String, !word.allSatisfy(\.isWhitespace) else {
          problems.append(problem("\"\(name)\" must be some text", at: name))
          continue
        }
        words[language]![keyPath: keyPath] = word
      }
    }
    return (words, problems)
  }

  /// Parses a page template given as bytes; `path` is the name diagnostics give it.
  public static func parse(page: [UInt8], path: String, assets: [SiteFile] = []) -> (Templates?, [Diagnostic]) {
    let parsed = HTML.parse(page)
    var diagnostics = parsed.problems.map { problem in
      Diagnostic(
        problem.severity == .error ? .error : .warning, problem.message, file: path,
        position: SourcePosition(line: problem.position.line, column: problem.position.column))
    }
    if !parsed.hasErrors {
      diagnostics += check(parsed.nodes).map { message, position in
        Diagnostic(
          .error, message, file: path,
          position: SourcePosition(line: position?.line ?? 1, column: position?.column ?? 1))
      }
    }
    diagnostics = Diagnostic.sorted(diagnostics)
    let failed = diagnostics.contains { $0.severity == .error }
    let words = Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, Labels.of($0)) })
    return (failed ? nil : Templates(parts: compile(parsed.nodes), assets: assets, words: words), diagnostics)
  }

  /// What the generator relies on: a head with the UTF-8 charset, each slot known and in place.
  private static func check(_ nodes: [MarkupNode]) -> [(String, MarkupPosition?)] {
    let elements = nodes.allElements
    let body = elements.first { $0.name == "body" }?.position
    var problems: [(String, MarkupPosition?)] = []
    if !elements.contains(where: { $0.name == "head" }) {
      problems.append(("the template has no <head>", body))
    }
    if !elements.contains(where: { $0.name == "meta" && $0[attribute: "charset"]?.lowercased() == "utf-8" }) {
      problems.append(("the template has no <meta charset=\"utf-8\">", body))
    }
    var slots: [Slot: MarkupElement] = [:]
    for element in elements {
      guard let name = element[attribute: "data-slot"] else { continue }
      guard let slot = Slot(rawValue: name) else {
        let known = Slot.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(("unknown slot \"\(name)\" (known slots: \(known))", element.position))
        continue
      }
      if HTML.isVoid(element.name) || ["html", "head", "body"].contains(element.name) {
        problems.append(("slot \"\(name)\" cannot be on <\(element.name)>", element.position))
        continue
      }
      slots[slot] = slots[slot] ?? element
    }
    for slot in Slot.allCases where slot.isRequired && slots[slot] == nil {
      problems.append(("the template has no element with data-slot=\"\(slot.rawValue)\"", body))
    }
    if let language = slots[.language], !["nav", "div"].contains(language.name) {
      problems.append(("the language slot must be on a <nav> or a <div>: it holds a list", language.position))
    }
    let isRevised = { (element: MarkupElement) in element[attribute: "data-slot"] == Slot.revised.rawValue }
    if let revised = slots[.revised],
      elements.contains(where: { isFilled($0) && $0.children.allElements.contains(where: isRevised) })
    {
      problems.append(("slot \"revised\" cannot be inside an element that the page fills", revised.position))
    }
    if let skip = slots[.skipLink], let content = slots[.content] {
      let target = content[attribute: "id"].map { "#" + $0 }
      if skip.name != "a" || target == nil || skip[attribute: "href"] != target {
        problems.append(
          ("the skip-link slot must be an <a> linking to the id of the content slot's element", skip.position))
      }
    }
    return problems
  }

  /// Cuts the template into fixed markup, serialised once, and the parts each page fills in.
  private static func compile(_ nodes: [MarkupNode]) -> [TemplatePart] {
    var parts: [TemplatePart] = []
    var fixed = HTMLWriter()
    func flush() {
      if !fixed.bytes.isEmpty { parts.append(.fixed(fixed.bytes)) }
      fixed = HTMLWriter()
    }
    func visit(_ nodes: [MarkupNode]) {
      for node in nodes {
        guard case .element(var element) = node, changesPerPage(element) else {
          fixed.write([node])
          continue
        }
        if isFilled(element) {
          flush()
          parts.append(.element(element))
          continue
        }
        let children = element.children
        if element.name == "html" {
          flush()
          element.children = []
          parts.append(.htmlStart(element))
        } else {
          fixed.startTag(element)
        }
        visit(children)
        if element.name == "head" {
          flush()
          parts.append(.headEnd)
        }
        fixed.endTag(element.name)
      }
    }
    visit(nodes)
    flush()
    return parts
  }

  /// Whether an element, or one inside it, differs from page to page.
  private static func changesPerPage(_ element: MarkupElement) -> Bool {
    element.name == "html" || element.name == "head" || isFilled(element)
      || element.children.contains { $0.element.map(changesPerPage) ?? false }
  }

  /// Whether each page fills the element in: it has a slot, or a URL written from the site's root.
  static func isFilled(_ element: MarkupElement) -> Bool {
    element[attribute: "data-slot"] != nil
      || urlAttributes.contains { element[attribute: $0].map(isRootRelative) ?? false }
  }

  /// The attributes whose URLs are written from the site's root in the template.
  static let urlAttributes = ["href", "src"]

  /// A URL the template writes from the site's root: no scheme, not absolute, not a fragment.
  static func isRootRelative(_ url: String) -> Bool {
    guard let first = url.first, !"#/?".contains(first) else { return false }
    return !url.prefix { !"/?#".contains($0) }.contains(":")
  }

  /// The files of a template folder, which the build reads and a change to which calls for a
  /// build: every file that is not a folder, hidden, or inside a hidden folder, by path from
  /// `directory`, sorted. Nil if the folder cannot be listed.
  public static func files(in directory: URL) -> [String]? {
    guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: directory.path) else { return nil }
    return paths.sorted().filter { path in
      guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return false }
      var isDirectory: ObjCBool = false
      let url = directory.appendingPathComponent(path)
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
  }

  /// The files under `assets/`, sorted by path.
  private static func readAssets(in directory: URL) -> [SiteFile] {
    (files(in: directory) ?? []).compactMap { path in
      guard path.hasPrefix("assets/"), let data = try? Data(contentsOf: directory.appendingPathComponent(path)) else {
        return nil
      }
      return SiteFile(path: path, contents: Array(data))
    }
  }
}
