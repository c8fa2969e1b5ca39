import DiglotModel
import Foundation

extension Bilingual {
  /// The bold runs of the text in one language, in order, each with what is left of it once the
  /// figures standing in it are taken out by their places: one pass over the text, however many
  /// figures it has. A figure given without its place (a text made by hand) is taken out wherever
  /// its written form stands.
  func boldRuns(inChinese chinese: Bool) -> [(run: String, rest: String)] {
    guard let inline = chinese ? zh : en else { return [] }
    let amounts = self.figures.compactMap { chinese ? $0.zh : $0.en }
    let figures = amounts.compactMap(\.offsets).sorted { $0.lowerBound < $1.lowerBound }
    let unplaced = amounts.filter { $0.offsets == nil }.map(\.written)
    var runs: [(run: String, rest: String)] = []
    var next = 0
    var offset = 0
    for span in inline.spans {
      let start = offset
      offset += span.text.utf8.count
      guard case .strong(let run) = span else { continue }
      var rest = ""
      var position = start
      for character in run {
        while next < figures.count && figures[next].upperBound <= position { next += 1 }
        if next >= figures.count || !figures[next].contains(position) { rest.append(character) }
        position += character.utf8.count
      }
      for written in unplaced { rest = rest.replacingOccurrences(of: written, with: "") }
      runs.append((run, rest))
    }
    return runs
  }
}
