import DiglotModel
import DiglotXML
import Foundation

/// A page whose words the web team writes: a file of `Templates/pages/` (`important-notices.html`),
/// with a `<section lang="en">` and a `<section lang="zh-Hant-HK">`, each headed by an `<h1>`. The
/// page is `en/important-notices/index.html` in each language, with the site's header and footer;
/// its Simplified Chinese is converted from the Traditional section, unless the file has a
/// `<section lang="zh-Hans">` of its own. Every page's footer links to it.
public struct TemplatePage: Sendable {
  /// The page's folder in each language: the file's name without `.html`.
  public let name: String
  /// Each language's content: its section's children.
  let content: [SiteLanguage: [MarkupNode]]
  /// Each language's title: the text of its `<h1>`.
  private let titles: [SiteLanguage: String]

  init(name: String, content: [SiteLanguage: [MarkupNode]]) {
    self.name = name
    self.content = content
    titles = content.compactMapValues { $0.allElements.first { $0.name == "h1" }?.textContent }
  }

  /// The page's title in a language: the text of its `<h1>`, else the page's name.
  func title(in language: SiteLanguage) -> String {
    titles[language] ?? name
  }

  /// Folder names of the site's own pages in a language folder, which a page of the team's may not take.
  static let reserved: Set<String> = ["search", "initiatives", "figures", "open-data", "site-map"]

  /// The pages of a template folder's `pages/`, sorted by name; none when there is no such folder.
  static func read(in directory: URL) -> ([TemplatePage], [Diagnostic]) {
    let folder = directory.appendingPathComponent("pages")
    let names = (Templates.files(in: folder) ?? []).filter { $0.hasSuffix(".html") && !$0.contains("/") }
    var pages: [TemplatePage] = []
    var problems: [Diagnostic] = []
    for file in names {
      let url = folder.appendingPathComponent(file)
      let path = url.relativePath
      func problem(_ message: String, at position: MarkupPosition? = nil) {
        problems.append(
          Diagnostic(
            .error, message, file: path,
            position: SourcePosition(line: position?.line ?? 1, column: position?.column ?? 1)))
      }
      let found = problems.count
      let name = String(file.dropLast(".html".count))
      guard name.first?.isLetter == true,
        name.allSatisfy({ ($0.isLowercase || $0.isNumber || $0 == "-") && $0.isASCII }),
        !reserved.contains(name), !name.hasPrefix("undated")
      else {
        problem(
          "a page's file name must be lower-case letters, digits and hyphens, start with a letter, "
            + "and not be one of the site's own folders (\(reserved.sorted().joined(separator: ", ")))")
        continue
      }
      let parsed = HTML.parse(Array((try? Data(contentsOf: url)) ?? Data()))
      for parseProblem in parsed.problems where parseProblem.severity == .error {
        problem(parseProblem.message, at: parseProblem.position)
      }
      var content: [SiteLanguage: [MarkupNode]] = [:]
      for section in parsed.nodes.allElements where section.name == "section" {
        guard let language = section[attribute: "lang"].flatMap(SiteLanguage.init(named:)) else { continue }
        if !section.children.allElements.contains(where: { $0.name == "h1" }) {
          problem("the \(language.tag) section has no <h1>, which is the page's title", at: section.position)
        }
        content[language] = section.children
      }
      for language in [SiteLanguage.english, .chinese] where content[language] == nil {
        problem("the page has no <section lang=\"\(language.tag)\">")
      }
      if content[.simplified] == nil { content[.simplified] = content[.chinese].map(simplified) }
      if problems.count == found { pages.append(TemplatePage(name: name, content: content)) }
    }
    return (pages, problems)
  }

  /// Traditional Chinese nodes in Simplified characters.
  private static func simplified(_ nodes: [MarkupNode]) -> [MarkupNode] {
    nodes.map { node in
      switch node {
      case .text(let text): return .text(SimplifiedChinese.convert(text))
      case .element(var element):
        element.children = simplified(element.children)
        if element[attribute: "lang"].flatMap(SiteLanguage.init(named:)) == .chinese {
          element[attribute: "lang"] = SiteLanguage.simplified.tag
        }
        return .element(element)
      default: return node
      }
    }
  }
}
