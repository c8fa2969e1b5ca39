import Foundation
import Glibc

/// What tells, without reading a file, that it has not changed since the last build: its size,
/// modification time and inode. Editors that save in place, `touch` and copying over it all
/// change at least one of them.
public struct FileStamp: Hashable, Sendable {
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
    self.init(info)
  }

  /// The stamp of the file whose status is `info`.
  public init(_ info: stat) {
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    inode = UInt64(info.st_ino)
  }
}
