import DiglotModel
import DiglotReader
import Foundation
import Glibc

/// The one way the commands and the build find the slide-text files of an input folder, so that
/// `check`, `build` and `watch` accept exactly the same files.
public enum InputFolder {
  /// Files that live beside the inputs to set how they are read; they are not addresses, so they
  /// are neither read as slide text nor reported as skipped.
  public static let settingsFiles: Set<String> = [AcceptedDifferences.fileName, "initiatives.json"]

  /// What is in an input folder: the files to read, and a diagnostic for every other entry.
  public struct Listing: Sendable, Equatable {
    /// The slide-text files to read, sorted, as paths that start with the folder's path as given.
    public var paths: [String]
    /// An error for each `.txt` entry that is refused (a FIFO, a device, a folder, a symbolic link
    /// that leads out of the folder), a note for each other entry that is not read.
    public var diagnostics: [Diagnostic]
  }

  /// Lists `folder` without opening any of its entries: each is looked at with `lstat`, so a
  /// FIFO or a device is never opened and nothing blocks. Nil if the folder cannot be read.
  public static func list(_ folder: String) -> Listing? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let realFolder = realPath(folder)
    var listing = Listing(paths: [], diagnostics: [])
    for name in names.sorted() where !settingsFiles.contains(name) {
      let path = prefix + name
      switch verdict(name: name, path: path, realFolder: realFolder) {
      case .read: listing.paths.append(path)
      case .refused(let why): listing.diagnostics.append(diagnostic(.error, path, why))
      case .skipped(let why): listing.diagnostics.append(diagnostic(.note, path, why))
      }
    }
    return listing
  }

  private enum Verdict: Equatable {
    case read
    case refused(String)
    case skipped(String)
  }

  private static func verdict(name: String, path: String, realFolder: String?) -> Verdict {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .refused("cannot inspect the file: \(errorText())") }
    let kind = status.st_mode & S_IFMT
    if name.hasPrefix(".") { return .skipped("not read: hidden file") }
    guard name.hasSuffix(".txt") else {
      if kind == S_IFDIR { return .skipped("not read: a folder (only the .txt files directly in the folder are read)") }
      if name.lowercased().hasSuffix(".txt") {
        return .skipped("not read: the name must end in .txt, in lower case")
      }
      return .skipped("not read: not a slide-text file (only .txt files are read)")
    }
    switch kind {
    case S_IFREG:
      return .read
    case S_IFLNK:
      // A link is read only if it leads to a regular file inside the input folder.
      guard let target = realPath(path) else { return .refused("symbolic link to nothing; it is not read") }
      guard let realFolder, target.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/") else {
        return .refused(
          "symbolic link to \(target.escapedForDisplay), outside the input folder; it is not read (copy the file into the folder instead)"
        )
      }
      guard stat(target, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
        return .refused("symbolic link to something that is not a regular file; it is not read")
      }
      return .read
    default:
      return .refused("\(describe(kind)), not a regular file; it is not read")
    }
  }

  private static func describe(_ kind: mode_t) -> String {
    switch kind {
    case S_IFDIR: "a folder"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  private static func diagnostic(_ severity: Diagnostic.Severity, _ path: String, _ message: String) -> Diagnostic {
    Diagnostic(severity, message, file: path, position: SourcePosition(line: 1, column: 1))
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// The absolute path of `path` with every symbolic link resolved, or nil if it does not exist.
func realPath(_ path: String) -> String? {
  guard let resolved = realpath(path, nil) else { return nil }
  defer { free(resolved) }
  return String(cString: resolved)
}
