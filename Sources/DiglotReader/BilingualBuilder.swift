import DiglotFigures
import DiglotModel

/// Turns a Chinese and an English segment into a `Bilingual`: inline markup parsed,
/// figures found in both languages, located, paired and checked.
struct BilingualBuilder {
  let file: String
  var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func make(zh: LocatedText?, en: LocatedText?) -> Bilingual {
    let zhParsed = zh.map { InlineParser.parse($0, file: file) }
    let enParsed = en.map { InlineParser.parse($0, file: file) }
    diagnostics += (zhParsed?.diagnostics ?? []) + (enParsed?.diagnostics ?? [])
    let zhFigures = zhParsed.map { located(FigureScanner.chinese(in: $0.plain.string), in: $0.plain) } ?? []
    let enFigures = enParsed.map { located(FigureScanner.english(in: $0.plain.string), in: $0.plain) } ?? []
    let figures = FigurePairing.pair(zh: zhFigures, en: enFigures)
    if zh != nil && en != nil { check(figures) }
    return Bilingual(zh: zhParsed?.inline, en: enParsed?.inline, figures: figures)
  }

  /// Reports amounts stated in one language only. (Figures that differ are errors unless the team
  /// accepted them: `FigureDifferences` reports them, for the whole document.)
  private mutating func check(_ figures: [Figure]) {
    for figure in figures {
      switch figure.agreement {
      case .agree, .differ: continue
      case .oneSided:
        // Counts are too loosely written to insist on both sides (`三座大樓` may be `the buildings`).
        guard figure.kind != .count else { continue }
        if let zh = figure.zh, let range = zh.range {
          diagnostics.append(
            Diagnostic(.warning, "\(figure.kind.rawValue) \(zh.written) has no English counterpart", at: range))
        } else if let en = figure.en, let range = en.range {
          diagnostics.append(
            Diagnostic(.warning, "\(figure.kind.rawValue) \(en.written) has no Chinese counterpart", at: range))
        }
      }
    }
  }

  /// Gives each figure the source range of the characters it was found at.
  private func located(_ found: [FoundFigure], in plain: LocatedText) -> [FoundFigure] {
    guard !found.isEmpty else { return found }
    // Figures are found by character offset; positions are kept per scalar.
    var scalarIndexOfCharacter: [Int] = []
    var scalarIndex = 0
    for character in plain.string {
      scalarIndexOfCharacter.append(scalarIndex)
      scalarIndex += character.unicodeScalars.count
    }
    scalarIndexOfCharacter.append(scalarIndex)
    return found.map { figure in
      var figure = figure
      let first = scalarIndexOfCharacter[min(figure.offset, scalarIndexOfCharacter.count - 1)]
      let last = scalarIndexOfCharacter[min(figure.offset + figure.length, scalarIndexOfCharacter.count - 1)] - 1
      if first < plain.positions.count, last >= first, last < plain.positions.count {
        figure.amount.range = SourceRange(file: file, start: plain.positions[first], end: plain.positions[last])
      }
      return figure
    }
  }
}
