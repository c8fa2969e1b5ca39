import DiglotModel
import Foundation

/// How pages name an address: by a short title made from its kind and date (`2024 Policy Address`,
/// `2024-25 Budget`), with its subject and bureau on lines of their own.
///
/// The title slide runs the kind, the bureau and the subject together ("Chief Executive's 2024
/// Policy Address Innovation, Technology and Industry Bureau Attracting I&T Talents"); the short
/// title and the subject take it apart, so that no words of the slide are shown twice.
enum AddressTitle {
  /// `2024-25 Budget`, `2024年施政報告`; `nil` for an address of another kind or with no date.
  /// A Budget is named by the financial year it opens (April to March), as Hong Kong names them.
  static func short(_ outline: Outline, in language: SiteLanguage) -> String? {
    guard let year = outline.titleSlide.date?.year else { return nil }
    let next = (year + 1) % 100
    let financialYear = "\(year)-" + (next < 10 ? "0" : "") + String(next)
    switch (outline.titleSlide.kind, language) {
    case (.budget, .english): return financialYear + " Budget"
    case (.budget, .chinese): return financialYear + "年度財政預算案"
    case (.budget, .simplified): return financialYear + "年度财政预算案"
    case (.policyAddress, .english): return "\(year) Policy Address"
    case (.policyAddress, .chinese): return "\(year)年施政報告"
    case (.policyAddress, .simplified): return "\(year)年施政报告"
    case (.other, _): return nil
    }
  }

  /// What the address is about: its subtitle, or else what its title says after the kind of
  /// address and the bureau (`Key initiatives under ITIB`); `nil` when the title says nothing
  /// more, or when the address has no short title and its whole title is shown.
  static func subject(_ outline: Outline) -> Bilingual? {
    if let subtitle = outline.titleSlide.subtitle { return subtitle }
    guard outline.titleSlide.date != nil, outline.titleSlide.kind != .other else { return nil }
    let zh = outline.titleSlide.title.zh.flatMap {
      remainder(of: $0, bureau: outline.titleSlide.bureau?.zh, words: chineseKinds)
    }
    let en = outline.titleSlide.title.en.flatMap {
      remainder(of: $0, bureau: outline.titleSlide.bureau?.en, words: englishKinds)
    }
    guard zh != nil || en != nil else { return nil }
    return Bilingual(zh: zh, en: en)
  }

  private static let englishKinds = ["budget", "policy address"]
  private static let chineseKinds = ["財政預算案", "财政预算案", "施政報告", "施政报告"]

  /// The title's text after the first word naming the kind of address, less the bureau's name
  /// where it follows; `nil` when no such word is found or nothing is left.
  private static func remainder(of title: Inline, bureau: Inline?, words: [String]) -> Inline? {
    let text = title.plainText
    let found = words.compactMap { text.range(of: $0, options: .caseInsensitive) }
    guard let end = found.min(by: { $0.lowerBound < $1.lowerBound })?.upperBound else { return nil }
    var rest = text[end...].drop { $0.isWhitespace || $0.isPunctuation }
    if let bureau = bureau?.plainText, !bureau.isEmpty, rest.hasPrefix(bureau) {
      rest = rest.dropFirst(bureau.count).drop { $0.isWhitespace || $0.isPunctuation }
    }
    let words = rest.trimmingCharacters(in: .whitespaces)
    guard !words.isEmpty else { return nil }
    return Inline(spans: [.plain(words)], range: title.range)
  }
}
