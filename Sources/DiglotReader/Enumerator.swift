/// The number or letter that starts a heading or a line: `1.`, `1、`, `一、`, `【一】`, `〔二〕`,
/// `［三］`, `[1]`, `I.` (Roman, to XXXIX), `第一章`, `Chapter 1`, and the parts `甲部` and `Part A`
/// (which number topics).
struct Enumerator: Equatable {
  /// The number it stands for (`三` and `C` are 3).
  var value: Int
  /// Scalars it takes, the spaces after it included.
  var length: Int
  /// A part (`Part A`, `甲部`): a topic's marker, not an area's.
  var isPart: Bool

  /// The enumerator at the start of `body`, if any. A number must be followed by text that is
  /// not a digit, so `1.8億元` is not an enumerator.
  static func at(start body: ArraySlice<Unicode.Scalar>) -> Enumerator? {
    guard let first = body.first, mayStart(first) else { return nil }
    if first == "I" || first == "V" || first == "X" { return roman(at: body) }
    let scalars = Array(body.prefix(16))
    if let close = closingBracket(first) {
      // `【一】`, `〔二〕`, `［三］`, `[1]`
      guard let end = scalars.prefix(6).firstIndex(of: close), end >= 2,
        let value = number(scalars[1..<end])
      else { return nil }
      return finished(value, end + 1, scalars, body.count)
    }
    if first == "第", let end = scalars.prefix(6).firstIndex(of: "章"), end >= 2, let value = number(scalars[1..<end]) {
      return finished(value, end + 1, scalars, body.count)
    }
    if let value = stems.firstIndex(of: first), scalars.count > 2, scalars[1] == "部",
      LineLexer.isSpace(scalars[2]) || scalars[2] == "："
    {
      return finished(value + 1, 2, scalars, body.count, isPart: true)
    }
    if first == "C" || first == "P",
      let enumerator = word(chapter, in: scalars, count: body.count) ?? word(part, in: scalars, count: body.count)
    {
      return enumerator
    }
    // `1.`, `1．`, `1、`, `一、`
    var end = 0
    while end < min(scalars.count, 3), number(scalars[0...end]) != nil { end += 1 }
    guard end > 0, end < scalars.count - 1, separators.contains(scalars[end]) else { return nil }
    let isArabic = digit(scalars[0]) != nil
    guard isArabic || scalars[end] == "、", digit(scalars[end + 1]) == nil, let value = number(scalars[0..<end])
    else { return nil }
    return finished(value, end + 1, scalars, body.count)
  }

  /// Whether an enumerator may start with `scalar` (most lines are ruled out here, cheaply).
  private static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return digit(scalar) != nil || scalar == "C" || scalar == "P" || scalar == "[" || scalar == "I" || scalar == "V"
        || scalar == "X"
    }
    return digit(scalar) != nil || numerals.contains(scalar) || scalar == "十" || scalar == "第" || scalar == "C"
      || scalar == "P" || stems.contains(scalar) || closingBracket(scalar) != nil
  }

  private static let chapter = Array("Chapter".unicodeScalars)
  private static let part = Array("Part".unicodeScalars)

  /// `Chapter 1` or `Part A`, then a space.
  private static func word(_ letters: [Unicode.Scalar], in scalars: [Unicode.Scalar], count: Int) -> Enumerator? {
    guard scalars.starts(with: letters), scalars.count > letters.count + 2, scalars[letters.count] == " " else {
      return nil
    }
    var end = letters.count + 1
    let value: Int
    let isPart = letters == part
    if let letter = scalars.dropFirst(end).first, ("A"..."Z").contains(letter), isPart {
      value = Int(letter.value) - 64
      end += 1
    } else {
      var number = 0
      while end < scalars.count, let digit = digit(scalars[end]) {
        number = number * 10 + digit
        end += 1
      }
      guard end > letters.count + 1 else { return nil }
      value = number
    }
    guard end < scalars.count, LineLexer.isSpace(scalars[end]) || scalars[end] == ":" else { return nil }
    return finished(value, end + 1, scalars, count, isPart: isPart)
  }

  /// The enumerator with the spaces after it, unless nothing follows it.
  private static func finished(
    _ value: Int, _ length: Int, _ scalars: [Unicode.Scalar], _ count: Int, isPart: Bool = false
  ) -> Enumerator? {
    var length = length
    while length < scalars.count, LineLexer.isSpace(scalars[length]) { length += 1 }
    guard length < count else { return nil }
    return Enumerator(value: value, length: length, isPart: isPart)
  }

  /// The bracket that closes `open`, if an enumerator may start with it. A short list, searched
  /// in order: quicker than hashing the scalar.
  private static func closingBracket(_ open: Unicode.Scalar) -> Unicode.Scalar? {
    brackets.first { $0.open == open }?.close
  }

  private static let brackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("【", "】"), ("〔", "〕"), ("［", "］"), ("[", "]"), ("「", "」"),
  ]
  private static let separators: Set<Unicode.Scalar> = [".", "．", "、"]
  /// The heavenly stems that letter parts: `甲部`, `乙部` …
  private static let stems: [Unicode.Scalar] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
  /// The Chinese digits from one to nine.
  static let numerals: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// An ASCII or full-width digit.
  static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
    default: nil
    }
  }

  /// `IV.` and a space: a Roman numeral, the only enumerator that starts with `I`, `V` or `X`.
  private static func roman(at body: ArraySlice<Unicode.Scalar>) -> Enumerator? {
    let head = body.prefix(7)
    guard let dot = head.firstIndex(of: "."), dot + 1 < body.endIndex, body[dot + 1] == " ",
      let value = roman(body[..<dot])
    else { return nil }
    return finished(value, dot + 1 - body.startIndex, Array(body.prefix(16)), body.count)
  }

  /// A Roman numeral in capitals from I to XXXIX, written the usual way (`IV`, not `IIII`).
  static func roman(_ letters: ArraySlice<Unicode.Scalar>) -> Int? {
    guard (1...6).contains(letters.count) else { return nil }
    let tens = letters.prefix { $0 == "X" }.count
    let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    guard tens <= 3, let unit = ones.firstIndex(of: String(String.UnicodeScalarView(letters.dropFirst(tens)))),
      tens + unit > 0
    else { return nil }
    return tens * 10 + unit
  }

  /// Arabic digits (1 to 3), or a Chinese numeral from 一 to 九十九.
  static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !scalars.isEmpty, scalars.count <= 3 else { return nil }
    if scalars.allSatisfy({ digit($0) != nil }) { return scalars.reduce(0) { $0 * 10 + digit($1)! } }
    var value = 0
    var tens = 0
    for scalar in scalars {
      if scalar == "十" {
        guard tens == 0 else { return nil }
        tens = max(value, 1) * 10
        value = 0
      } else if let index = numerals.firstIndex(of: scalar) {
        guard value == 0 else { return nil }
        value = index + 1
      } else {
        return nil
      }
    }
    return tens + value
  }
}
