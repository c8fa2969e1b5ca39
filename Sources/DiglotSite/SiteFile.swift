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

/// A file of a site to publish: new bytes, or the file of the same path in the current output,
/// kept as it is (an incremental build renders only what can have changed).
public enum SiteEntry: Hashable, Sendable {
  case file(SiteFile)
  case kept(String)

  /// The file's path from the site's root.
  public var path: String {
    switch self {
    case .file(let file): file.path
    case .kept(let path): path
    }
  }
}
