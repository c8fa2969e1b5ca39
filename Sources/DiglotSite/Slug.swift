import DiglotCorpus
import DiglotModel

/// Path components made from input text: lower-case ASCII letters, digits and single hyphens,
/// never empty, never `.` or `..`, never containing `/`, so no page can leave the site's root.
enum Slug {
  /// `2024-02-29-budget`, `2024-10-18-policy-address`; `undated-budget` when the date is unknown.
  static func address(_ document: Document) -> String {
    let kind = document.titleSlide.kind == .other ? "address" : document.titleSlide.kind.rawValue
    return (document.titleSlide.date.map(\.description) ?? "undated") + "-" + kind
  }

  /// The area's number and the first words of its English title: `1-consolidate-hong-kongs-strengths`.
  /// An area without a number is numbered by its position; one without English is `area-3`.
  static func area(_ area: Area, position: Int) -> String {
    let number = area.number ?? position
    let title = words(area.title.en?.plainText ?? "", limit: 40)
    return title.isEmpty ? "area-\(number)" : "\(number)-\(title)"
  }

  /// One folder per initiative, in the corpus's order: the English words of the name its oldest
  /// mention gives (so a later address does not rename the page), else `initiative-` and a
  /// number made from the Chinese name.
  static func initiatives(_ corpus: Corpus) -> [String] {
    let bases = corpus.initiatives.map { initiative -> String in
      let oldest = initiative.mentions.reversed()
      if let english = oldest.lazy.compactMap(\.name.en).first {
        let slug = words(english, limit: 60)
        if !slug.isEmpty { return slug }
      }
      let chinese = oldest.lazy.compactMap(\.name.zh).first ?? ""
      // FNV-1a: the same name gives the same folder in every build.
      let hash = chinese.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
      return "initiative-" + String(hash, radix: 16)
    }
    // Folders are given oldest initiative first, so a new address cannot take an older one's.
    let order = corpus.initiatives.indices.sorted { a, b in
      let (x, y) = (corpus.initiatives[a].mentions.last!, corpus.initiatives[b].mentions.last!)
      return x.document != y.document ? x.document > y.document : (x.place, bases[a]) < (y.place, bases[b])
    }
    var taken: Set<String> = []
    var slugs = [String](repeating: "", count: bases.count)
    for index in order { slugs[index] = unique(bases[index], taken: &taken) }
    return slugs
  }

  /// The file name without folders or extension: `2024-25-budget-itib`.
  static func fileName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let stem = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
    return words(stem.isEmpty ? name : stem, limit: 40)
  }

  /// Lower-case ASCII words joined by hyphens, cut after a whole word to at most `limit` characters.
  /// Apostrophes are dropped (`Kong's` is `kongs`); every other character separates words.
  static func words(_ text: String, limit: Int) -> String {
    let words = text.utf8.allSatisfy { $0 < 0x80 } ? asciiWords(text) : characterWords(text)

    var kept: [String] = []
    var length = -1
    for word in words {
      if length + 1 + word.count > limit { break }
      kept.append(word)
      length += 1 + word.count
    }
    // A cut title should not end in a word that leads on to the next one: `strengths-in`.
    if kept.count < words.count {
      while kept.count > 1, let last = kept.last, connectives.contains(last) { kept.removeLast() }
    }
    if kept.isEmpty, let first = words.first { return String(first.prefix(limit)) }
    return kept.joined(separator: "-")
  }

  /// The words of an ASCII text, lower-cased; a quick path for the usual English title.
  private static func asciiWords(_ text: String) -> [String] {
    var words: [String] = []
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
      case UInt8(ascii: "'"): continue
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// The words of any text: only characters that are ASCII letters or digits make words.
  private static func characterWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text {
      if character.isASCII && (character.isLetter || character.isNumber) {
        word.append(Character(character.lowercased()))
      } else if character != "'" && character != "’" && !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  private static let connectives: Set<String> = [
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
  ]

  /// `base`, or `base-2`, `base-3` … whichever is not taken yet; records the result as taken.
  static func unique(_ base: String, taken: inout Set<String>) -> String {
    var slug = base
    var counter = 2
    while taken.contains(slug) {
      slug = "\(base)-\(counter)"
      counter += 1
    }
    taken.insert(slug)
    return slug
  }
}
