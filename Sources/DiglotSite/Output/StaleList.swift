/// The paths at which a release folder that is not published may differ from the published
/// one, kept beside it (`.Output.releases/a.stale` for release `a`): the next publish brings
/// the release up to date by rewriting those paths only.
///
/// A list that is missing, cut short or damaged reads as nil: the release is then made again
/// whole.
enum StaleList {
  private static let magic = Array("diglot-stale 1\n".utf8)

  /// The magic line, the number of paths as 8 bytes, and each path followed by a NUL.
  static func encoded(_ paths: some Collection<String>) -> [UInt8] {
    var bytes = magic
    withUnsafeBytes(of: UInt64(paths.count).littleEndian) { bytes += $0 }
    for path in paths.sorted() {
      bytes += path.utf8
      bytes.append(0)
    }
    return bytes
  }

  static func decode(_ bytes: [UInt8]) -> Set<String>? {
    guard bytes.starts(with: magic), bytes.count >= magic.count + 8 else { return nil }
    let count = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[magic.count + $1]) << (8 * $1) }
    var paths = Set<String>()
    var start = magic.count + 8
    while start < bytes.count {
      guard let end = bytes[start...].firstIndex(of: 0) else { return nil }
      paths.insert(String(decoding: bytes[start..<end], as: UTF8.self))
      start = end + 1
    }
    return paths.count == count ? paths : nil
  }
}
