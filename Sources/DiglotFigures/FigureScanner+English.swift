import DiglotModel
import Foundation

extension FigureScanner {
  /// The figures in English text, in text order: money (`$3 billion`, `HK$2.4bn`, `HKD 3 billion`,
  /// `$350m`, `$500,000`, both amounts of a range such as `$3-4 billion`), counts (`13 000`,
  /// `13,000`, `More than 40`, `three`), percentages (`5%`, `5 per cent`) and ratios
  /// (`1 (Government):2 (Company)`).
  public static func english(in text: String) -> [FoundFigure] {
    scan(ScannedText(text), mayStart: \.mayStartEnglishFigure) { $0.englishFigures(at: $1, into: &$2) }
  }

  /// The figures in English text given as its scalars; offsets still count characters.
  public static func english(in scalars: [Unicode.Scalar]) -> [FoundFigure] {
    scan(ScannedText(scalars), mayStart: \.mayStartEnglishFigure) { $0.englishFigures(at: $1, into: &$2) }
  }
}

/// Qualifier phrases, tried longest first.
private let englishQualifiers = QualifierWords([
  ("not exceeding", .noMoreThan), ("approximately", .about), ("no more than", .noMoreThan),
  ("not more than", .noMoreThan), ("no less than", .noLessThan), ("not less than", .noLessThan),
  ("more than", .over), ("at least", .noLessThan), ("around", .about), ("about", .about),
  ("up to", .upTo), ("over", .over),
])

private let smallNumberWords: KeyValuePairs = [
  "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
  "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
  "seventeen": 17, "eighteen": 18, "nineteen": 19,
]
private let tensWords: KeyValuePairs = [
  "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
]
private let smallNumbers = WordTable(smallNumberWords)
private let tens = WordTable(tensWords)

/// The words a number in words starts with, those of `smallNumbers` and `tens`, by their length:
/// a word is compared only with the few of its own length.
private let numberStartsByLength: [[WordKey]] = {
  var byLength: [[WordKey]] = []
  for (word, _) in Array(smallNumberWords) + Array(tensWords) {
    let length = word.unicodeScalars.count
    while byLength.count <= length { byLength.append([]) }
    byLength[length].append(WordKey(word))
  }
  return byLength
}()

/// The shapes (see `wordShape`) of the words a number in words starts with, as a set of bits: a
/// word of another shape, as most words are, is ruled out without reading all its letters.
private let numberStartShapes: [UInt64] = {
  var bits = [UInt64](repeating: 0, count: 1 << 14 / 64)
  for (word, _) in Array(smallNumberWords) + Array(tensWords) {
    let letters = word.unicodeScalars
    let shape = wordShape(length: letters.count, first: letters.first!, last: letters.last!)!
    bits[shape >> 6] |= 1 << (shape & 63)
  }
  return bits
}()

/// A word's length (under 16) and its first and last letters, lower-cased, as a number under 2¹⁴;
/// nil if the first or last is not an ASCII letter. Inlined: called out of line, it costs as much
/// again as it does.
@inline(__always) private func wordShape(length: Int, first: Unicode.Scalar, last: Unicode.Scalar) -> Int? {
  let first = first.lowercasedLetter.value &- 0x61
  let last = last.lowercasedLetter.value &- 0x61
  guard length < 16, first < 26, last < 26 else { return nil }
  return length << 10 | Int(first) << 5 | Int(last)
}
private let hundred = WordKey("hundred")
private let thousand = WordKey("thousand")

/// Scale words after a number, as powers of ten: `$3 billion`, `1.2 million people`.
private let scales = WordTable(["thousand": 3, "million": 6, "billion": 9, "trillion": 12])

/// Scales abbreviated after an amount of money (`$350m`, `HK$2.4bn`), as powers of ten.
private let abbreviatedScales = WordTable(["k": 3, "m": 6, "mn": 6, "b": 9, "bn": 9, "tn": 12])

/// Abbreviated scales that may also stand after a space (`$120 mn`, `HK$2.4 bn`): a letter alone
/// there is too often something else.
private let spacedAbbreviatedScales = WordTable(["mn": 6, "bn": 9, "tn": 12])

