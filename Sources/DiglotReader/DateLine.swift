/// A date as a title slide writes it: the day, month and year as written (whether such a day
/// exists is the document builder's question), and the day of the week, if it is written too.
struct WrittenDate: Equatable {
  var day: Int
  var month: Int
  var year: Int
  /// 1 for Monday to 7 for Sunday.
  var weekday: Int?

  /// The days of the week, from Monday.
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}

/// A date alone on a line, as title slides write it: `29/2/2024`, `29/02/2024`, `29.2.2024`,
/// `29-2-2024`, `2024-02-29`, `2024年2月29日`, `2024 年 2 月 29 日`, `二〇二四年二月二十九日`,
/// `29 February 2024`, `February 29, 2024`, `29th Feb. 2024` (digits may be full-width), with or
/// without the day of the week: `2024年10月16日（星期三）`, `16 October 2024 (Wednesday)`,
/// `Wednesday, 16 October 2024`.
enum DateLine {
  static func parse(_ line: ArraySlice<Unicode.Scalar>) -> WrittenDate? {
    // Most lines are not dates: they are longer, or have no digit and no 年 (every date has one).
    guard line.count <= 32, line.contains(where: { Enumerator.digit($0) != nil || $0 == "年" }) else { return nil }
    let (body, weekday) = withoutWeekday(line)
    guard var date = date(body) else { return nil }
    date.weekday = weekday
    return date
  }

  private static func date(_ body: ArraySlice<Unicode.Scalar>) -> WrittenDate? {
    guard body.count <= 20 else { return nil }
    if body.last == "日" {
      let compact = body.filter { !LineLexer.isSpace($0) }  // `2024 年 2 月 29 日`, as converters space it
      if let parts = numbers(compact, separators: ["年", "月", "日"]), parts.count == 3, parts[0].digits == 4 {
        return WrittenDate(day: parts[2].value, month: parts[1].value, year: parts[0].value)
      }
      return chineseNumerals(compact)
    }
    guard body.contains(where: { Enumerator.digit($0) != nil }) else { return nil }
    let scalars = Array(body)
    // `29/2/2024`, `29.2.2024`, `29-2-2024`, and the year first: `2024-02-29`, `2024/2/29`
    for separator: Unicode.Scalar in ["/", ".", "-"] {
      guard let parts = numbers(scalars, separators: [separator]), parts.count == 3 else { continue }
      if parts[2].digits == 4, parts[0].digits <= 2, parts[1].digits <= 2 {
        return WrittenDate(day: parts[0].value, month: parts[1].value, year: parts[2].value)
      }
      if parts[0].digits == 4, parts[1].digits <= 2, parts[2].digits <= 2 {
        return WrittenDate(day: parts[2].value, month: parts[1].value, year: parts[0].value)
      }
    }
    // `29 February 2024`, `February 29, 2024`, `29th Feb. 2024`
    guard mayBeInWords(scalars) else { return nil }
    let words = String(String.UnicodeScalarView(scalars)).split(whereSeparator: { $0 == " " || $0 == "," })
    guard words.count == 3, words[2].count == 4, let year = Int(words[2]) else { return nil }
    if let month = month(words[1]), let day = day(words[0]) {
      return WrittenDate(day: day, month: month, year: year)
    }
    if let month = month(words[0]), let day = day(words[1]) {
      return WrittenDate(day: day, month: month, year: year)
    }
    return nil
  }

  /// Whether the text may be a date in words: three words, split at spaces and commas, the last of
  /// them a year of four digits. Checked on the scalars, before any string is made: at least two
  /// spaces or commas, and an ASCII digit the last scalar before any trailing ones.
  private static func mayBeInWords(_ scalars: [Unicode.Scalar]) -> Bool {
    var separators = 0
    var lastWordEnd: Unicode.Scalar?
    for scalar in scalars {
      if scalar == " " || scalar == "," {
        separators += 1
      } else {
        lastWordEnd = scalar
      }
    }
    return separators >= 2 && lastWordEnd.map { ("0"..."9").contains($0) } == true
  }

