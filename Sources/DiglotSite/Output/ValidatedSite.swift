/// The files of a site after checking that every path is a plain relative path inside the site
/// and that no two files collide; checked before anything is written.
struct ValidatedSite {
  /// The files, sorted by path. A publish lets them go, and the bytes they hold, once they are
  /// written.
  var files: [SiteEntry]
  /// The paths of the files, sorted.
  let sortedPaths: [String]
  /// The folders the files need, each before the folders inside it.
  var folders: [String]
  /// The paths of the files.
  var paths: Set<String>

  init(_ files: consuming [SiteEntry]) throws {
    var paths = Set<String>()
    for index in files.indices {
      let path = files[index].path
      if let reason = Self.problem(with: path) {
        throw OutputError.invalidPath(path, reason: reason)
      }
      guard paths.insert(path).inserted else {
        throw OutputError.duplicatePath(path)
      }
    }
    self.files = (consume files).sorted { $0.path < $1.path }
    sortedPaths = self.files.map(\.path)
    folders = Self.folders(ofSorted: sortedPaths)
    if let clash = folders.filter(paths.contains).min() {
      throw OutputError.fileAndFolder(clash)
    }
    self.paths = paths
  }

  /// The folders that files at these paths, sorted, need: every path's folder and the folders
  /// above it, each before the folders inside it.
  ///
  /// The paths in a folder are next to each other in sorted order, so each folder is met in one
  /// run of paths: it is new when it is not the last path's folder nor one above that.
  static func folders(ofSorted paths: some Sequence<String>) -> [String] {
    var folders: [String] = []
    var last: Substring = ""
    for path in paths {
      guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
      let folder = path[..<slash]
      guard !folder.utf8.elementsEqual(last.utf8) else { continue }
      var new: [Substring] = []
      var above = folder
      while !isFolder(above, orAbove: last) {
        new.append(above)
        guard let slash = above.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
        above = above[..<slash]
      }
      folders += new.reversed().map(String.init)
      last = folder
    }
    return folders
  }

  /// Whether `folder` is the folder `path`, or one that holds it.
  private static func isFolder(_ folder: Substring, orAbove path: Substring) -> Bool {
    path.utf8.starts(with: folder.utf8)
      && (path.utf8.count == folder.utf8.count || path.utf8.dropFirst(folder.utf8.count).first == UInt8(ascii: "/"))
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