/// Words after a number that make it a duration or a measure, not a count (`two years`, `3 km`).
private let unitWords = [
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
  "times", "km", "kilometres", "kilometers", "metres", "meters", "hectares", "square", "kg", "tonnes",
  "dollars", "yuan",
].map(WordKey.init)

/// Words before a number that make it a label or an amount of money, not a count (`Phase 2`, `No. 3`, `RMB 3 billion`).
private let referenceWords = [
  "phase", "stage", "no", "number", "chapter", "section", "part", "paragraph", "annex", "appendix",
  "article", "item", "page", "level", "grade", "round", "version", "type", "route",
  "hkd", "rmb", "usd", "eur", "gbp", "jpy",
].map(WordKey.init)

/// A word of at most twelve letters, lower-cased and packed five bits a letter, so that words are
/// compared without building strings.
private struct WordKey: Equatable {
  private var packed: UInt64 = 0

  /// The key of `letters`, or nil if there are none, more than twelve, or some are not ASCII letters
  /// (the Kelvin sign counts as `K`). Inlined: called out of line, the slice of letters it is
  /// given is retained and released for each word.
  @inline(__always) init?(_ letters: some Sequence<Unicode.Scalar>) {
    var count = 0
    for c in letters {
      let letter = c.lowercasedLetter
      guard count < 12, ("a"..."z").contains(letter) else { return nil }
      packed = packed << 5 | UInt64(letter.value - 0x60)
      count += 1
    }
    guard count > 0 else { return nil }
  }

  /// The key of a word of a table.
  init(_ word: String) {
    self.init(word.unicodeScalars)!
  }
}

/// A few words with a value each, so few that going through them beats hashing.
private struct WordTable {
  private let entries: [(word: WordKey, value: Int)]

  init(_ words: KeyValuePairs<String, Int>) {
    entries = words.map { (WordKey($0.key), $0.value) }
  }

  subscript(word: WordKey) -> Int? {
    entries.first { $0.word == word }?.value
  }
}

extension Unicode.Scalar {
  fileprivate var isDash: Bool { self == "-" || self == "‐" || self == "‑" || self == "–" }

  /// Whether this character, next to a number, makes it part of something else: a compound
  /// (`three-year`, `Chang'E-8`), a date (`29/2/2024`), a name (`1+`), a possessive or decade (`1990's`).
  fileprivate var isBlockedNeighbour: Bool {
    switch self {
    case "/", "+", "'", "’", "#", "&", "$", ".": true
    default: isDash
    }
  }

  /// Whether an English figure may start with this character: only ASCII spaces and punctuation
  /// other than `$` are ruled out, cheaply (a letter may start a number word or `HK$`).
  fileprivate var mayStartEnglishFigure: Bool {
    value >= 0x80 || isASCIILetter || digitValue != nil || self == "$"
  }

  /// Whether an English number word may start with this letter: all of them start with e, f, n, o, s or t.
  fileprivate var mayStartNumberWord: Bool {
    switch lowercasedLetter {
    case "e", "f", "n", "o", "s", "t": true
    default: false
    }
  }
}

/// An amount of money in English text, from its currency sign (or its number, when it has none),
/// with the scale written after it.
private struct MoneyAmount {
  var start: Int
  var number: ArabicNumber
  /// The power of ten of the scale (`billion`, `bn`), if one is written.
  var exponent: Int?
  var end: Int
}

/// A number read from English text, in digits or in words.
private struct EnglishNumber {
  enum Reading {
    case digits(ArabicNumber)
    case words(Int)
  }

  var start: Int
  var end: Int
  var reading: Reading

  var inDigits: Bool {
    guard case .digits = reading else { return false }
    return true
  }
}

