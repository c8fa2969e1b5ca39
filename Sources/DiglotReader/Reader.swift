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

  /// Reads `bytes` as the text of the file at `path` (used as given in locations). A figure that
  /// differs between the languages is an error unless `accepted` accepts it.
  /// The bytes are let go as soon as they are decoded.
  public static func read(_ bytes: consuming [UInt8], path: String, accepted: AcceptedDifferences? = nil) -> Result {
    var decoded: SourceText.Decoded
    switch SourceText.lines(of: consume bytes, file: path) {
    case .success(let text): decoded = text
    case .failure(let diagnostic): return Result(document: nil, diagnostics: [diagnostic])
    }
    var diagnostics = decoded.notes
    // Each stage's input is let go as soon as the next stage has it, so that no more than two
    // copies of the text are held at once.
    var classified = decoded.lines.indices.map { index in
      var scalars = decoded.lines[index]
      decoded.lines[index] = []
      var columns: [Int]?
      if decoded.mayHoldInvisible[index] {
        let note: Diagnostic?
        (scalars, columns, note) = TextHygiene.clean(scalars, number: index + 1, file: path)
        if let note { diagnostics.append(note) }
      }
      let line = LineLexer.lex(scalars, number: index + 1, columns: columns)
      if let typo = line.typo {
        diagnostics.append(
          Diagnostic(.warning, typo.message, file: path, position: SourcePosition(line: index + 1, column: typo.column))
        )
      }
      if line.hasPrivateUse,
        let glyph = line.content.scalars.firstIndex(where: \.isPrivateUse)
      {
        let scalar = line.content.scalars[glyph]
        diagnostics.append(
          Diagnostic(
            .warning,
            "\(TextHygiene.describe(scalar)), a character of a symbol font that browsers show as a box, is kept "
              + "in the text; write the character it stands for", file: path, position: line.content.positions[glyph]))
      }
      return line
    }
    decoded.lines = []  // the array of emptied lines is let go too
    if let furniture = PageFurniture.remove(from: &classified, file: path) { diagnostics.append(furniture) }
    let segments = Segmenter.segments(of: consume classified)
    let units = Pairer.units(of: consume segments)
    var builder = DocumentBuilder(file: path)
    let (document, documentDiagnostics) = builder.build(consume units)
    diagnostics += documentDiagnostics
    diagnostics += FigureDifferences.check(document, accepting: accepted, figuresDiffer: builder.figuresDiffer)
    return Result(document: document, diagnostics: Diagnostic.sorted(diagnostics))
  }
}
