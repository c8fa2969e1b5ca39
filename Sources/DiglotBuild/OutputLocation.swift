import DiglotFileSystem
import Foundation

/// Which folders may receive the site: a publish replaces the output folder whole, so it must
/// not be, or contain, a folder the user keeps anything else in.
enum OutputLocation {
  /// Why `output` cannot be the output folder of a build that reads `input` and `templates`, or
  /// nil if it can. Real paths are compared, so a symbolic link or `..` does not hide a folder.
  static func problem(output: URL, input: URL, templates: URL) -> String? {
    let given = output.relativePath
    let name = (given as NSString).lastPathComponent
    if given.isEmpty || name == "." || name == ".." || name == "/" {
      return
        "--output \(given.isEmpty ? "\"\"" : given) names no folder of its own; give the folder the site is written to, e.g. --output Output"
    }
    let target = realPathOfNew(output.path)
    var guarded: [(path: String?, what: String)] = [
      (realPath(input.path), "the input folder"),
      (realPath(templates.path), "the templates folder"),
      (realPath(FileManager.default.currentDirectoryPath), "the current folder"),
      (realPath(NSHomeDirectory()), "the home folder"),
    ]
    guarded.append((realPath("/"), "the root folder"))
    for (path, what) in guarded {
      guard let path else { continue }
      if target == path {
        return "--output \(given) is \(what); choose a folder used only for the site"
      }
      if isInside(path, target) {
        return "--output \(given) contains \(what); choose a folder used only for the site"
      }
    }
    if let templates = realPath(templates.path), isInside(target, templates) {
      return "--output \(given) is inside the templates folder; choose a folder outside it"
    }
    return nil
  }

  /// Whether `path` is strictly inside `folder`.
  private static func isInside(_ path: String, _ folder: String) -> Bool {
    path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
  }

  /// The real path of `path`, which may not exist yet: the real path of its nearest existing
  /// parent, followed by the rest.
  private static func realPathOfNew(_ path: String) -> String {
    var existing = path
    var rest: [String] = []
    while realPath(existing) == nil, existing != "/", !existing.isEmpty {
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      existing = FilePath.parent(of: existing)
    }
    let base = realPath(existing) ?? existing
    return rest.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
  }
}
