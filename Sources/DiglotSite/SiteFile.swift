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
