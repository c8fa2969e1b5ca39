import DiglotModel

/// Finds the same address given twice: two files with identical text, or two documents of the
/// same kind, date and title (a copied file, or a file saved under a second name).
enum DuplicateAddresses {
  /// An error on the second file of each pair, naming the first. `inputs` are in path order.
  static func diagnostics(_ inputs: [(path: String, content: Fingerprint, document: Document)]) -> [Diagnostic] {
    var byContent: [Fingerprint: String] = [:]
    var byAddress: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    for input in inputs {
      let slide = input.document.titleSlide
      let title = [slide.title.zh?.plainText ?? "", slide.title.en?.plainText ?? ""].joined(separator: "\n")
      let address = [slide.kind.rawValue, slide.date?.description ?? "", title].joined(separator: "\n")
      if let first = byContent[input.content] {
        diagnostics.append(
          Diagnostic(
            .error,
            "same text as \(first.escapedForDisplay): the same address twice; remove one of the two files",
            file: input.path, position: SourcePosition(line: 1, column: 1)))
      } else if let first = byAddress[address] {
        let position = slide.title.range?.start ?? SourcePosition(line: 1, column: 1)
        diagnostics.append(
          Diagnostic(
            .error,
            "same kind, date and title as \(first.escapedForDisplay): the same address twice; remove one of the two files, or correct the date or title",
            file: input.path, position: position))
      }
      byContent[input.content] = byContent[input.content] ?? input.path
      byAddress[address] = byAddress[address] ?? input.path
    }
    return diagnostics
  }
}
