/// The `Content-Type` of a served file, by its extension; text types say their charset, UTF-8,
/// which is what a build writes.
enum ContentType {
  static func of(path: String) -> String {
    let name = path.split(separator: "/").last ?? ""
    guard let dot = name.lastIndex(of: ".") else { return fallback }
    return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
  }

  /// Bytes of an unknown kind: a browser offers to save them rather than guess.
  static let fallback = "application/octet-stream"

  static let html = "text/html; charset=utf-8"

  private static let byExtension = [
    "html": html,
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "svg": "image/svg+xml; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    // What a template folder may add to the site's assets.
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "ico": "image/x-icon",
    "woff2": "font/woff2",
    "woff": "font/woff",
    "pdf": "application/pdf",
  ]
}
