import Glibc

/// Reading whole files.
public enum LocalFile {
  /// The bytes of the regular file at `path`, read straight into an array (Foundation's `Data`
  /// would add a copy), or nil if it cannot be read or is not a regular file. Opening does not
  /// wait: a FIFO or a device is opened without blocking, seen for what it is, and not read.
  public static func bytes(at path: String) -> [UInt8]? {
    bytes(openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY))
  }

  /// The bytes of the regular file open as `file`, which is closed; nil if `file` is -1 (the
  /// open failed), not a regular file, or cannot be read.
  public static func bytes(_ file: Int32) -> [UInt8]? {
    guard file >= 0 else { return nil }
    defer { close(file) }
    var info = stat()
    guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
      while count < buffer.count {
        let read = Glibc.read(file, buffer.baseAddress! + count, buffer.count - count)
        if read > 0 {
          count += read
        } else if read == 0 || errno != EINTR {
          failed = read < 0
          break
        }
      }
    }
    return failed ? nil : bytes
  }
}

/// The absolute path of `path` with every symbolic link resolved, or nil if it does not exist.
public func realPath(_ path: String) -> String? {
  guard let resolved = realpath(path, nil) else { return nil }
  defer { free(resolved) }
  return String(cString: resolved)
}