extension ScannedText {
  /// Adds the figures starting at `i` in English text, if any, and returns the offset to look at next.
  fileprivate func englishFigures(at i: Int, into figures: inout [FoundFigure]) -> Int {
    let c = scalars[i]
    let number: EnglishNumber
    if c.digitValue != nil {
      guard let digits = arabicNumber(at: i, spaceGroups: true) else { return skipDigits(from: i) }
      number = EnglishNumber(start: i, end: digits.end, reading: .digits(digits))
    } else if c.isLetter {
      // Of the letters, only the H of `HK$` and `HKD` starts a currency.
      if c == "H", let prefixLength = currencyLength(at: i) {
        return englishMoney(at: i, prefixLength: prefixLength, into: &figures)
      }
      let end = wordEnd(from: i)
      // A number starts with a word of three (`one`) to nine letters (`seventeen`) that is a number
      // by itself; other words, most of them, are passed over whole.
      guard c.mayStartNumberWord, (3...9).contains(end - i), startsNumberWords(i..<end),
        let (value, numberEnd) = numberWords(at: i)
      else { return end }
      number = EnglishNumber(start: i, end: numberEnd, reading: .words(value))
    } else if let prefixLength = currencyLength(at: i) {
      return englishMoney(at: i, prefixLength: prefixLength, into: &figures)
    } else {
      return i + 1
    }
    let (figure, next) = englishNumberFigure(number)
    if let figure { figures.append(figure) }
    return next
  }

  /// The length of the Hong Kong dollar sign at `i` (`HK$`, `$`, `＄`, or the code `HKD` before a
  /// space or a digit), if one is written there.
  private func currencyLength(at i: Int) -> Int? {
    switch self[i] {
    case "$", "＄": 1
    case "H":
      self[i - 1]?.isLetter != true
        && (has("HK$", at: i) || (has("HKD", at: i) && (self[i + 3] == " " || self[i + 3]?.digitValue != nil)))
        ? 3 : nil
    default: nil
    }
  }

  /// `$3 billion`, `HK$2.4bn`, `$350m`, `$500,000`, and both amounts of a range whose first amount
  /// takes the scale written after the second (`$3-4 billion`, `$3 to $4 billion`); not `US$3 billion`.
  private func englishMoney(at i: Int, prefixLength: Int, into figures: inout [FoundFigure]) -> Int {
    guard let amount = moneyAmount(at: i, prefixLength: prefixLength) else { return i + 1 }
    // `US$`, `S$`: dollars, but not Hong Kong dollars.
    let isForeign = prefixLength == 1 && self[i - 1]?.isLetter == true
    guard !isForeign, self[amount.end]?.isLetter != true else { return amount.end }
    let qualifier = qualifier(before: i, words: englishQualifiers, english: true)
    let second = rangeSecond(after: amount.end, firstIsScaled: amount.exponent != nil)
    let value = value(of: amount.number).timesTenToThe(amount.exponent ?? second?.exponent ?? 0)
    figures.append(figure(.money, i, amount.end, values: [value], qualifier: qualifier))
    guard let second else { return amount.end }
    let secondValue = self.value(of: second.number).timesTenToThe(second.exponent ?? 0)
    figures.append(figure(.money, second.start, second.end, values: [secondValue], qualifier: nil))
    return second.end
  }

  /// An amount after a currency sign of `prefixLength` characters at `i` (or, with 0, at `i`
  /// itself): its number, the scale written after it, if any, and where it ends.
  private func moneyAmount(at i: Int, prefixLength: Int) -> MoneyAmount? {
    guard let number = arabicNumber(at: skipSpaces(from: i + prefixLength), spaceGroups: true) else { return nil }
    guard let (exponent, end) = moneyScale(after: number.end) else {
      return MoneyAmount(start: i, number: number, exponent: nil, end: number.end)
    }
    return MoneyAmount(start: i, number: number, exponent: exponent, end: end)
  }

  /// The second amount of a money range after `i`: joined by a dash (`$300-500 million`,
  /// `$3 – $4 billion`, `HK$2bn-3bn`), or by `to` with a currency after it (`$3 to $4 billion`) or,
  /// after a first amount with no scale, a scale (`$3 to 4 billion`; not `$300 to 500 families`, nor
  /// `$3 billion to 2 million households`).
  private func rangeSecond(after i: Int, firstIsScaled: Bool) -> MoneyAmount? {
    var j = skipSpaces(from: i)
    let isDash = self[j]?.isDash == true
    if isDash {
      j += 1
    } else {
      guard j > i, has("to ", at: j) else { return nil }
      j += 2
    }
    j = skipSpaces(from: j)
    let prefixLength = currencyLength(at: j) ?? 0
    guard let second = moneyAmount(at: j, prefixLength: prefixLength), self[second.end]?.isLetter != true,
      isDash || prefixLength > 0 || (!firstIsScaled && second.exponent != nil)
    else { return nil }
    return second
  }

