import ArgumentParser
import DiglotModel
import DiglotReader
import Foundation

/// Finds, reads and parses the input files named on the command line.
enum InputFiles {
  /// The `.txt` files named, or inside the folders named, in a stable order. A path that does
  /// not exist is reported in the diagnostic format and ends the command with exit code 1.
  static func resolve(_ paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        Console.error("\(path): error: no such file or folder\n")
        throw ExitCode(1)
      }
      if isDirectory.boolValue {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
          .filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
          .sorted()
        let prefix = path.hasSuffix("/") ? path : path + "/"
        files += names.map { prefix + $0 }
      } else {
        files.append(path)
      }
    }
    return files
  }
}

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

