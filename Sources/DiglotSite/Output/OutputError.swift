import Glibc

/// Why the site could not be published. The description is a message for the user that names
/// the path and the cause, e.g. `cannot write Output/en/index.html: No space left on device`.
public enum OutputError: Error, Equatable, CustomStringConvertible {
  /// A site file's path is not a plain relative path inside the site.
  case invalidPath(String, reason: String)
  /// Two site files have the same path.
  case duplicatePath(String)
  /// A site file's path is also the folder of other site files.
  case fileAndFolder(String)
  /// A file to keep from the current output is not there.
  case missingKeptFile(String)
  /// The output exists but is not a real folder, or cannot hold a site.
  case unusableOutput(String, reason: String)
  /// A file-system operation failed: what was being done, to which path, and the error number.
  case system(action: String, path: String, errno: Int32)

  public var description: String {
    switch self {
    case .invalidPath(let path, let reason):
      return "invalid site path \(path.debugDescription): \(reason)"
    case .duplicatePath(let path):
      return "two site files have the same path \(path.debugDescription)"
    case .fileAndFolder(let path):
      return "site path \(path.debugDescription) is both a file and the folder of other files"
    case .missingKeptFile(let path):
      return "\(path) is missing from the current site"
    case .unusableOutput(let path, let reason):
      return "cannot publish to \(path): \(reason)"
    case .system(let action, let path, let code):
      return "cannot \(action) \(path): \(String(cString: strerror(code)))"
    }
  }
}

extension OutputError {
  /// The error of the system call that just failed, reading `errno` before building the path
  /// can change it.
  static func lastSystemError(_ action: String, _ path: @autoclosure () -> String) -> OutputError {
    let code = errno
    return .system(action: action, path: path(), errno: code)
  }
}
