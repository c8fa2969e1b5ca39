import DiglotModel

/// Spaces that converters insert where the font changed (`撥款 50 億元`, `$ 5 billion`): not
/// the author's, so they are removed, every other scalar keeping its source position.
enum FontChangeSpaces {
  /// The text without such spaces. In Chinese, a space goes between a Chinese character or
  /// punctuation mark and a digit or another of them; between two Chinese characters only in
  /// running text (`isRunningText`), since a title line may separate its parts with a space.
  /// In English, a space goes after a dollar sign before a digit.
  static func removed(from text: LocatedText, language: Language, isRunningText: Bool) -> LocatedText {
    guard hasInsertedSpace(text.scalars, language: language, isRunningText: isRunningText) else { return text }
    var result = LocatedText()
    result.scalars.reserveCapacity(text.scalars.count)
    let scalars = text.scalars
    var index = 0
    while index < scalars.count {
      guard scalars[index] == " ", let before = result.scalars.last else {
        result.append(scalars[index], at: text.positions[index])
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, scalars[end] == " " { end += 1 }
      let after = end < scalars.count ? scalars[end] : nil
      if let after, isInserted(between: before, and: after, language: language, isRunningText: isRunningText) {
        index = end
        continue
      }
      for space in index..<end { result.append(" ", at: text.positions[space]) }
      index = end
    }
    return result
  }

  /// Whether some run of spaces in `scalars` was inserted at a font change. In English only a space
  /// after a dollar sign can be, and there are fewer dollar signs than spaces: they are looked for.
  private static func hasInsertedSpace(_ scalars: [Unicode.Scalar], language: Language, isRunningText: Bool) -> Bool {
    scalars.withUnsafeBufferPointer { scalars in
      if language != .zh {
        var start = 0
        while let dollar = scalars[start...].firstIndex(of: "$") {
          var end = dollar + 1
          while end < scalars.count, scalars[end] == " " { end += 1 }
          if end > dollar + 1, end < scalars.count,
            isInserted(between: "$", and: scalars[end], language: language, isRunningText: isRunningText)
          {
            return true
          }
          start = dollar + 1
        }
        return false
      }
      guard scalars.count > 1 else { return false }
      var start = 1  // a space at the start is kept
      while let space = scalars[start...].firstIndex(of: " ") {
        var end = space + 1
        while end < scalars.count, scalars[end] == " " { end += 1 }
        if end < scalars.count,
          isInserted(between: scalars[space - 1], and: scalars[end], language: language, isRunningText: isRunningText)
        {
          return true
        }
        start = end
      }
      return false
    }
  }

  private static func isInserted(
    between before: Unicode.Scalar, and after: Unicode.Scalar, language: Language, isRunningText: Bool
  ) -> Bool {
    switch language {
    case .en, .neutral:
      return before == "$" && Enumerator.digit(after) != nil
    case .zh:
      let (a, b) = (kind(before), kind(after))
      switch (a, b) {
      case (.other, _), (_, .other), (.digit, .digit): return false
      case (.han, .han): return isRunningText
      default: return true
      }
    }
  }

  private enum Kind { case han, punctuation, digit, other }

  private static func kind(_ scalar: Unicode.Scalar) -> Kind {
    if scalar.isHan { return .han }
    if Enumerator.digit(scalar) != nil { return .digit }
    switch scalar.value {
    case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F:
      return .punctuation
    default: return .other
    }
  }
}
