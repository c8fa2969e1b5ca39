import DiglotModel
import Foundation

/// `site.json` in the template folder: the site's name in each language, its base URL, its
/// languages and the links of its footer (`Templates/README.md` shows the file).
public enum SiteSettings {
  /// The settings file's name in the template folder.
  public static let fileName = "site.json"

  /// The options a template folder's `site.json` sets; a folder without the file has the
  /// defaults. Mistakes are errors located in the file.
  public static func read(in directory: URL) -> (SiteOptions, [Diagnostic]) {
    let url = directory.appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: url) else { return (SiteOptions(), []) }
    return parse(data, path: url.relativePath)
  }

  /// Reads the settings given as the file's bytes; `path` is the name diagnostics give it.
  static func parse(_ data: Data, path: String) -> (SiteOptions, [Diagnostic]) {
    let text = String(decoding: data, as: UTF8.self)
    var problems: [Diagnostic] = []
    func problem(_ message: String, at needle: String? = nil) {
      problems.append(Diagnostic(.error, message, file: path, position: SourcePosition.ofQuoted(needle, in: text)))
    }
    var options = SiteOptions()
    guard let object = try? JSONSerialization.jsonObject(with: data), let entries = object as? [String: Any] else {
      problem("expected a JSON object of settings (\(known))")
      return (options, problems)
    }
    for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
      switch key {
      case "siteName":
        options.siteNames = byLanguage(value, key, problem) ?? [:]
      case "baseURL":
        guard let url = value as? String, url.isEmpty || isAbsolute(url) else {
          problem("\"baseURL\" must be the site's address, as https://www.example.gov.hk/policy/, or \"\"", at: key)
          continue
        }
        options.baseURL = url.isEmpty ? nil : url
      case "languages":
        let names = value as? [String] ?? []
        let languages = names.compactMap(SiteLanguage.init(named:))
        guard !names.isEmpty, languages.count == names.count else {
          let all = SiteLanguage.allCases.map(\.folder).joined(separator: ", ")
          problem("\"languages\" must list one or more of \(all)", at: key)
          continue
        }
        options.languages = languages
      case "footerLinks":
        guard let links = value as? [[String: Any]] else {
          problem("\"footerLinks\" must be a list of links, each with \"text\" and \"href\"", at: key)
          continue
        }
        options.footerLinks = links.compactMap { link in
          guard Set(link.keys) == ["text", "href"] else {
            problem("each footer link has \"text\" and \"href\", and nothing else", at: key)
            return nil
          }
          guard let words = byLanguage(link["text"]!, "text", problem),
            let hrefs = byLanguage(link["href"]!, "href", problem)
          else { return nil }
          guard hrefs.values.allSatisfy(isAbsolute) else {
            problem("a footer link's \"href\" must be an absolute URL, as https://www.gov.hk/en/", at: "href")
            return nil
          }
          return FooterLink(text: words, href: hrefs)
        }
      default:
        problem("unknown setting \"\(key)\" (known: \(known))", at: key)
      }
    }
    return (options, problems)
  }

  private static let known = "siteName, baseURL, languages, footerLinks"

  /// The warning of a build without a base URL, located at `"baseURL"` in the folder's settings.
  public static func missingBaseURL(in directory: URL) -> Diagnostic {
    let url = directory.appendingPathComponent(fileName)
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Diagnostic(
      .warning,
      "no base URL: sitemap.xml is left out and 404.html links relatively, which a deep address breaks; "
        + "to publish, set \"baseURL\" here or give --base-url",
      file: url.relativePath, position: SourcePosition.ofQuoted("baseURL", in: text))
  }

  /// Text for every language (`"GovHK"`), or an object of texts by language
  /// (`{"en": "GovHK", "zh-hant": "香港政府一站通"}`); `nil` after reporting a problem.
  private static func byLanguage(
    _ value: Any, _ key: String, _ problem: (String, String?) -> Void
  ) -> [SiteLanguage: String]? {
    if let text = value as? String, !text.allSatisfy(\.isWhitespace) {
      return Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, text) })
    }
    var result: [SiteLanguage: String] = [:]
    guard let entries = value as? [String: Any], !entries.isEmpty else {
      problem("\"\(key)\" must be some text, or an object of texts by language", key)
      return nil
    }
    for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
      guard let language = SiteLanguage(named: name) else {
        let all = SiteLanguage.allCases.map(\.folder).joined(separator: ", ")
        problem("unknown language \"\(name)\" (known: \(all))", name)
        return nil
      }
      guard let text = text as? String, !text.allSatisfy(\.isWhitespace) else {
        problem("\"\(name)\" must be some text", name)
        return nil
      }
      result[language] = text
    }
    return result
  }

  /// An `http` or `https` URL with a host.
  private static func isAbsolute(_ url: String) -> Bool {
    guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
      return false
    }
    return ["http", "https"].contains(scheme) && !(components.host ?? "").isEmpty
  }
}
