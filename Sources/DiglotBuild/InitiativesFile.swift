import DiglotCorpus
import DiglotInput
import DiglotModel

/// `Input/initiatives.json`, where the web team merges, splits or ignores initiative names.
struct InitiativesFile: Sendable {
  /// The rules; none when the folder has no such file.
  var rules = InitiativeRules()
  /// Problems of the file itself.
  var diagnostics: [Diagnostic] = []
  /// The file's bytes: the pages of every address depend on them.
  var bytes: [UInt8] = []

  /// Reads `initiatives.json` in `folder` (a path as the user gave it), if it is there.
  init(inFolder folder: String) {
    let file = InputFolder.setting(named: InitiativeRules.fileName, inFolder: folder, what: "initiatives")
    diagnostics = file.problem.map { [$0] } ?? []
    guard let bytes = file.bytes else { return }
    self.bytes = bytes
    (rules, diagnostics) = InitiativeRules.read(bytes, path: file.path)
  }
}