  /// A number not preceded by a currency: a percentage, a ratio, a count, or nothing.
  private func englishNumberFigure(_ number: EnglishNumber) -> (FoundFigure?, next: Int) {
    let start = number.start
    guard standsAlone(before: start, after: number.end) else { return (nil, number.end) }
    if let end = percentEnd(after: number.end) {
      return (figure(.percent, start, end, values: [value(of: number)], qualifier: qualifier(before: start)), end)
    }
    if number.inDigits, let (values, end) = ratio(at: start) {
      return (figure(.ratio, start, end, values: values, qualifier: qualifier(before: start)), end)
    }
    var end = number.end
    var scaleExponent: Int?
    if let (exponent, scaleEnd) = scale(after: end) {
      scaleExponent = exponent
      end = scaleEnd
    }
    guard isCount(number, end: end, isScaled: scaleExponent != nil) else { return (nil, end) }
    var value = value(of: number)
    if let scaleExponent { value = value.timesTenToThe(scaleExponent) }
    return (figure(.count, start, end, values: [value], qualifier: qualifier(before: start)), end)
  }

  private func qualifier(before start: Int) -> (Qualifier, Int)? {
    qualifier(before: start, words: englishQualifiers, english: true)
  }

  private func value(of number: EnglishNumber) -> Decimal {
    switch number.reading {
    case .digits(let digits): value(of: digits)
    case .words(let value): Decimal(value)
    }
  }

  /// Whether the number from `start` to `end` is not glued to letters, digits or compound marks.
  private func standsAlone(before start: Int, after end: Int) -> Bool {
    if let before = self[start - 1], before.isLetter || before.digitValue != nil || before.isBlockedNeighbour {
      return false
    }
    // A trailing full stop ends a sentence; other marks and letters glue (`5G`, `1+`, `three-year`).
    if let after = self[end], after != ".", after.isLetter || after.digitValue != nil || after.isBlockedNeighbour {
      return false
    }
    return true
  }

  /// Whether a number that is neither money, percentage nor ratio reads as a count. Conservative:
  /// years, bare decimals, the word `one`, list markers (`(2)`, `1.`), durations and labels are left out.
  private func isCount(_ number: EnglishNumber, end: Int, isScaled: Bool) -> Bool {
    switch number.reading {
    case .digits(let digits):
      if digits.isZero || (!isScaled && (digits.isYear || digits.hasFraction)) { return false }
    case .words(let value):
      if value <= 1 { return false }
    }
    if self[number.start - 1] == "(" && self[end] == ")" { return false }
    if self[end] == ":" { return false }
    // A list or heading number: `1. Consolidate…`, `2) Develop…`.
    if skipSpaces(from: 0) == number.start && (self[end] == "." || self[end] == ")") { return false }
    if let next = wordKey(at: skipSpaces(from: end)), unitWords.contains(next) { return false }
    if let previous = keyOfWordBefore(number.start), referenceWords.contains(previous) { return false }
    return true
  }

  /// The offset past `%`, ` per cent` or ` percent` after a number, if one follows.
  private func percentEnd(after i: Int) -> Int? {
    let j = skipSpaces(from: i)
    if self[j] == "%" || self[j] == "％" { return j + 1 }
    guard j > i else { return nil }
    for word in ["per cent", "percent"] where has(word, at: j, ignoringCase: true) {
      let end = j + word.unicodeScalars.count
      if self[end]?.isLetter != true { return end }
    }
    return nil
  }

  /// A scale word after a number (`billion` in `$3 billion`), as a power of ten, and the offset past it.
  private func scale(after i: Int) -> (Int, Int)? {
    guard self[i]?.isSpace == true else { return nil }
    let end = wordEnd(from: i + 1)
    guard let word = WordKey(scalars[i + 1..<end]), let exponent = scales[word] else { return nil }
    return (exponent, end)
  }

