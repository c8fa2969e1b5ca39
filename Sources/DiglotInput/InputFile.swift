import DiglotFileSystem
import DiglotModel
import DiglotReader

/// Reads input files for the commands and the build: slide text, and decks as slide text.
public enum InputFile {
  /// The ends of the names of the files read: slide text and the decks' formats.
  public static let types = [".txt"] + DeckFormat.allCases.map(\.fileExtension)

  /// Reads and parses one file; a file that cannot be read is an error diagnostic, not a crash.
  public static func read(_ path: String, accepted: AcceptedDifferences? = nil) -> DocumentReader.Result {
    guard let bytes = LocalFile.bytes(at: path) else {
      return DocumentReader.Result(document: nil, diagnostics: [unreadable(path)])
    }
    return read(consume bytes, path: path, accepted: accepted)
  }

  /// Parses the bytes of the file at `path`: a deck by its format's reader, any other file as
  /// slide text. The bytes of slide text are let go as soon as they are decoded.
  public static func read(_ bytes: consuming [UInt8], path: String, accepted: AcceptedDifferences?)
    -> DocumentReader.Result
  {
    guard let format = DeckFormat(path: path) else {
      return DocumentReader.read(consume bytes, path: path, accepted: accepted)
    }
    return format.read(bytes, path: path, accepted: accepted)
  }

  /// The error for a file that cannot be read.
  public static func unreadable(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, "cannot read the file (it is missing, not a regular file, or not readable)", file: path,
      position: SourcePosition(line: 1, column: 1))
  }
}
