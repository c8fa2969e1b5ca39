import CFileSystem
import Dispatch
import Foundation
import Glibc

/// An open folder. Every path given to it is resolved relative to the folder itself, so an
/// operation cannot land elsewhere if a parent folder is renamed meanwhile. `display` is how
/// the folder is named in error messages.
public final class DirectoryHandle {
  public let descriptor: Int32
  public let display: String
  /// The stream that lists the entries, opened on first use; it then owns `descriptor`.
  private var stream: OpaquePointer?

  /// Opens the folder `name` inside `parent` (or the current folder). A symbolic link is followed
  /// only if `followingLink` is true.
  public init(
    _ name: UnsafePointer<CChar>, in parent: DirectoryHandle? = nil, display: String,
    followingLink: Bool = false
  ) throws {
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW)
    let descriptor = openat(parent?.descriptor ?? AT_FDCWD, name, flags)
    guard descriptor >= 0 else { throw FileSystemError.last("open", display) }
    self.descriptor = descriptor
    self.display = display
  }

  deinit {
    if let stream { closedir(stream) } else { close(descriptor) }
  }

  /// How `path` inside this folder is named in error messages.
  public func display(_ path: String) -> String { display + "/" + path }

  /// The status of `path`, without following a symbolic link unless `following`, or nil if there
  /// is nothing there.
  public func status(_ path: String, following: Bool = false) throws -> stat? {
    var status = stat()
    if fstatat(descriptor, path, &status, following ? 0 : AT_SYMLINK_NOFOLLOW) == 0 { return status }
    if errno == ENOENT { return nil }
    throw FileSystemError.last("inspect", display(path))
  }

  /// The stamp of this folder itself.
  public func stamp() throws -> FileStamp {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileSystemError.last("inspect", display) }
    return FileStamp(status)
  }

  /// A number that changes whenever an entry is added, removed or renamed in this folder or in
  /// one of `folders` (paths inside it), or a folder's mode changes: made of each folder's inode
  /// and change time, which the system sets at every such change and no program can set back.
  /// Nil if one of them cannot be inspected.
  public func changeStamp(ofFolders folders: some Sequence<String>) -> UInt64? {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    // A sum, so that the folders' order does not matter; each term is mixed, so that two
    // changes cannot cancel out.
    var stamp = Self.mixed(status)
    for folder in folders {
      guard fstatat(descriptor, folder, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
      stamp &+= Self.mixed(status)
    }
    return stamp
  }

  /// A folder's inode and change time, mixed into one number (SplitMix64's finaliser).
  private static func mixed(_ status: stat) -> UInt64 {
    let changed = Int64(status.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(status.st_ctim.tv_nsec)
    var value = (UInt64(status.st_ino) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(bitPattern: changed)
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// Waits until no other process publishes into this folder, and holds the lock until closed.
  public func lock() throws {
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw FileSystemError.last("lock", display) }
    }
  }

  /// Flushes the folder's entries to the disk.
  public func sync() throws {
    guard fsync(descriptor) == 0 else { throw FileSystemError.last("sync", display) }
  }

  /// Flushes everything written to the file system that holds this folder, data and folders alike.
  public func syncFileSystem() throws {
    guard diglot_syncfs(descriptor) == 0 else {
      throw FileSystemError.last("sync", display)
    }
  }

  /// Swaps the entries `first` and `second` of this folder in one step: each path is always
  /// either the old entry or the new one. Both must exist.
  public func exchange(_ first: String, _ second: String, display: String) throws {
    try rename(first, second, flags: diglot_rename_exchange, action: "replace", display: display)
  }

  /// Renames the entry `name` of this folder to `newName`, which must not exist yet.
  public func move(_ name: String, to newName: String, display: String) throws {
    try rename(name, newName, flags: diglot_rename_noreplace, action: "create", display: display)
  }

  /// Renames the file `name` of this folder to `newName`, replacing any file of that name in one step.
  public func move(_ name: String, over newName: String, display: String) throws {
    try rename(name, newName, flags: 0, action: "replace", display: display)
  }

  /// Moves the entry `name` of this folder into `folder` as `newName`, which must not exist yet.
  public func move(_ name: String, to newName: String, in folder: DirectoryHandle, display: String) throws {
    guard diglot_renameat2(descriptor, name, folder.descriptor, newName, diglot_rename_noreplace) == 0 else {
      throw FileSystemError.last("create", display)
    }
  }

  private func rename(
    _ name: String, _ newName: String, flags: UInt32, action: String, display: String
  ) throws {
    guard diglot_renameat2(descriptor, name, descriptor, newName, flags) == 0 else {
      throw FileSystemError.last(action, display)
    }
  }

  /// Creates the symbolic link `name` in this folder, leading to `destination`.
  public func makeLink(_ name: String, to destination: String, display: String) throws {
    guard symlinkat(destination, descriptor, name) == 0 else { throw FileSystemError.last("create", display) }
  }

  /// Where the symbolic link `name` of this folder leads, or nil if it is not a symbolic link.
  public func destination(ofLink name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlinkat(descriptor, name, &buffer, buffer.count - 1)
    guard length >= 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  // MARK: Reading

  /// What an entry of a folder is.
  public enum Kind { case folder, file, other }

  /// Calls `body` with the name and kind of each entry of this folder, without `.` and `..`.
  /// Names are passed as the system gives them, so that any name can be removed.
  private func forEachEntry(_ body: (UnsafePointer<CChar>, Kind) throws -> Void) throws {
    if let stream {
      rewinddir(stream)
    } else {
      stream = fdopendir(descriptor)
    }
    guard let stream else { throw FileSystemError.last("list", display) }
    while true {
      // The end of the listing and a failure both return nil; only a failure sets errno.
      errno = 0
      guard let entry = readdir(stream) else {
        if errno != 0 { throw FileSystemError.last("list", display) }
        return
      }
      let type = entry.pointee.d_type
      try withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        let name = bytes.bindMemory(to: CChar.self).baseAddress!
        if strcmp(name, ".") == 0 || strcmp(name, "..") == 0 { return }
        if type == DT_DIR {
          try body(name, .folder)
        } else if type == DT_REG {
          try body(name, .file)
        } else if type == DT_UNKNOWN {
          // Some file systems do not say in the listing; ask.
          var status = stat()
          guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw FileSystemError.last("inspect", display(String(cString: name)))
          }
          let format = status.st_mode & S_IFMT
          try body(name, format == S_IFDIR ? .folder : format == S_IFREG ? .file : .other)
        } else {
          try body(name, .other)
        }
      }
    }
  }

  /// The names of the entries of this folder, without `.` and `..`.
  public func names() throws -> [String] {
    var names: [String] = []
    try forEachEntry { name, _ in names.append(String(cString: name)) }
    return names
  }

  /// What is under a folder, by `/`-separated path: each entry that is not a folder, with
  /// whether it is a regular file, and each folder, parents before their children.
  public struct Listing {
    public var files: [String: Bool] = [:]
    public var folders: [String] = []

    public init() {}

    /// A listing of these regular files and folders, as a folder holding them would give.
    public init(files: some Sequence<String>, folders: [String]) {
      self.files = Dictionary(files.map { ($0, true) }, uniquingKeysWith: { a, _ in a })
      self.folders = folders
    }
  }

  /// Everything under this folder. Symbolic links are listed, not followed.
  public func listing() throws -> Listing {
    var listing = Listing()
    func walk(_ folder: DirectoryHandle, prefix: String) throws {
      try folder.forEachEntry { name, kind in
        let path = prefix + String(cString: name)
        if kind == .folder {
          listing.folders.append(path)
          try walk(DirectoryHandle(name, in: folder, display: display(path)), prefix: path + "/")
        } else {
          listing.files[path] = kind == .file
        }
      }
    }
    try walk(self, prefix: "")
    return listing
  }

  /// Whether this folder and the folders of `listing` in it have mode 0755.
  public func foldersHaveMode0755(_ listing: Listing) -> Bool {
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & 0o7777 == 0o755 else { return false }
    return listing.folders.allSatisfy { folder in
      fstatat(descriptor, folder, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & 0o7777 == 0o755
    }
  }

  /// Whether `path` is a regular file with mode 0644 and exactly the bytes of `stream`, read and
  /// compared a piece at a time; the making stops at the first difference. When the stream's
  /// size is known it is compared first, so most changed files are told apart without reading them.
  public func holds(_ path: String, _ stream: ByteStream) -> Bool {
    let file = openat(descriptor, path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard file >= 0 else { return false }
    defer { close(file) }
    var status = stat()
    guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o7777 == 0o644,
      stream.count.map({ $0 == status.st_size }) ?? true
    else { return false }
    var stored = [UInt8](repeating: 0, count: ByteStream.pieceSize)
    var total = 0
    var same = true
    stream.forEachPiece { piece in
      total += piece.count
      guard total <= status.st_size else {
        same = false
        return false
      }
      if stored.count < piece.count { stored = [UInt8](repeating: 0, count: piece.count) }
      same = stored.withUnsafeMutableBytes { stored in
        piece.withUnsafeBytes { piece in
          Self.read(file, into: stored.baseAddress!, count: piece.count)
            && memcmp(stored.baseAddress!, piece.baseAddress!, piece.count) == 0
        }
      }
      return same
    }
    return same && total == status.st_size
  }

  /// Reads exactly `count` bytes of `file` into `buffer`; false if the file ends first or fails.
  private static func read(_ file: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Bool {
    var done = 0
    while done < count {
      let read = Glibc.read(file, buffer + done, count - done)
      if read > 0 {
        done += read
      } else if read == 0 || errno != EINTR {
        return false
      }
    }
    return true
  }

  /// The bytes of the regular file `path`, or nil if it cannot be read. A symbolic link is not
  /// followed, and a FIFO is not waited on.
  public func contents(_ path: String) -> [UInt8]? {
    LocalFile.bytes(openat(descriptor, path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC))
  }

  // MARK: Writing

  /// Creates the folder `path`, with mode 0755.
  public func makeFolder(_ path: String, display: String) throws {
    guard mkdirat(descriptor, path, 0o755) == 0,
      umaskAllows0755 || fchmodat(descriptor, path, 0o755, 0) == 0
    else {
      throw FileSystemError.last("create folder", display)
    }
  }

  /// Creates the file `path` with mode 0644 and these bytes; fails if it exists. With `sync`,
  /// the bytes are flushed to the disk before it returns.
  public func write(_ path: String, _ bytes: [UInt8], display: String, sync: Bool = false) throws {
    try write(path, ByteStream(bytes), display: display, sync: sync)
  }

  /// Creates the file `path` with mode 0644 and the bytes of `stream`, written a piece at a time
  /// as they are made; fails if it exists. With `sync`, the bytes are flushed to the disk before
  /// it returns.
  public func write(_ path: String, _ stream: ByteStream, display: String, sync: Bool = false) throws {
    let file = openat(descriptor, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard file >= 0 else { throw FileSystemError.last("write", display) }
    var failure = umaskAllows0755 || fchmod(file, 0o644) == 0 ? 0 : errno
    stream.forEachPiece { bytes in
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while failure == 0, offset < buffer.count {
          let written = Glibc.write(file, buffer.baseAddress! + offset, buffer.count - offset)
          if written >= 0 {
            offset += written
          } else if errno != EINTR {
            failure = errno
          }
        }
      }
      return failure == 0
    }
    if sync, failure == 0, fsync(file) != 0 { failure = errno }
    // Some file systems report a full disk only when the file is closed.
    if close(file) != 0, failure == 0 { failure = errno }
    guard failure == 0 else {
      throw FileSystemError(action: "write", path: display, errno: failure)
    }
  }

  /// Makes `path` here a second name of the file `path` in `source`, so it keeps its inode and
  /// modification time.
  public func link(_ path: String, from source: DirectoryHandle, display: String) throws {
    guard linkat(source.descriptor, path, descriptor, path, 0) == 0 else {
      throw FileSystemError.last("write", display)
    }
  }

  /// Creates the folders of `path` that are missing, each with mode 0755.
  public func makeFolders(of path: String) throws {
    var end = path.startIndex
    while let slash = path[end...].firstIndex(of: "/") {
      let folder = String(path[..<slash])
      if mkdirat(descriptor, folder, 0o755) == 0 {
        guard umaskAllows0755 || fchmodat(descriptor, folder, 0o755, 0) == 0 else {
          throw FileSystemError.last("create folder", display(folder))
        }
      } else if errno != EEXIST {
        throw FileSystemError.last("create folder", display(folder))
      }
      end = path.index(after: slash)
    }
  }

  /// Removes the file (or symbolic link) `path` if there is one; returns false, removing
  /// nothing, if `path` is a folder.
  @discardableResult
  public func removeFile(_ path: String) throws -> Bool {
    if unlinkat(descriptor, path, 0) == 0 || errno == ENOENT || errno == ENOTDIR { return true }
    if errno == EISDIR { return false }
    throw FileSystemError.last("remove", display(path))
  }

  /// Removes the folder `path` if it is there and empty; returns false if it holds anything.
  @discardableResult
  public func removeEmptyFolder(_ path: String) throws -> Bool {
    if unlinkat(descriptor, path, AT_REMOVEDIR) == 0 || errno == ENOENT || errno == ENOTDIR { return true }
    if errno == ENOTEMPTY || errno == EEXIST { return false }
    throw FileSystemError.last("remove", display(path))
  }

  /// Gives the folders of `listing` in this folder, and this folder itself, mode 0755.
  public func setFolderModes(_ listing: Listing) throws {
    guard fchmod(descriptor, 0o755) == 0 else { throw FileSystemError.last("change", display) }
    for folder in listing.folders where fchmodat(descriptor, folder, 0o755, 0) != 0 {
      throw FileSystemError.last("change", display(folder))
    }
  }

  /// Removes what `listing` lists from this folder: the files, then the folders, the deepest
  /// first. Entries that do not depend on each other go on both cores (a site of thousands of
  /// pages is as many system calls). Much faster than listing the folders again, but a folder
  /// that has gained an entry since it was listed is not removed, so the call fails.
  public func remove(_ listing: Listing) throws {
    try removeConcurrently(Array(listing.files.keys), flags: 0)
    let byDepth = Dictionary(grouping: listing.folders) { folder in folder.utf8.count { $0 == UInt8(ascii: "/") } }
    for depth in byDepth.keys.sorted(by: >) {
      try removeConcurrently(byDepth[depth] ?? [], flags: AT_REMOVEDIR)
    }
  }

  private func removeConcurrently(_ paths: [String], flags: Int32) throws {
    let descriptor = descriptor
    let display = display
    let failures = Failures()
    let chunks = 2
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      for index in stride(from: chunk, to: paths.count, by: chunks) where unlinkat(descriptor, paths[index], flags) != 0
      {
        failures.record(FileSystemError.last("remove", display + "/" + paths[index]))
        return
      }
    }
    if let failure = failures.first { throw failure }
  }

  /// Removes the entry `name`, and everything inside it if it is a folder.
  public func remove(_ name: String) throws {
    guard let status = try status(name) else { return }
    try remove(name, isFolder: status.st_mode & S_IFMT == S_IFDIR)
  }

  private func remove(_ name: UnsafePointer<CChar>, isFolder: Bool) throws {
    if isFolder {
      let folder = try DirectoryHandle(name, in: self, display: display(String(cString: name)))
      try folder.forEachEntry { child, kind in try folder.remove(child, isFolder: kind == .folder) }
    }
    guard unlinkat(descriptor, name, isFolder ? AT_REMOVEDIR : 0) == 0 else {
      throw FileSystemError.last("remove", display(String(cString: name)))
    }
  }
}

/// Whether the process's file-creation mask leaves modes 0755 and 0644 as they are (the usual
/// 022 does), so that new folders and files need no `chmod`: one system call fewer for each.
private let umaskAllows0755: Bool = {
  let mask = umask(0o022)
  umask(mask)
  return mask & 0o755 == 0
}()

/// The first error of work done on several threads.
private final class Failures: @unchecked Sendable {
  private var errors: [FileSystemError] = []
  private let lock = NSLock()

  func record(_ error: FileSystemError) { lock.withLock { errors.append(error) } }

  var first: FileSystemError? { lock.withLock { errors.first } }
}
