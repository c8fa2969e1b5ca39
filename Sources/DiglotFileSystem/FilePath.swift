/// Paths taken apart as strings, without Foundation's `NSString` path methods: on Linux,
/// `deletingLastPathComponent` stops the process on a one-character name such as `o`.
public enum FilePath {
  /// The folder part of `path`: everything before its last component, without the final `/`
  /// (`/` for a path in the root folder); empty for a bare name such as `Output` or `o/`.
  public static func parent(of path: String) -> String {
    var end = path.endIndex
    // Trailing slashes belong to the last component, not to the parent.
    while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
    guard end > path.startIndex else { return path.isEmpty ? "" : "/" }
    guard let slash = path[..<end].lastIndex(of: "/") else { return "" }
    var parentEnd = slash
    while parentEnd > path.startIndex, path[path.index(before: parentEnd)] == "/" {
      parentEnd = path.index(before: parentEnd)
    }
    return parentEnd == path.startIndex ? "/" : String(path[..<parentEnd])
  }
}
