import DiglotCorpus
import DiglotModel
import DiglotXML

/// A text of an area with money figures, and where it stands, for an address's key figures.
struct KeyFigures {
  /// The text the figures stand in: a bullet, a heading, a paragraph, a note or a table cell.
  var text: Bilingual
  /// Its money figures, in reading order.
  var figures: [Figure]
  /// The topic the text stands in, if any.
  var topic: Int?
  /// The bullet the text is; `nil` for another kind of text.
  var bullet: ItemPlace?

  /// The area's texts with money figures, in reading order.
  static func all(in area: Area, at index: Int) -> [KeyFigures] {
    var result: [KeyFigures] = []
    area.forEachPlacedText(at: index) { text, place in
      let money = text.figures.filter { $0.kind == .money }
      if !money.isEmpty {
        result.append(KeyFigures(text: text, figures: money, topic: place.topic, bullet: place.bullet))
      }
    }
    return result
  }

  /// The first bold phrase of a language's side of the text that is more than the figures in it:
  /// `Innovation and Technology Venture Fund` of "Redeploy **$1.5 billion** to optimise the
  /// **Innovation and Technology Venture Fund**". One pass over the spans and the figures.
  func boldPhrase(in language: SiteLanguage) -> String? {
    guard let inline = language.side(of: text) else { return nil }
    let amounts = text.figures.compactMap { language.side(of: $0) }.filter { $0.offsets != nil }
      .sorted { $0.offsets!.lowerBound < $1.offsets!.lowerBound }[...]
    var rest = amounts
    var offset = 0
    for span in inline.spans {
      let range = offset..<offset + span.text.utf8.count
      offset = range.upperBound
      // The amounts before this span are done with.
      while let first = rest.first, first.offsets!.upperBound <= range.lowerBound { rest.removeFirst() }
      guard case .strong(var phrase) = span else { continue }
      for amount in rest.prefix(while: { $0.offsets!.lowerBound < range.upperBound }) {
        let qualifier = amount.qualifier.map { Labels.qualifier($0, in: language) } ?? ""
        phrase = phrase.replacing(qualifier + amount.written, with: "").replacing(amount.written, with: "")
      }
      let trimmed = phrase.trimming { $0.isWhitespace || ",，、:：;；.。".contains($0) }
      if trimmed.contains(where: \.isLetter) { return trimmed }
    }
    return nil
  }
}

extension StringProtocol {
  /// The text without the characters at either end that match.
  fileprivate func trimming(_ drop: (Character) -> Bool) -> String {
    String(self.drop(while: drop).reversed().drop(while: drop).reversed())
  }
}
