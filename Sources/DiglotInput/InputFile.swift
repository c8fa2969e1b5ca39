import DiglotFileSystem
import DiglotModel
import DiglotReader

/// Reads slide-text files for the commands and the build.
public enum InputFile {
  /// Reads and parses one file; a file that cannot be read is an error diagnostic, not a crash.
  public static func read(_ path: String, accepted: AcceptedDifferences? = nil) -> DocumentReader.Result {
    guard let bytes = LocalFile.bytes(at: path) else {
      return DocumentReader.Result(document: nil, diagnostics: [unreadable(path)])
    }
    return DocumentReader.read(bytes, path: path, accepted: accepted)
  }

  /// The error for a file that cannot be read.
  public static func unreadable(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, "cannot read the file (it is missing, not a regular file, or not readable)", file: path,
      position: SourcePosition(line: 1, column: 1))
  }
}
