import Foundation

/// The folder a server serves, and the one rule for what a request's path may reach in it: only
/// regular files inside the folder, after following every symbolic link.
struct ServedFolder: Sendable {
  /// Where a request's path leads.
  enum Resolution: Equatable {
    /// A regular file inside the folder (its real path).
    case file(String)
    /// A folder asked for without its final slash: the path to send the browser to instead, so
    /// that the relative links of its `index.html` resolve.
    case folder(redirectTo: String)
    /// Nothing that may be served.
    case notFound
  }

  /// The folder, as given: it may be a symbolic link, or not exist yet.
  let path: String

  /// Resolves a request's path as sent, percent-encoded (`/en/x/`, `/%E4%B8%AD.html`), decoding it
  /// once. Refused outright: a path that does not decode or start with `/`; a segment that is
  /// empty (but the last), `.`, `..` or hidden (`.name`: a build never writes one), however it was
  /// encoded; a NUL or a backslash. Then the file's real path must be inside the folder's real
  /// path, so no symbolic link leads out.
  func resolve(_ encodedPath: String) -> Resolution {
    guard let requestPath = encodedPath.removingPercentEncoding, requestPath.hasPrefix("/") else { return .notFound }
    let segments = requestPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    for (index, segment) in segments.enumerated() {
      if segment.isEmpty {
        guard index == segments.count - 1 else { return .notFound }
      } else if segment.hasPrefix(".") || segment.contains("\0") || segment.contains("\\") {
        return .notFound
      }
    }
    guard let root = Self.realPath(path) else { return .notFound }
    let inside = { (real: String) in root == "/" || real == root || real.hasPrefix(root + "/") }
    let relative = segments.filter { !$0.isEmpty }.joined(separator: "/")
    guard var real = Self.realPath(relative.isEmpty ? root : root + "/" + relative), inside(real) else {
      return .notFound
    }
    if Self.isFolder(real) {
      guard requestPath.hasSuffix("/") else { return .folder(redirectTo: encodedPath + "/") }
      guard let index = Self.realPath(real + "/index.html"), inside(index) else { return .notFound }
      real = index
    } else if requestPath.hasSuffix("/") {
      return .notFound
    }
    return Self.isRegularFile(real) ? .file(real) : .notFound
  }

  /// The site's page for a missing page, `404.html` at the top of the folder, if there is one.
  var notFoundPage: String? {
    if case .file(let page) = resolve("/404.html") { return page }
    return nil
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }
}
