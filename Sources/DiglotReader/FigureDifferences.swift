import DiglotModel

/// Figures that differ between the languages: an error at both figures, so that the site is not
/// published with them, unless the team accepted the difference. An acceptance that no longer
/// matches a difference (a figure changed, the bullet is gone) is reported as stale.
enum FigureDifferences {
  /// The diagnostics of a document's figures that differ (`figuresDiffer` says whether there are
  /// any, as the builder found) and of the acceptances that match none of them.
  static func check(_ document: Document, accepting accepted: AcceptedDifferences?, figuresDiffer: Bool)
    -> [Diagnostic]
  {
    var unused = accepted?.entries(forInput: document.file) ?? []
    guard figuresDiffer || !unused.isEmpty else { return [] }
    var diagnostics: [Diagnostic] = []
    for placed in document.placedFigures where placed.figure.agreement == .differ {
      let figure = placed.figure
      guard let zh = figure.zh, let en = figure.en, let zhRange = zh.range, let enRange = en.range else { continue }
      if let accepted, let index = unused.firstIndex(where: { $0.chinese == zh.written && $0.english == en.written }) {
        let entry = unused.remove(at: index)
        diagnostics.append(
          Diagnostic(
            .note,
            "\(figure.kind.rawValue) differs between languages (\(zh.written) in Chinese, \(en.written) in English), "
              + "accepted at \(accepted.path):\(entry.position.line):\(entry.position.column)",
            at: zhRange))
        continue
      }
      let advice = "if the difference is deliberate, accept it in \(AcceptedDifferences.fileName)"
      diagnostics.append(
        Diagnostic(
          .error,
          "\(figure.kind.rawValue) differs between languages: \(zh.written) (\(zh.valueString)) here in Chinese, "
            + "\(en.written) (\(en.valueString)) in English at \(enRange.start.line):\(enRange.start.column); "
            + advice,
          at: zhRange))
      diagnostics.append(
        Diagnostic(
          .error,
          "\(figure.kind.rawValue) differs between languages: \(en.written) (\(en.valueString)) here in English, "
            + "\(zh.written) (\(zh.valueString)) in Chinese at \(zhRange.start.line):\(zhRange.start.column); "
            + advice,
          at: enRange))
    }
    for entry in unused {
      diagnostics.append(
        Diagnostic(
          .warning,
          "stale acceptance: \(entry.file) has no difference between \(entry.chinese) in Chinese and \(entry.english) "
            + "in English (a figure changed or the bullet is gone); update or remove this entry",
          file: accepted?.path ?? AcceptedDifferences.fileName, position: entry.position))
    }
    return diagnostics
  }
}
