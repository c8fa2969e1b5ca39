import DiglotModel

/// The name of an initiative in one bullet, in one or both languages, as written.
public struct InitiativeName: Hashable, Sendable {
  public var zh: String?
  public var en: String?

  public init(zh: String?, en: String?) {
    self.zh = zh
    self.en = en
  }

  /// The names a bullet gives, in order: Chinese names in `「」` or bold, English names in bold or
  /// quotation marks or, failing those, in capitals. A Chinese name that spells out an English one
  /// (`生命健康創新科研中心 InnoLife Healthtech Hub`) is paired with it, the others by order when
  /// the two languages give as many. A bullet that is nothing but a name (`新型工業加速計劃` /
  /// `New Industrialisation Acceleration Scheme`), or a list of them, names itself.
  public static func names(in text: Bilingual) -> [InitiativeName] {
    if let wholeZh = text.zh?.plainText, let wholeEn = text.en?.plainText {
      // A bullet that is nothing but a list of names, `甲計劃、乙計劃` / `Alpha Scheme, Beta Scheme`.
      let zhList = wholeZh.split(separator: "、").map { trimmed(String($0)) }
      let enList = wholeEn.split(separator: ",").map { trimmed(String($0)) }
      if zhList.count > 1, zhList.count == enList.count, zhList.allSatisfy(isBareChineseName),
        enList.allSatisfy({ capitalisedRuns(in: $0, includingFirstWord: true) == [$0] })
      {
        return zip(zhList, enList).map { InitiativeName(zh: $0, en: $1) }
      }
      if isBareChineseName(wholeZh), capitalisedRuns(in: wholeEn, includingFirstWord: true) == [trimmed(wholeEn)] {
        return [InitiativeName(zh: trimmed(wholeZh), en: trimmed(wholeEn))]
      }
    }
    let zh = text.zh.map { chineseNames(in: $0, boldRuns: text.boldRuns(inChinese: true)) } ?? []
    let en = text.en.map { englishNames(in: $0, boldRuns: text.boldRuns(inChinese: false)) } ?? []
    if zh.count == en.count { return zip(zh, en).map { InitiativeName(zh: $0, en: $1) } }
    var unpairedEn = en
    var names = zh.map { name in
      InitiativeName(zh: name, en: unpairedEn.firstIndex { name.contains($0) }.map { unpairedEn.remove(at: $0) })
    }
    let unpairedZh = names.indices.filter { names[$0].en == nil }
    if unpairedZh.count == unpairedEn.count {
      for (index, name) in zip(unpairedZh, unpairedEn) { names[index].en = name }
      return names
    }
    return names + unpairedEn.map { InitiativeName(zh: nil, en: $0) }
  }

  /// A name reduced to what identifies it: lower case, no quotes, no leading `the`, no trailing
  /// abbreviation in brackets, single spaces. `The "AI Subsidy Scheme" (AISS)` is `ai subsidy scheme`.
  public static func normalised(_ name: String) -> String {
    var words = name.lowercased()
      .filter { !quoteMarks.contains($0) }
      .split(whereSeparator: \.isWhitespace).map(String.init)
    if words.first == "the" { words.removeFirst() }
    var result = words.joined(separator: " ")
    for (open, close) in [("(", ")"), ("（", "）")] where result.hasSuffix(close) {
      if let start = result.range(of: open, options: .backwards), start.lowerBound != result.startIndex {
        result = String(result[..<start.lowerBound]).trimmingSpaces
      }
    }
    return result
  }

