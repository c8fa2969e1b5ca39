import DiglotFileSystem

/// One file of the generated site: its path relative to the site's root (`en/index.html`),
/// always with `/` separators and never leaving the root, and its bytes.
public struct SiteFile: Hashable, Sendable {
  public var path: String
  public var contents: [UInt8]

  public init(path: String, contents: [UInt8]) {
    self.path = path
    self.contents = contents
  }
}

/// A file of a site to publish: new bytes, bytes made when the publish comes to the file (so that
/// a site need not be held in memory whole), bytes made a piece at a time as they are compared and
/// written (a large data file is never whole in memory), or the file of the same path in the
/// current output, kept as it is (an incremental build renders only what can have changed).
public enum SiteEntry: Sendable {
  case file(SiteFile)
  case deferred(String, @Sendable () -> [UInt8])
  case streamed(String, ByteStream)
  case kept(String)

  /// The file's path from the site's root.
  public var path: String {
    switch self {
    case .file(let file): file.path
    case .deferred(let path, _): path
    case .streamed(let path, _): path
    case .kept(let path): path
    }
  }

  /// The file's bytes, made now if they are deferred or streamed; nil for a kept file.
  public var contents: [UInt8]? {
    switch self {
    case .file(let file): file.contents
    case .deferred(_, let make): make()
    case .streamed(_, let stream): stream.bytes
    case .kept: nil
    }
  }

  /// The file's bytes as a stream: made now if they are deferred, a piece at a time as they are
  /// taken if they are streamed; nil for a kept file.
  var stream: ByteStream? {
    switch self {
    case .file(let file): ByteStream(file.contents)
    case .deferred(_, let make): ByteStream(make())
    case .streamed(_, let stream): stream
    case .kept: nil
    }
  }
}
