import DiglotModel
import DiglotReader

/// The file of accepted figure differences in an input folder, as the build and `check` read it.
public struct AcceptanceFile: Sendable {
  /// The accepted differences; nil when the folder has no such file.
  public var accepted: AcceptedDifferences?
  /// Problems of the file itself (its JSON, its entries).
  public var diagnostics: [Diagnostic] = []
  /// The file's bytes, which every page depends on (an accepted difference is not an error).
  public var bytes: [UInt8] = []

  /// Reads `accepted-differences.json` in `folder` (a path as the user gave it), if it is there.
  public init(inFolder folder: String) {
    let file = InputFolder.setting(named: AcceptedDifferences.fileName, inFolder: folder, what: "accepted differences")
    diagnostics = file.problem.map { [$0] } ?? []
    guard let bytes = file.bytes else { return }
    self.bytes = bytes
    (accepted, diagnostics) = AcceptedDifferences.parse(bytes, path: file.path)
  }

  /// The file's problems, and a warning for each entry that names none of the input files at `paths`.
  public func diagnostics(inputs paths: [String]) -> [Diagnostic] {
    let names = Set(paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
    return diagnostics + (accepted?.entries(namingNoneOf: names) ?? [])
  }
}