  /// The scale after an amount of money, as a power of ten, and the offset past it: a word after a
  /// space (`$3 billion`, `$120 mn`) or an abbreviation right after the number (`$350m`, `HK$2.4bn`). Only ASCII
  /// letters make the word, so that it may stand just before Chinese text (`HK$2.4bn撥款`).
  func moneyScale(after i: Int) -> (Int, Int)? {
    let start = self[i]?.isSpace == true ? i + 1 : i
    var end = start
    while self[end]?.isASCIILetter == true { end += 1 }
    guard let word = WordKey(scalars[start..<end]),
      let exponent = start > i ? scales[word] ?? spacedAbbreviatedScales[word] : abbreviatedScales[word]
    else { return nil }
    return (exponent, end)
  }

  /// Whether the word in `range` is one that `numberWords(at:)` reads a number from: it starts
  /// there with a word of `smallNumbers` or `tens`, and with nothing else.
  private func startsNumberWords(_ range: Range<Int>) -> Bool {
    let (first, last) = (scalars[range.lowerBound], scalars[range.upperBound - 1])
    guard let shape = wordShape(length: range.count, first: first, last: last),
      numberStartShapes[shape >> 6] & 1 << (shape & 63) != 0,
      range.count < numberStartsByLength.count, let word = WordKey(scalars[range])
    else { return false }
    return numberStartsByLength[range.count].contains(word)
  }

  /// Reads a cardinal written in words at `start`: `three`, `twenty-five`, `two hundred and fifty`,
  /// `thirteen thousand`. Ordinals (`third`) are not numbers here.
  private func numberWords(at start: Int) -> (Int, Int)? {
    enum Last { case none, small, tens, hundred, thousand }
    var last = Last.none
    var total = 0
    var current = 0
    var end = start
    var i = start
    while true {
      var j = i
      if last != .none {
        // `twenty-five` or `twenty five`; other words are separated by a space, maybe with `and`.
        guard self[j] == " " || (last == .tens && self[j]?.isDash == true) else { break }
        j += 1
        if last == .hundred || last == .thousand, has("and ", at: j, ignoringCase: true) { j += 4 }
      }
      let wordEnd = wordEnd(from: j)
      guard let word = WordKey(scalars[j..<wordEnd]) else { break }
      let startsPart = last == .none || last == .hundred || last == .thousand
      if startsPart || last == .tens, let value = smallNumbers[word], last != .tens || value < 10 {
        current += value
        last = .small
      } else if startsPart, let value = tens[word] {
        current += value
        last = .tens
      } else if word == hundred, last == .small || last == .tens, current < 100 {
        current *= 100
        last = .hundred
      } else if word == thousand, last != .none, last != .thousand, total == 0 {
        total = current * 1000
        current = 0
        last = .thousand
      } else {
        break
      }
      i = wordEnd
      end = wordEnd
    }
    return last == .none ? nil : (total + current, end)
  }

  /// The offset just past the letters starting at `i`.
  ///
  /// This runs through every word of English text, so it is inlined, saving a call for each word,
  /// and reads through a buffer, which does not check its bounds again for each letter. An ASCII
  /// letter, set to lower case by its bit 5, is told by one comparison; only a scalar outside
  /// ASCII is asked `isLetter`.
  @inline(__always) private func wordEnd(from i: Int) -> Int {
    scalars.withUnsafeBufferPointer { scalars in
      var j = i
      while j < scalars.count {
        let value = scalars[j].value
        guard (value | 0x20) &- 0x61 < 26 || (value >= 0x80 && scalars[j].isLetter) else { break }
        j += 1
      }
      return j
    }
  }

  /// The key of the word of letters starting at `i`, if there is one and it has a key.
  private func wordKey(at i: Int) -> WordKey? {
    WordKey(scalars[i..<wordEnd(from: i)])
  }

  /// The key of the word just before `start` (across spaces and an abbreviation's full stop).
  private func keyOfWordBefore(_ start: Int) -> WordKey? {
    var end = start
    while self[end - 1]?.isSpace == true { end -= 1 }
    if self[end - 1] == "." { end -= 1 }
    var begin = end
    while self[begin - 1]?.isLetter == true { begin -= 1 }
    return WordKey(scalars[begin..<end])
  }
}
