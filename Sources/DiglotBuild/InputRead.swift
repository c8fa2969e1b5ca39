import DiglotFileSystem
import DiglotInput
import DiglotModel
import DiglotReader
import DiglotSite
import Foundation

/// One input file of a build: read and parsed again only if it changed since the last build.
struct InputRead: Sendable {
  /// What the next build will know of it.
  var state: BuildState.Input
  /// The whole document, when the file was parsed by this build.
  var document: Document?
  /// The file was parsed by this build.
  var parsed: Bool
  /// Its content differs from the last build's, or the last build did not have it.
  var changed: Bool

  init(path: String, previous: BuildState.Input?, accepted: AcceptedDifferences?) {
    let stamp = FileStamp(path: path) ?? FileStamp(size: -1, modified: 0, inode: 0)
    if let previous, previous.stamp == stamp {
      self.init(state: previous, document: nil, parsed: false, changed: false)
      return
    }
    guard let bytes = LocalFile.bytes(at: path) else {
      let state = BuildState.Input(
        path: path, stamp: stamp, content: Fingerprint(), document: nil, search: nil,
        diagnostics: [InputFile.unreadable(path)])
      self.init(state: state, document: nil, parsed: true, changed: true)
      return
    }
    let content = Fingerprint(bytes)
    if var state = previous, state.content == content {
      // Touched, copied over with the same bytes: nothing to read again.
      state.stamp = stamp
      self.init(state: state, document: nil, parsed: false, changed: false)
      return
    }
    let result = InputFile.read(bytes, path: path, accepted: accepted)
    let state = BuildState.Input(
      path: path, stamp: stamp, content: content, document: result.document,
      search: result.document.map(SearchText.init), diagnostics: result.diagnostics)
    self.init(state: state, document: result.document, parsed: true, changed: true)
  }

  private init(state: BuildState.Input, document: Document?, parsed: Bool, changed: Bool) {
    self.state = state
    self.document = document
    self.parsed = parsed
    self.changed = changed
  }
}
