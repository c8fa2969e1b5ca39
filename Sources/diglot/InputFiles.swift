import ArgumentParser
import DiglotBuild
import Foundation

/// Finds the input files named on the command line.
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
        guard let inFolder = InputFile.paths(inFolder: path) else {
          Console.error("\(path): error: cannot read the folder\n")
          throw ExitCode(1)
        }
        files += inFolder
      } else {
        files.append(path)
      }
    }
    return files
  }
}
