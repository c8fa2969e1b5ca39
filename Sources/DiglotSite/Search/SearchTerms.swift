import DiglotModel
import Foundation

/// What a text is found by: the terms of the search index.
///
/// Chinese (any run of Han characters) gives each character and each pair of neighbouring
/// characters, so `撥款` is found where those two characters stand together and not in
/// `撥出…款項`. Other letters and digits give words, lower-cased, English ones lightly stemmed
/// (`funding` → `fund`), common English words left out. Figures are found by their value, not
/// their text (`#3000000000`, `#5%`), so `30億`, `3 billion` and `$3 billion` find the same.
///
/// `Templates/assets/search.js` cuts what a visitor types the same way; the two must stay alike.
public enum SearchTerms {
  /// A term: a Han character or pair, or a word.
  public enum Term: Hashable, Sendable {
    case han(Unicode.Scalar)
    case hanPair(Unicode.Scalar, Unicode.Scalar)
    case word(String)

    /// The term as the index writes it.
    public var text: String {
      switch self {
      case .han(let a): String(Character(a))
      case .hanPair(let a, let b): String(String.UnicodeScalarView([a, b]))
      case .word(let word): word
      }
    }
  }

  /// The terms of a text, in order, repeats included.
  public static func terms(in text: String) -> [Term] {
    var cutter = Cutter()
    return cutter.terms(in: text)
  }

  /// Cuts texts into terms. It remembers how it folded each character that is neither ASCII nor
  /// Han (slow to fold), so one cutter for many texts is quicker than `terms(in:)` for each.
  public struct Cutter {
    private var folded: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    private var terms: [Term] = []
    private var previousHan: Unicode.Scalar?
    /// The word being read, as UTF-8.
    private var word: [UInt8] = []

    public init() {}

    /// The terms of a text, in order, repeats included.
    public mutating func terms(in text: String) -> [Term] {
      terms.removeAll(keepingCapacity: true)
      previousHan = nil
      for original in text.unicodeScalars {
        // ASCII and Han characters, nearly all of the text, need no folding but lower case.
        if original.value < 0x80 || original.isHan {
          add(lowerASCII(original))
        } else {
          let scalars =
            folded[original]
            ?? {
              let scalars = normalized(original)
              folded[original] = scalars
              return scalars
            }()
          for scalar in scalars { add(scalar) }
        }
      }
      endWord()
      return terms
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
      if scalar.isHan {
        endWord()
        terms.append(.han(scalar))
        if let previousHan { terms.append(.hanPair(previousHan, scalar)) }
        previousHan = scalar
      } else if isWordCharacter(scalar) {
        previousHan = nil
        if scalar.value < 0x80 {
          word.append(UInt8(scalar.value))
        } else {
          word += String(scalar).utf8
        }
      } else {
        previousHan = nil
        endWord()
      }
    }

    private mutating func endWord() {
      guard !word.isEmpty else { return }
      let text = String(decoding: word, as: UTF8.self)
      if !stopWords.contains(text) { terms.append(.word(EnglishStemmer.stem(text))) }
      word.removeAll(keepingCapacity: true)
    }
  }

  /// The term of a figure: its kind's mark and its exact value; `nil` for ratios, which are
  /// not looked for by value.
  public static func figureKey(kind: FigureKind, amount: Amount) -> String? {
    guard amount.values.count == 1 else { return nil }
    switch kind {
    case .money, .count: return "#" + amount.valueString
    case .percent: return "#" + amount.valueString + "%"
    case .ratio: return nil
    }
  }

  /// Words too common to look for: a visitor's query leaves them out too.
  static let stopWords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on",
    "or", "s", "t", "that", "the", "this", "to", "was", "were", "will", "with",
  ]

  /// A character as it is compared: lower-case, compatibility forms unfolded (full-width `Ａ１`
  /// is `a1`). Characters are folded one at a time, as the script does.
  static func normalized(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    if scalar.value < 0x80 || scalar.isHan { return [lowerASCII(scalar)] }
    return Array(String(scalar).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
  }

  /// `A`–`Z` lower-cased; any other character as it is.
  private static func lowerASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
  }

  /// Letters and digits other than Han characters.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 {
      return (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
      .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }
}