  /// True when the name is Chinese (has a CJK character).
  static func isChinese(_ name: String) -> Bool {
    name.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) }
  }

  private static let quoteMarks: Set<Character> = ["\"", "“", "”", "'", "‘", "’", "「", "」", "『", "』", "《", "》"]

  /// Names in `「」`, then bold runs that are not inside one, are not a bracketed name's
  /// container, and are more than a figure.
  private static func chineseNames(in inline: Inline, boldRuns: [(run: String, rest: String)]) -> [String] {
    var names: [String] = []
    var current: String?
    for character in inline.plainText {
      switch character {
      case "「": current = ""
      case "」":
        if let name = current.map(trimmed), !name.isEmpty { names.append(name) }
        current = nil
      default: current?.append(character)
      }
    }
    for (run, rest) in boldRuns where !run.contains("「") && !run.contains("」") {
      let name = trimmed(run)
      guard hasWords(rest), !names.contains(where: { $0.contains(name) }) else { continue }
      names.append(name)
    }
    return names
  }

  /// Bold runs that are more than a figure, then phrases in quotation marks (`a “digital identity
  /// of enterprises” platform`) that are not in one; if there are none, runs of three or more
  /// capitalised words after the first word (`Enhance the Technology Talent Admission Scheme`).
  private static func englishNames(in inline: Inline, boldRuns: [(run: String, rest: String)]) -> [String] {
    var names: [String] = []
    for (run, rest) in boldRuns where hasWords(rest) {
      names.append(trimmed(run))
    }
    let text = inline.plainText
    for quoted in quotedPhrases(in: text) where !names.contains(where: { $0.contains(quoted) }) {
      names.append(quoted)
    }
    return names.isEmpty ? capitalisedRuns(in: text, includingFirstWord: false) : names
  }

  /// The phrases of two words or more between `“` and `”`, or between two `"`.
  private static func quotedPhrases(in text: String) -> [String] {
    var phrases: [String] = []
    var current: String?
    for character in text {
      switch (character, current) {
      case ("“", _), ("\"", nil): current = ""
      case ("”", let phrase?), ("\"", let phrase?):
        let name = trimmed(phrase)
        if name.contains(" ") { phrases.append(name) }
        current = nil
      default: current?.append(character)
      }
    }
    return phrases
  }

  /// Words that join the capitalised words of a name: `Innovation and Technology Fund`.
  private static let joiningWords: Set<String> = ["and", "of", "for", "the", "&", "on", "in"]

  /// Maximal runs of capitalised words (joined by `and`, `of` …) with at least three capitalised
  /// words; the text's first word, capitalised as a sentence starts, is left out unless asked.
  private static func capitalisedRuns(in text: String, includingFirstWord: Bool) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    var runs: [String] = []
    var run: [String] = []
    func close() {
      while let last = run.last, joiningWords.contains(last) { run.removeLast() }
      if let last = run.last { run[run.count - 1] = last.trimming(",") }
      if run.count(where: { !joiningWords.contains($0) }) >= 3 { runs.append(run.joined(separator: " ")) }
      run = []
    }
    for (index, word) in words.enumerated() {
      // A comma may stand inside a name (`Research, Academic and Industry …`); other marks end it,
      // and so does a footnote mark (`Fund*`).
      let bare = word.trimming(",;:.*")
      let capitalised = bare.first.map { $0.isUppercase || $0.isNumber } ?? false
      if index == 0 && !includingFirstWord {
        continue
      } else if capitalised, let owner = possessor(bare) {
        // `the AI Supercomputing Centre's computing power`: the name ends with its owner's `'s`.
        run.append(owner)
        close()
      } else if capitalised {
        run.append(word.trimming(";:.*"))
        if word.last.map({ ";:.*".contains($0) }) ?? false { close() }
      } else if !run.isEmpty && joiningWords.contains(bare) && bare == word {
        run.append(bare)
      } else {
        close()
      }
    }
    close()
    return runs
  }

  /// The word without its possessive `'s` (`Centre's`, `Centre’s`), if it has one.
  private static func possessor(_ word: String) -> String? {
    for ending in ["'s", "’s"] where word.hasSuffix(ending) && word.count > ending.count {
      return String(word.dropLast(ending.count))
    }
    return nil
  }

  /// Words that bound a figure, in bold with it: `**about $300 million**`.
  private static let qualifierWords: Set<String> = ["about", "over", "up", "to", "no", "more", "less", "than"]

  /// A short Chinese text with no sentence punctuation: a bullet that is only a name.
  private static func isBareChineseName(_ text: String) -> Bool {
    let name = trimmed(text)
    return isChinese(name) && name.count <= 20 && !name.contains(where: { "，。；：、,;:「」".contains($0) })
  }

  /// True when the text, its figures taken out, has letters besides the words that bound a figure:
  /// what is left of `100億元` or `up to $3 billion` is not a name.
  static func hasWords(_ rest: String) -> Bool {
    let words = rest.split(whereSeparator: { $0.isWhitespace }).filter { !qualifierWords.contains($0.lowercased()) }
    return words.joined().contains { $0.isLetter && !"億萬元千百十".contains($0) }
  }

  static func trimmed(_ text: String) -> String { text.trimmingSpaces }
}

extension String {
  /// The string without white space at either end.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  func trimming(_ set: String) -> String {
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return String(result)
  }
}
