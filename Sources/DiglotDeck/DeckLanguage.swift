import DiglotModel

/// The language of a line of deck text, by its letters.
public enum DeckLanguage: Sendable, Equatable {
  case zh, en

  /// Chinese when the text has a Han character, English when it has a Latin letter (A to Z);
  /// nil for neither (a figure, a date).
  public static func of(_ scalars: some Sequence<Unicode.Scalar>) -> DeckLanguage? {
    var hasLatin = false
    for scalar in scalars {
      if scalar.isHan { return .zh }
      if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) { hasLatin = true }
    }
    return hasLatin ? .en : nil
  }
}

extension Unicode.Scalar {
  /// Whether this is written in Chinese type: a Han character, CJK punctuation (U+3000–303F) or a
  /// full-width form (U+FF00–FFEF). No space parts two such characters.
  public var isCJK: Bool {
    isHan || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
  }
}
