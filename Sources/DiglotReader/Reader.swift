import DiglotModel

/// Reads the slide text of one address into a `Document`.
public enum DocumentReader {
  /// The outcome of reading one file: the document, unless the file could not be decoded,
  /// and every problem found, sorted by position.
  public struct Result: Sendable {
    public var document: Document?
    public var diagnostics: [Diagnostic]

    public init(document: Document?, diagnostics: [Diagnostic]) {
      self.document = document
      self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// Reads `bytes` as the text of the file at `path` (used as given in locations).
  public static func read(_ bytes: [UInt8], path: String) -> Result {
    let lines: [[Unicode.Scalar]]
    switch SourceText.lines(of: bytes, file: path) {
    case .success(let decoded): lines = decoded
    case .failure(let diagnostic): return Result(document: nil, diagnostics: [diagnostic])
    }
    var classified = lines.enumerated().map { LineLexer.lex($0.element, number: $0.offset + 1) }
    let furniture = PageFurniture.remove(from: &classified, file: path)
    let units = Pairer.units(of: Segmenter.segments(of: classified))
    var builder = DocumentBuilder(file: path)
    let (document, diagnostics) = builder.build(units)
    return Result(document: document, diagnostics: Diagnostic.sorted(diagnostics + [furniture].compactMap { $0 }))
  }
}