  /// `29`, or with its ordinal ending: `1st`, `2nd`, `3rd`, `29th`.
  private static func day(_ word: Substring) -> Int? {
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    let ending = word.dropFirst(digits.count).lowercased()
    guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(ending) else { return nil }
    return Int(digits)
  }

  /// The line without the day of the week written after the date (`（星期三）`, `(星期三)`,
  /// `(Wednesday)`) or before it (`Wednesday, `), and that day, 1 for Monday to 7 for Sunday.
  private static func withoutWeekday(_ line: ArraySlice<Unicode.Scalar>) -> (ArraySlice<Unicode.Scalar>, Int?) {
    var body = line
    while let last = body.last, LineLexer.isSpace(last) { body = body.dropLast() }
    if let close = body.last, close == ")" || close == "）",
      let open = body.lastIndex(where: { $0 == "(" || $0 == "（" }),
      let weekday = weekday(body[(open + 1)..<(body.endIndex - 1)])
    {
      var date = body[..<open]
      while let last = date.last, LineLexer.isSpace(last) { date = date.dropLast() }
      return (date, weekday)
    }
    // `Wednesday, 16 October 2024`
    if let comma = body.firstIndex(of: ","), let weekday = weekday(body[..<comma]) {
      return (body[(comma + 1)...].drop { LineLexer.isSpace($0) }, weekday)
    }
    return (body, nil)
  }

  /// `星期三`, `週三`, `星期日`, `Wednesday`, `Wed`: 1 for Monday to 7 for Sunday.
  private static func weekday(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    let word = String(String.UnicodeScalarView(scalars)).trimmingSpaces
    for prefix in ["星期", "禮拜", "週", "周"] where word.hasPrefix(prefix) && word.count == prefix.count + 1 {
      return ["一", "二", "三", "四", "五", "六", "日"].firstIndex(of: String(word.last!)).map { $0 + 1 }
        ?? (word.last == "天" ? 7 : nil)
    }
    let name = word.lowercased()
    return WrittenDate.weekdays.firstIndex { day in
      let day = day.lowercased()
      return day == name || (name.count == 3 && day.hasPrefix(name))
    }.map { $0 + 1 }
  }

  /// `二〇二四年二月二十九日`: the year digit by digit (`〇` or `零` for zero), the month and the
  /// day as numbers (`十`, `十二`, `二十九`).
  private static func chineseNumerals(_ scalars: [Unicode.Scalar]) -> WrittenDate? {
    guard scalars.count >= 8, scalars[4] == "年", let monthEnd = scalars.firstIndex(of: "月") else { return nil }
    var year = 0
    for scalar in scalars[..<4] {
      guard let digit = numeralDigit(scalar) else { return nil }
      year = year * 10 + digit
    }
    guard let month = Enumerator.number(scalars[5..<monthEnd]),
      let day = Enumerator.number(scalars[(monthEnd + 1)..<(scalars.count - 1)])
    else { return nil }
    return WrittenDate(day: day, month: month, year: year)
  }

  /// `〇` (or `零`, or `○` as it is often typed) to `九`.
  private static func numeralDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零", "○": 0
    default: Enumerator.numerals.firstIndex(of: scalar).map { $0 + 1 }
    }
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
        // One separator stands between the numbers; `年`, `月`, `日` end each number in turn.
        if separators.count == 1 {
          guard separator == separators[0] else { return nil }
        } else {
          guard parts.count < separators.count, separator == separators[parts.count] else { return nil }
        }
        index += 1
      } else if separators.count > 1 {
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

  /// A month's name, or its first three letters (`Sept` too), with or without a full stop.
  private static func month(_ word: Substring) -> Int? {
    var name = word.lowercased()
    if name.hasSuffix(".") { name.removeLast() }
    if name == "sept" { return 9 }
    return months.firstIndex { $0 == name || (name.count == 3 && $0.hasPrefix(name)) }.map { $0 + 1 }
  }
}
