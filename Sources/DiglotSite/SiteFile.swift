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
/// a site need not be held in memory whole), or the file of the same path in the current output,
/// kept as it is (an incremental build renders only what can have changed).
public enum SiteEntry: Sendable {
  case file(SiteFile)
  case deferred(String, @Sendable () -> [UInt8])
  case kept(String)

  /// The file's path from the site's root.
  public var path: String {
    switch self {
    case .file(let file): file.path
    case .deferred(let path, _): path
    case .kept(let path): path
    }
  }

  /// The file's bytes, made now if they are deferred; nil for a kept file.
  public var contents: [UInt8]? {
    switch self {
    case .file(let file): file.contents
    case .deferred(_, let make): make()
    case .kept: nil
    }
  }
}
