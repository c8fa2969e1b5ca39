import DiglotCorpus
import DiglotModel
import Foundation

/// The search index of one language, written as scripts beside its search page, so that it loads
/// with `<script>` elements from a web server and from the file system alike.
///
/// Every sentence of the language's address and area pages, then of its initiative pages (their
/// names), has a number, in the plan's order.
/// - `index.js`: how many sentences each page has, how many pages each text file holds, and
///   how many term files there are.
/// - `terms-N.js`: for each term (`SearchTerms`) whose hash falls in file N, the numbers of the
///   sentences that have it. A query loads the files of its terms only.
/// - `texts-N.js`: the pages' titles, paths and addresses, and their sentences, to show results.
///
/// Each file calls `diglotSearch.loaded(name, data)` with JSON data.
struct SearchIndex {
  /// About how many bytes a file of terms or texts holds: large enough to keep the files few,
  /// small enough that a query loads little.
  static let termFileSize = 40_000
  static let textFileSize = 16_000

  let renderer: SiteRenderer
  let language: SiteLanguage

  /// The index's files for the addresses' search texts, given in the plan's order.
  func files(_ texts: [SearchText]) -> [SiteFile] {
    let folder = language.folder + "/search/"
    let pages = indexedPages(texts)
    var termIndex: [SearchTerms.Term: Int] = [:]
    var terms: [SearchTerms.Term] = []
    var postings: [[Int]] = []
    var sentence = 0
    for (_, sentences) in pages {
      for item in sentences {
        let found = SearchTerms.terms(in: item.text) + item.figures.map { .word($0.key) }
        for term in found {
          let index =
            termIndex[term]
            ?? {
              termIndex[term] = terms.count
              terms.append(term)
              postings.append([])
              return terms.count - 1
            }()
          if postings[index].last != sentence { postings[index].append(sentence) }
        }
        sentence += 1
      }
    }

    let encoded = zip(terms, postings).map { term, numbers in (term.text, Self.base64(deltas: numbers)) }
    let total = encoded.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 6 }
    let termFiles = max(1, (total + Self.termFileSize - 1) / Self.termFileSize)
    var byFile = [[(String, String)]](repeating: [], count: termFiles)
    for entry in encoded { byFile[Int(Self.hash(entry.0) % UInt32(termFiles))].append(entry) }
    var files = byFile.enumerated().map { number, entries in
      let object = entries.sorted { $0.0 < $1.0 }.map { JSONText.quoted($0.0) + ":" + JSONText.quoted($0.1) }
      return script(folder, "terms-\(number)", "{" + object.joined(separator: ",") + "}")
    }

    var textFiles: [[String]] = [[]]
    var size = 0
    for (page, sentences) in pages {
      let entry = pageEntry(page, sentences)
      if size > 0 && size + entry.utf8.count > Self.textFileSize {
        textFiles.append([])
        size = 0
      }
      textFiles[textFiles.count - 1].append(entry)
      size += entry.utf8.count
    }
    files += textFiles.enumerated().map { number, entries in
      script(folder, "texts-\(number)", "[" + entries.joined(separator: ",") + "]")
    }

