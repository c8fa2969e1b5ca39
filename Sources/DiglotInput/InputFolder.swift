import DiglotFileSystem
import DiglotModel
import DiglotReader
import Foundation
import Glibc

/// The one way the commands and the build find the input files of a folder (slide text and
/// decks), so that `check`, `build` and `watch` accept exactly the same files.
public enum InputFolder {
  /// Files that live beside the inputs to set how they are read; they are not addresses, so they
  /// are neither read as slide text nor reported as skipped.
  public static let settingsFiles: Set<String> = [AcceptedDifferences.fileName, "initiatives.json"]

  /// What is in an input folder: the files to read, and a diagnostic for every other entry.
  public struct Listing: Sendable, Equatable {
    /// The files to read, sorted, as paths that start with the folder's path as given.
    public var paths: [String]
    /// An error for each input entry (`.txt`, `.pptx`, `.pdf`) that is refused (a FIFO, a device, a folder, a symbolic link
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

  /// A settings file of the input folder (`accepted-differences.json`, `initiatives.json`): its
  /// path, and its bytes if it is there. Only a regular file is opened, so that a pipe or a
  /// device under that name cannot block the build; anything else is an error naming `what`.
  public static func setting(named name: String, inFolder folder: String, what: String) -> (
    path: String, bytes: [UInt8]?, problem: Diagnostic?
  ) {
    let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
    var info = stat()
    guard lstat(path, &info) == 0 else { return (path, nil, nil) }
    guard info.st_mode & S_IFMT == S_IFREG, let bytes = LocalFile.bytes(at: path) else {
      let problem = Diagnostic(
        .error, "cannot read the file of \(what) (it must be a regular file)", file: path,
        position: SourcePosition(line: 1, column: 1))
      return (path, nil, problem)
    }
    return (path, bytes, nil)
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
    guard InputFile.types.contains(where: { name.hasSuffix($0) }) else {
      let types = InputFile.types.joined(separator: ", ")
      if kind == S_IFDIR {
        return .skipped("not read: a folder (only the input files directly in the folder are read)")
      }
      if let type = InputFile.types.first(where: { name.lowercased().hasSuffix($0) }) {
        return .skipped("not read: the name must end in \(type), in lower case")
      }
      return .skipped("not read: not an input file (only \(types) files are read)")
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
