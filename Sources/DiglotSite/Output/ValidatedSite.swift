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
    for file in files {
      if let reason = Self.problem(with: file.path) {
        throw OutputError.invalidPath(file.path, reason: reason)
      }
      guard paths.insert(file.path).inserted else {
        throw OutputError.duplicatePath(file.path)
      }
    }
    let folders = Self.folders(of: paths)
    if let clash = paths.intersection(folders).min() {
      throw OutputError.fileAndFolder(clash)
    }
    self.files = files.sorted { $0.path < $1.path }
    self.folders = folders.sorted()
    self.paths = paths
  }

  /// The folders that files at these paths need: every path's folder and the folders above it.
  static func folders(of paths: some Sequence<String>) -> Set<String> {
    var folders = Set<String>()
    for path in paths {
      var folder = path[...]
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        guard folders.insert(String(folder)).inserted else { break }
      }
    }
    return folders
  }

  /// Why `path` cannot name a file inside the site, or nil if it can. One pass over the bytes:
  /// a site has thousands of paths, checked on every build.
  static func problem(with path: String) -> String? {
    if path.isEmpty { return "it is empty" }
    var component: (start: Int, dots: Int) = (0, 0)
    var index = 0
    for byte in path.utf8 {
      switch byte {
      case 0: return "it contains a NUL character"
      case UInt8(ascii: "/"):
        if index == 0 { return "it is absolute; site paths are relative" }
        if let problem = problem(componentLength: index - component.start, dots: component.dots) { return problem }
        component = (index + 1, 0)
      case UInt8(ascii: "."): component.dots += 1
      default: break
      }
      index += 1
    }
    return problem(componentLength: index - component.start, dots: component.dots)
  }

  /// Why a path component of this length, with this many dots, is not a name.
  private static func problem(componentLength length: Int, dots: Int) -> String? {
    if length == 0 { return "it has an empty component" }
    if length == dots && length <= 2 { return "it has a \"\(String(repeating: ".", count: length))\" component" }
    return nil
  }
}
