/// A date alone on a line, as title slides write it: `29/2/2024`, `29/02/2024`, `2024年2月29日`,
/// `29 February 2024`, `February 29, 2024` (digits may be full-width). The values are as
/// written: whether such a day exists is the document builder's question.
enum DateLine {
  static func parse(_ body: ArraySlice<Unicode.Scalar>) -> (day: Int, month: Int, year: Int)? {
    // Most lines are not dates: they are longer, or have no digit.
    guard body.count <= 20, body.contains(where: { Enumerator.digit($0) != nil }) else { return nil }
    let scalars = Array(body)
    if let parts = numbers(scalars, separators: ["/"]), parts.count == 3, parts[2].digits == 4,
      parts[0].digits <= 2, parts[1].digits <= 2
    {
      return (parts[0].value, parts[1].value, parts[2].value)
    }
    if let parts = numbers(scalars, separators: ["年", "月", "日"]), parts.count == 3, parts[0].digits == 4 {
      return (parts[2].value, parts[1].value, parts[0].value)
    }
    // `29 February 2024`, `February 29, 2024`
    let words = String(String.UnicodeScalarView(scalars)).split(whereSeparator: { $0 == " " || $0 == "," })
    guard words.count == 3 else { return nil }
    if let month = month(words[1]), let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4 {
      return (day, month, year)
    }
    if let month = month(words[0]), let day = Int(words[1]), let year = Int(words[2]), words[2].count == 4 {
      return (day, month, year)
    }
    return nil
  }

  private struct Part {
    var value: Int
    var digits: Int
  }

  /// Runs of digits, each ended by one of `separators` (or the end); nil if anything else is there,
  /// or a run longer than a year's four digits.
  private static func numbers(_ scalars: [Unicode.Scalar], separators: [Unicode.Scalar]) -> [Part]? {
    var parts: [Part] = []
    var index = 0
    while index < scalars.count {
      var part = Part(value: 0, digits: 0)
      while index < scalars.count, let digit = Enumerator.digit(scalars[index]) {
        guard part.digits < 4 else { return nil }
        part.value = part.value * 10 + digit
        part.digits += 1
        index += 1
      }
      guard part.digits > 0 else { return nil }
      if index < scalars.count {
        let separator = scalars[index]
        // `/` separates; `年`, `月`, `日` end each number in turn.
        if separators == ["/"] {
          guard separator == "/" else { return nil }
        } else {
          guard parts.count < separators.count, separator == separators[parts.count] else { return nil }
        }
        index += 1
      } else if separators != ["/"] {
        return nil
      }
      parts.append(part)
    }
    return parts
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  private static func month(_ word: Substring) -> Int? {
    months.firstIndex(of: word.lowercased()).map { $0 + 1 }
  }
}
