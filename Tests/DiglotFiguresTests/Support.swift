import DiglotFigures
import DiglotModel
import Foundation

/// An exact decimal from its digits, for expected values.
func decimal(_ digits: String) -> Decimal {
  Decimal(string: digits)!
}

/// What `text` reads at the figure's offset and length: the qualifier word and the amount.
func matchedText(_ figure: FoundFigure, in text: String) -> String {
  String(Array(text)[figure.offset..<figure.offset + figure.length])
}

/// A one-line summary of a paired figure, so tests compare whole bullets at a glance:
/// `money 30億元 | $3 billion = 3000000000 agree`, with the qualifier before the agreement.
func summary(_ figure: Figure) -> String {
  let qualifier = figure.qualifier.map { " \($0.rawValue)" } ?? ""
  let value = (figure.zh ?? figure.en)!.valueString
  return
    "\(figure.kind) \(figure.zh?.written ?? "-") | \(figure.en?.written ?? "-") = \(value)\(qualifier) \(figure.agreement.rawValue)"
}

/// Scans and pairs one bullet.
func pairedSummaries(zh: String, en: String) -> [String] {
  FigurePairing.pair(zh: FigureScanner.chinese(in: zh), en: FigureScanner.english(in: en)).map(summary)
}
