import DiglotModel
import DiglotOpenCC
import Foundation

/// Simplified Chinese as a rendering of the documents' Traditional Chinese, by OpenCC's Hong Kong
/// configuration (`hk2s`: it also knows the Hong Kong forms, such as 衞 in 衞生, that the
/// generic `t2s` leaves alone).
public enum SimplifiedChinese {
  /// The converter, opened once on first use; shared by every thread.
  static let converter = Result { () throws(ChineseConverter.OpenError) in
    try ChineseConverter(configuration: "hk2s.json")
  }

  /// Why Simplified pages cannot be made, if they cannot: OpenCC's configuration did not open.
  /// A build with Simplified Chinese checks this before planning.
  public static var problem: String? {
    if case .failure(let error) = converter { "\(error)" } else { nil }
  }

  /// Traditional text in Simplified characters (unchanged when OpenCC is not there: see `problem`).
  static func convert(_ text: String) -> String {
    guard let converter = try? converter.get() else { return text }
    // Names and figures come back page after page: they are converted once.
    guard text.utf8.count <= ShortTexts.longest else { return converter.convert(text) }
    if let converted = shortTexts[text] { return converted }
    let converted = converter.convert(text)
    shortTexts[text] = converted
    return converted
  }

  /// The short texts converted so far, shared by every thread.
  private static let shortTexts = ShortTexts()

  /// The document with its Chinese in Simplified characters: every text and every figure as
  /// written. English, values, positions and structure are kept.
  static func convert(_ document: Document) -> Document {
    document.mappingTexts(convert)
  }

  /// A text with its Chinese and its figures' Chinese in Simplified characters.
  static func convert(_ text: Bilingual) -> Bilingual {
    var text = text
    guard let zh = text.zh else { return text }
    let (converted, offset) = convert(zh)
    text.zh = converted
    text.figures = text.figures.map { figure in
      var figure = figure
      if let amount = figure.zh {
        figure.zh?.written = convert(amount.written)
        figure.zh?.offsets = amount.offsets.flatMap { old in
          offset(old.lowerBound).flatMap { lower in offset(old.upperBound).map { lower..<$0 } }
        }
      }
      return figure
    }
    return text
  }

  /// A figure shown alone, its Chinese as written in Simplified characters.
  static func convert(_ figure: Figure) -> Figure {
    var figure = figure
    if let written = figure.zh?.written { figure.zh?.written = convert(written) }
    return figure
  }

  /// The text converted, and where each UTF-8 offset of the old plain text is in the new one.
  ///
  /// The text is converted whole, so that phrases across bold and plain runs convert as phrases,
  /// and cut back into its runs at the same characters. Where the conversion changed the number of
  /// characters, which would move the cuts, each run is converted alone and offsets are lost (the
  /// figures in that text are then shown without their `<data>` markup).
  private static func convert(_ inline: Inline) -> (Inline, offset: (Int) -> Int?) {
    var inline = inline
    let old = inline.plainText.unicodeScalars
    let new = convert(inline.plainText).unicodeScalars
    guard new.count == old.count else {
      inline.spans = inline.spans.map { $0.replacingText(convert($0.text)) }
      return (inline, { _ in nil })
    }
    var scalars = new[...]
    inline.spans = inline.spans.map { span in
      let count = span.text.unicodeScalars.count
      defer { scalars = scalars.dropFirst(count) }
      return span.replacingText(String(String.UnicodeScalarView(scalars.prefix(count))))
    }
    // Character boundaries in both texts, as UTF-8 offsets: the n-th of one is the n-th of the other.
    var offsets: [Int: Int] = [0: 0]
    var (from, to) = (0, 0)
    for (a, b) in zip(old, new) {
      from += UTF8.width(a)
      to += UTF8.width(b)
      offsets[from] = to
    }
    return (inline, { offsets[$0] })
  }
}

/// Short texts and their conversions, under a lock; emptied when full, so that a process that
/// builds again and again (`watch`, `serve`) holds only so many.
private final class ShortTexts: @unchecked Sendable {
  /// The longest text kept, in UTF-8 bytes: a name or a figure, not a paragraph.
  static let longest = 96
  private static let capacity = 100_000
  private var converted: [String: String] = [:]
  private let lock = NSLock()

  subscript(text: String) -> String? {
    get { lock.withLock { converted[text] } }
    set {
      lock.withLock {
        if converted.count >= Self.capacity { converted.removeAll() }
        converted[text] = newValue
      }
    }
  }
}

extension Span {
  /// The same kind of run with other text.
  fileprivate func replacingText(_ text: String) -> Span {
    switch self {
    case .plain: .plain(text)
    case .strong: .strong(text)
    case .emphasis: .emphasis(text)
    }
  }
}
