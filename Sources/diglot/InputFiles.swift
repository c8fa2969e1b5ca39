import ArgumentParser
import DiglotInput
import DiglotModel
import Foundation

/// Finds the input files named on the command line.
enum InputFiles {
  /// The files named, and the input files inside the folders named (as the build finds
  /// them), in a stable order, with the diagnostics of the folders' listings: an error for each
  /// refused entry, a note for each entry not read. A path that does not exist is reported in the
  /// diagnostic format and ends the command with exit code 1.
  static func resolve(_ paths: [String]) throws -> (files: [String], diagnostics: [Diagnostic]) {
    var files: [String] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        Console.error("\(path.escapedForDisplay): error: no such file or folder\n")
        throw ExitCode(1)
      }
      if isDirectory.boolValue {
        guard let listing = InputFolder.list(path) else {
          Console.error("\(path.escapedForDisplay): error: cannot read the folder\n")
          throw ExitCode(1)
        }
        files += listing.paths
        diagnostics += listing.diagnostics
      } else {
        files.append(path)
      }
    }
    return (files, diagnostics)
  }
}
