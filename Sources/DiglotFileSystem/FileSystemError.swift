import Glibc

/// A file-system call that failed: what was being done, to which path (as messages name it), and
/// the error number.
public struct FileSystemError: Error, Equatable, Sendable {
  public var action: String
  public var path: String
  public var errno: Int32

  public init(action: String, path: String, errno: Int32) {
    self.action = action
    self.path = path
    self.errno = errno
  }

  /// The error of the system call that just failed, reading `errno` before building the path
  /// can change it.
  static func last(_ action: String, _ path: @autoclosure () -> String) -> FileSystemError {
    let code = Glibc.errno
    return FileSystemError(action: action, path: path(), errno: code)
  }
}
