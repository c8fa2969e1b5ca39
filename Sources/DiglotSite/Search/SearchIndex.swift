import DiglotCorpus
import DiglotModel
import Foundation

/// The search index of one language, written as scripts beside its search page, so that it loads
/// with `<script>` elements from a web server and from the file system alike.
///
/// Every sentence of the language's address and area pages, in the plan's order, then of its
/// initiative pages (their names), has a number.
/// - `index.js`: how many sentences each page has, the name of each text file with how many
///   pages it holds, and how many term files there are.
/// - `terms-N.js`: for each term (`SearchTerms`) whose hash falls in file N, the numbers of the
///   sentences that have it. A query loads the files of its terms only. The number of files is
///   a power of two, so it changes only when the index doubles.
/// - `texts-<address>.js`, one per address, named by its folder: its pages' titles, paths and
///   address, and their sentences, to show results. Adding an address adds one such file and
///   leaves the others as they were.
/// - `texts-initiatives.js`, when there are initiatives: their pages, each with its names. No
///   address's folder is `initiatives`: every one starts with its date or `undated`.
///
/// Each file calls `diglotSearch.loaded(name, data)` with JSON data.
struct SearchIndex {
  /// About how many bytes a file of terms holds: large enough to keep the files few, small
  /// enough that a query loads little.
  static let termFileSize = 40_000

  let renderer: SiteRenderer
  let language: SiteLanguage

  /// The index's `index.js` and term files for the addresses' search texts, given in the plan's
  /// order, and the initiatives' text file; the addresses' text files are `texts(ofAddress:_:)`.
  func files(_ texts: [SearchText]) -> [SiteFile] {
    let initiativePages = initiativePages()
    let initiatives = initiativePages.map(\.1)
    let pages =
      zip(renderer.plan.addresses.indices, texts).map { index, text in
        sentences(ofAddress: index, text)
      } + (initiatives.isEmpty ? [] : [initiatives])
    var termIndex: [SearchTerms.Term: Int] = [:]
    var postings: [Postings] = []
    var sentence = 0
    var cutter = SearchTerms.Cutter()
    func add(_ term: SearchTerms.Term) {
      let index =
        termIndex[term]
        ?? {
          termIndex[term] = postings.count
          postings.append(Postings())
          return postings.count - 1
        }()
      postings[index].add(sentence)
    }
    for sentences in pages.joined() {
      for item in sentences {
        for term in cutter.terms(in: item.text) { add(term) }
        for figure in item.figures { add(.word(figure.key)) }
        sentence += 1
      }
    }

    var names = [String](repeating: "", count: postings.count)
    for (term, index) in termIndex { names[index] = term.text }
    termIndex = [:]
    let total = zip(names, postings).reduce(0) { $0 + $1.0.utf8.count + ($1.1.bytes.count + 2) / 3 * 4 + 6 }
    var termFiles = 1
    while termFiles * Self.termFileSize < total { termFiles *= 2 }
    var byFile = [[Int]](repeating: [], count: termFiles)
    for (index, name) in names.enumerated() { byFile[Int(Self.hash(name) % UInt32(termFiles))].append(index) }
    var files = byFile.enumerated().map { number, indices in
      let object = indices.sorted { names[$0] < names[$1] }.map { index in
        JSONText.quoted(names[index]) + ":\"" + Data(postings[index].bytes).base64EncodedString() + "\""
      }
      return script("terms-\(number)", "{" + object.joined(separator: ",") + "}")
    }

    let textFiles =
      renderer.plan.addresses.indices.map(textsName(ofAddress:)) + (initiatives.isEmpty ? [] : [Self.initiativesName])
    let manifest =
      "{\"terms\":\(termFiles),\"pages\":\(JSONText.quoted(Self.base64(pages.joined().map(\.count))))"
      + ",\"files\":[\(textFiles.map(JSONText.quoted).joined(separator: ","))]"
      + ",\"texts\":[\(pages.map { String($0.count) }.joined(separator: ","))]}"
    files.append(script("index", manifest))
    if !initiativePages.isEmpty {
      let entries = initiativePages.map { pageEntry($0, $1) }
      files.append(script(Self.initiativesName, "[" + entries.joined(separator: ",") + "]"))
    }
    return files
  }

  /// The path of an address's text file: `en/search/texts-2024-02-29-budget.js`.
  func textsPath(ofAddress index: Int) -> String {
    folder + textsName(ofAddress: index) + ".js"
  }

  /// An address's text file: its address and area pages, each with its sentences.
  func texts(ofAddress index: Int, _ text: SearchText) -> [UInt8] {
    let kinds =
      [Page.Kind.address(index)]
      + renderer.plan.addresses[index].areaSlugs.indices.map {
        .area(address: index, area: $0)
      }
    let entries = zip(kinds, sentences(ofAddress: index, text)).map { pageEntry(Page($0, language), $1) }
    return script(textsName(ofAddress: index), "[" + entries.joined(separator: ",") + "]").contents
  }

  private static let initiativesName = "texts-initiatives"

  private var folder: String { language.folder + "/search/" }

  private func textsName(ofAddress index: Int) -> String {
    "texts-" + renderer.plan.addresses[index].slug
  }

  /// The initiative pages, each with its name in the page's language, then in the other, so that
  /// a search for an initiative finds its page.
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

  /// The sentences of an address's pages in this language: its own page's, then its areas'.
  private func sentences(ofAddress index: Int, _ text: SearchText) -> [[SearchText.Sentence]] {
    Array((text.pages[language] ?? []).prefix(1 + renderer.plan.addresses[index].areaSlugs.count))
  }

  /// A page for a text file: `[title, path, address, sentences]`, each sentence `[text]`,
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
      address =
        [context.title(of: owner)] + (owner.document.titleSlide.date.map { [Labels.date($0, in: language)] } ?? [])
    case .address(let index):
      let owner = renderer.plan.addresses[index]
      title = context.title(of: owner)
      address =
        (owner.document.titleSlide.date.map { [Labels.date($0, in: language)] } ?? []) + [
          Labels.kind(owner.document.titleSlide.kind, in: language)
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

  private func script(_ name: String, _ data: String) -> SiteFile {
    SiteFile(path: folder + name + ".js", contents: Array("diglotSearch.loaded(\"\(name)\",\(data));\n".utf8))
  }

  /// Numbers as variable-length bytes (`append(_:to:)`) in base64.
  static func base64(_ numbers: [Int]) -> String {
    var bytes: [UInt8] = []
    for number in numbers { append(number, to: &bytes) }
    return Data(bytes).base64EncodedString()
  }

  /// A number as variable-length bytes: seven bits each, the high bit set on all but the last.
  static func append(_ number: Int, to bytes: inout [UInt8]) {
    var rest = number
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// The numbers of the sentences that have a term, increasing, as their differences (the first
  /// from -1) in variable-length bytes, written as they are found: a large index holds a byte or
  /// two per sentence, not a whole number.
  private struct Postings {
    var bytes: [UInt8] = []
    var last = -1

    mutating func add(_ sentence: Int) {
      guard sentence != last else { return }
      SearchIndex.append(sentence - last - 1, to: &bytes)
      last = sentence
    }
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
