import DiglotFileSystem
import Foundation

/// What Diglot keeps beside a site it published, in `.Output.diglot-state` (never published):
/// the site's files, which are the only files a later publish may remove; the output folder's
/// stamp once the site was in place, and its folders' change stamp; and the state of the build
/// that made it, for the next build.
///
/// The publish writes it inside its lock: first as `.Output.diglot-state.new`, flushed to the
/// disk with the new site, then renamed over the old record once the new site is in place.
public struct SiteRecord: Equatable, Sendable {
  /// The paths of the site's files, sorted.
  public var files: [String]
  /// The output folder's stamp when the site was published: a folder replaced or changed since
  /// has another.
  public var folder: FileStamp
  /// The change stamp of the site's folders when it was published
  /// (`DirectoryHandle.changeStamp(ofFolders:)`): while the folders still have it, no entry was
  /// added to them, removed or renamed, so the site holds exactly `files`. Nil in a record of a
  /// Diglot that did not keep it, or when it could not be taken.
  public var folderChanges: UInt64?
  /// The state of the build that made the site; empty when the site was published on its own.
  public var buildState: [UInt8]

  public init(files: [String], folder: FileStamp, folderChanges: UInt64? = nil, buildState: [UInt8]) {
    self.files = files
    self.folder = folder
    self.folderChanges = folderChanges
    self.buildState = buildState
  }

  /// The folders of the site's files, each before the folders inside it.
  var folders: [String] { ValidatedSite.folders(ofSorted: files) }

  /// The file that keeps the record of the site in `output`: `.Output.diglot-state` beside it.
  public static func location(for output: URL) -> URL {
    output.deletingLastPathComponent().appendingPathComponent(name(for: output.lastPathComponent))
  }

  /// The record's name for an output folder named `output`.
  static func name(for output: String) -> String { ".\(output).diglot-state" }

  /// The record saved for `output`, or nil if there is none or it cannot be read.
  public static func load(for output: URL) -> SiteRecord? {
    LocalFile.bytes(at: location(for: output).path).flatMap { decode($0) }
  }

  private static let magic = Array("diglot-site 2\n".utf8)
  /// The magic line of the records of the Diglot before `folderChanges`.
  private static let magicWithoutFolderChanges = Array("diglot-site 1\n".utf8)

  /// The magic line; the stamp as three 8-byte numbers; the folders' change stamp, 0 for none,
  /// as another; the number of files, and each path followed by a NUL (site paths never hold
  /// one); then the build's state.
  func encoded() -> [UInt8] { stream(state: ByteStream(buildState)).bytes }

  /// The encoded record with `state` as its build's state, made a piece at a time as it is
  /// written: the state can be large.
  func stream(state: ByteStream) -> ByteStream {
    var bytes = Self.magic
    for number in [
      UInt64(bitPattern: folder.size), UInt64(bitPattern: folder.modified), folder.inode, folderChanges ?? 0,
      UInt64(files.count),
    ] {
      withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }
    for file in files {
      bytes += file.utf8
      bytes.append(0)
    }
    return ByteStream { [bytes] output in
      output.append(bytes)
      state.forEachPiece { piece in
        output.append(piece)
        return !output.isStopped
      }
    }
  }

  /// The record these bytes encode, or nil if they encode none. Without `state`, its
  /// `buildState` is left empty: a publish needs only the files and stamps, and the state is as
  /// large as the inputs.
  static func decode(_ bytes: [UInt8], state: Bool = true) -> SiteRecord? {
    let hasFolderChanges = bytes.starts(with: magic)
    guard hasFolderChanges || bytes.starts(with: magicWithoutFolderChanges),
      bytes.count >= magic.count + (hasFolderChanges ? 40 : 32)
    else { return nil }
    var offset = magic.count
    func number() -> UInt64 {
      defer { offset += 8 }
      return (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
    let folder = FileStamp(size: Int64(bitPattern: number()), modified: Int64(bitPattern: number()), inode: number())
    let folderChanges = hasFolderChanges ? number() : 0
    let count = number()
    guard count <= bytes.count - offset else { return nil }
    var files: [String] = []
    files.reserveCapacity(Int(count))
    for _ in 0..<count {
      guard let end = bytes[offset...].firstIndex(of: 0) else { return nil }
      files.append(String(decoding: bytes[offset..<end], as: UTF8.self))
      offset = end + 1
    }
    return SiteRecord(
      files: files, folder: folder, folderChanges: folderChanges == 0 ? nil : folderChanges,
      buildState: state ? Array(bytes[offset...]) : [])
  }
}