    let manifest =
      "{\"terms\":\(termFiles),\"pages\":\(JSONText.quoted(Self.base64(pages.map(\.1.count))))"
      + ",\"texts\":[\(textFiles.map { String($0.count) }.joined(separator: ","))]}"
    files.append(script(folder, "index", manifest))
    return files
  }

  /// The address and area pages with their sentences, in the plan's order, then the initiative
  /// pages with their names, so that a search for an initiative finds its page.
  private func indexedPages(_ texts: [SearchText]) -> [(Page, [SearchText.Sentence])] {
    addressPages(texts) + initiativePages()
  }

  /// An initiative's page has its name in the page's language, then in the other.
  private func initiativePages() -> [(Page, [SearchText.Sentence])] {
    renderer.plan.corpus.initiatives.indices.map { index in
      let page = Page(.initiative(index), language)
      let name = renderer.plan.corpus.initiatives[index].name
      let context = PageContext(
        plan: renderer.plan, page: page, options: renderer.options, words: renderer.templates.words)
      let other = language == .english ? name.zh : name.en
      let names = [context.plainName(ofInitiative: index)] + (other.map { [$0] } ?? [])
      return (page, names.map { SearchText.Sentence(text: $0, topic: 0, figures: []) })
    }
  }

  private func addressPages(_ texts: [SearchText]) -> [(Page, [SearchText.Sentence])] {
    zip(renderer.plan.addresses.indices, texts).flatMap { index, text -> [(Page, [SearchText.Sentence])] in
      let pages = text.pages[language] ?? []
      let kinds =
        [Page.Kind.address(index)]
        + renderer.plan.addresses[index].areaSlugs.indices.map {
          .area(address: index, area: $0)
        }
      return zip(kinds, pages).map { (Page($0, language), $1) }
    }
  }

  /// A page for `texts-N.js`: `[title, path, address, sentences]`, each sentence `[text]`,
  /// `[text, topic]` or `[text, topic, [[term, written], …]]`.
  private func pageEntry(_ page: Page, _ sentences: [SearchText.Sentence]) -> String {
    let context = PageContext(
      plan: renderer.plan, page: page, options: renderer.options, words: renderer.templates.words)
    let title: String
    let address: [String]
    switch page.kind {
    case .area(let index, let area):
      let owner = renderer.plan.addresses[index]
      title = context.plainTitle(ofArea: area, in: owner)
      address = [context.title(of: owner)] + (owner.document.date.map { [Labels.date($0, in: language)] } ?? [])
    case .address(let index):
      let owner = renderer.plan.addresses[index]
      title = context.title(of: owner)
      address =
        (owner.document.date.map { [Labels.date($0, in: language)] } ?? []) + [
          Labels.kind(owner.document.kind, in: language)
        ]
    case .initiative(let index):
      title = context.plainName(ofInitiative: index)
      address = [
        context.corpusWords.initiatives,
        context.corpusWords.mentionCount(renderer.plan.corpus.initiatives[index].mentions.count),
      ]
    default:
      title = ""
      address = []
    }
    let entries = sentences.map { sentence -> String in
      var fields = [JSONText.quoted(sentence.text)]
      if sentence.topic != 0 || !sentence.figures.isEmpty { fields.append(String(sentence.topic)) }
      if !sentence.figures.isEmpty {
        let figures = sentence.figures.map { "[" + JSONText.quoted($0.key) + "," + JSONText.quoted($0.written) + "]" }
        fields.append("[" + figures.joined(separator: ",") + "]")
      }
      return "[" + fields.joined(separator: ",") + "]"
    }
    return "["
      + [title, renderer.plan.path(of: page), address.joined(separator: " · ")].map(JSONText.quoted)
      .joined(separator: ",") + ",[" + entries.joined(separator: ",") + "]]"
  }

  private func script(_ folder: String, _ name: String, _ data: String) -> SiteFile {
    SiteFile(path: folder + name + ".js", contents: Array("diglotSearch.loaded(\"\(name)\",\(data));\n".utf8))
  }

  /// Numbers as variable-length bytes (seven bits each, the high bit set on all but the last)
  /// in base64.
  static func base64(_ numbers: [Int]) -> String {
    var bytes: [UInt8] = []
    for number in numbers {
      var rest = number
      while rest >= 0x80 {
        bytes.append(UInt8(rest & 0x7F) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }
    return Data(bytes).base64EncodedString()
  }

  /// Increasing numbers as their differences (the first from -1), in `base64`.
  static func base64(deltas numbers: [Int]) -> String {
    var previous = -1
    return base64(
      numbers.map { number in
        defer { previous = number }
        return number - previous - 1
      })
  }

  /// FNV-1a of the term's UTF-8 bytes, which picks its file of terms.
  static func hash(_ term: String) -> UInt32 {
    var hash: UInt32 = 0x811C_9DC5
    for byte in term.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    return hash
  }
}
