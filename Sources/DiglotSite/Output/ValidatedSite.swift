/// The files of a site after checking that every path is a plain relative path inside the site
/// and that no two files collide; checked before anything is written.
struct ValidatedSite {
  /// The files, sorted by path.
  var files: [SiteEntry]
  /// The folders the files need, sorted so that a folder comes before the folders inside it.
  var folders: [String]
  /// The paths of the files.
  var paths: Set<String>

  init(_ files: [SiteEntry]) throws {
    var paths = Set<String>()
    var folders = Set<String>()
    for file in files {
      if let reason = Self.problem(with: file.path) {
        throw OutputError.invalidPath(file.path, reason: reason)
      }
      guard paths.insert(file.path).inserted else {
        throw OutputError.duplicatePath(file.path)
      }
      var folder = file.path[...]
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        guard folders.insert(String(folder)).inserted else { break }
      }
    }
    if let clash = paths.intersection(folders).min() {
      throw OutputError.fileAndFolder(clash)
    }
    self.files = files.sorted { $0.path < $1.path }
    self.folders = folders.sorted()
    self.paths = paths
  }

  /// Why `path` cannot name a file inside the site, or nil if it can.
  static func problem(with path: String) -> String? {
    if path.isEmpty { return "it is empty" }
    if path.utf8.contains(0) { return "it contains a NUL character" }
    if path.hasPrefix("/") { return "it is absolute; site paths are relative" }
    for component in path.split(separator: "/", omittingEmptySubsequences: false) {
      if component.isEmpty { return "it has an empty component" }
      if component == "." || component == ".." { return "it has a \"\(component)\" component" }
    }
    return nil
  }
}
