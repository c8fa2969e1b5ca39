import Foundation
import Glibc

/// What tells, without reading a file, that it has not changed since the last build: its size,
/// modification time and inode. Editors that save in place, `touch` and copying over it all
/// change at least one of them.
public struct FileStamp: Hashable, Codable, Sendable {
  public var size: Int64
  public var modified: Int64  // nanoseconds since 1970
  public var inode: UInt64

  public init(size: Int64, modified: Int64, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
  }

  /// The stamp of the file at `path`, or nil if there is none.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    inode = UInt64(info.st_ino)
  }
}

/// Reading whole files.
enum LocalFile {
  /// The bytes of the file at `path`, read straight into an array (Foundation's `Data` would add
  /// a copy), or nil if it cannot be read.
  static func bytes(at path: String) -> [UInt8]? {
    let file = open(path, O_RDONLY | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    var info = stat()
    guard fstat(file, &info) == 0 else { return nil }
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
