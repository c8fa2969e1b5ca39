import DiglotModel
import Foundation

/// Writing to the terminal: results on stdout, diagnostics on stderr.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether standard error is a terminal, where progress can be shown.
  static let isTerminal = isatty(2) == 1

  /// Shows what the build is doing on one line of the terminal, overwritten by the next.
  static let progress: @Sendable (String) -> Void = { message in
    error("\r\u{1B}[K" + message)
  }

  /// Clears the progress line.
  static func clearProgress() {
    error("\r\u{1B}[K")
  }

  /// Prints diagnostics on stderr, in the order given: the reader and the build sort them by
  /// location, and the commands read files in path order.
  static func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    error(diagnostics.map { $0.description + "\n" }.joined())
  }
}
