/// Light stemming of English words: step 1 of Porter's algorithm (plurals, `-ed`, `-ing`, final
/// `-y`), so that `funds`, `funded` and `funding` all become `fund`. `Templates/assets/search.js`
/// does the same to what a visitor types; the two must stay alike.
enum EnglishStemmer {
  /// The stem of a lower-case word of ASCII letters; other words are returned as they are.
  static func stem(_ word: String) -> String {
    var letters = Array(word.utf8)
    guard letters.count > 2, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    step1a(&letters)
    step1b(&letters)
    step1c(&letters)
    return String(decoding: letters, as: UTF8.self)
  }

  /// `caresses` → `caress`, `ponies` → `poni`, `cats` → `cat`.
  private static func step1a(_ w: inout [UInt8]) {
    if ends(w, "sses") || ends(w, "ies") {
      w.removeLast(2)
    } else if ends(w, "s") && !ends(w, "ss") {
      w.removeLast()
    }
  }

  /// `agreed` → `agree`, `plastered` → `plaster`, `motoring` → `motor`, `hopping` → `hop`,
  /// `filing` → `file`.
  private static func step1b(_ w: inout [UInt8]) {
    if ends(w, "eed") {
      if measure(w.dropLast(3)) > 0 { w.removeLast() }
      return
    }
    let suffix = ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : 0
    guard suffix > 0, hasVowel(w.dropLast(suffix)) else { return }
    w.removeLast(suffix)
    if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
      w.append(0x65)
    } else if let last = w.last, w.count > 1, last == w[w.count - 2], isConsonant(w, w.count - 1),
      !"lsz".utf8.contains(last)
    {
      w.removeLast()
    } else if measure(w[...]) == 1 && endsConsonantVowelConsonant(w) {
      w.append(0x65)
    }
  }

  /// `happy` → `happi`; `sky` stays.
  private static func step1c(_ w: inout [UInt8]) {
    if ends(w, "y") && hasVowel(w.dropLast()) { w[w.count - 1] = 0x69 }
  }

  private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
    w.count > suffix.utf8.count && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
  }

  /// A consonant is a letter other than a, e, i, o, u, and other than a `y` after a consonant.
  private static func isConsonant(_ w: some RandomAccessCollection<UInt8>, _ offset: Int) -> Bool {
    let letter = w[w.index(w.startIndex, offsetBy: offset)]
    switch letter {
    case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
    case 0x79: return offset == 0 ? true : !isConsonant(w, offset - 1)
    default: return true
    }
  }

  /// How many vowel-consonant sequences the word has: `[C](VC){m}[V]`.
  private static func measure(_ w: ArraySlice<UInt8>) -> Int {
    var count = 0
    var previousVowel = false
    for offset in 0..<w.count {
      let consonant = isConsonant(w, offset)
      if consonant && previousVowel { count += 1 }
      previousVowel = !consonant
    }
    return count
  }

  private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
    (0..<w.count).contains { !isConsonant(w, $0) }
  }

  /// Consonant, vowel, consonant at the end, the last not `w`, `x` or `y`: `hop`, `fil`.
  private static func endsConsonantVowelConsonant(_ w: [UInt8]) -> Bool {
    let n = w.count
    guard n >= 3, let last = w.last else { return false }
    return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !"wxy".utf8.contains(last)
  }
}
