import DiglotFileSystem
import DiglotModel
import Glibc

/// Why the site could not be published. The description is a message for the user that names
/// the path and the cause, e.g. `cannot write Output/en/index.html: No space left on device`.
public enum OutputError: Error, Equatable, CustomStringConvertible {
  /// A site file's path is not a plain relative path inside the site.
  case invalidPath(String, reason: String)
  /// Two site files have the same path.
  case duplicatePath(String)
  /// A site file's path is also the folder of other site files.
  case fileAndFolder(String)
  /// A file to keep from the current output is not there.
  case missingKeptFile(String)
  /// The output exists but is not a real folder, or cannot hold a site.
  case unusableOutput(String, reason: String)
  /// The output folder holds entries that are not files of a site Diglot made (by its record):
  /// the output, a few of them (folders end in `/`), and how many there are.
  case notDiglotsSite(String, examples: [String], count: Int)
  /// Another build replaced the site after this build looked at it.
  case siteChangedDuringBuild(String)
  /// A file-system operation failed: what was being done, to which path, and the error number.
  case system(action: String, path: String, errno: Int32)

  public var description: String {
    switch self {
    case .invalidPath(let path, let reason):
      return "invalid site path \(path.debugDescription): \(reason)"
    case .duplicatePath(let path):
      return "two site files have the same path \(path.debugDescription)"
    case .fileAndFolder(let path):
      return "site path \(path.debugDescription) is both a file and the folder of other files"
    case .missingKeptFile(let path):
      return "\(path) is missing from the current site"
    case .unusableOutput(let path, let reason):
      return "cannot publish to \(path): \(reason)"
    case .notDiglotsSite(let path, let examples, let count):
      let more = count > examples.count ? " and \(count - examples.count) more" : ""
      return "\(path) is not empty and holds \(count == 1 ? "an entry" : "entries") Diglot did not make "
        + "(\(examples.map(\.escapedForDisplay).joined(separator: ", "))\(more)); Diglot replaces only a site it made: "
        + "move \(count == 1 ? "it" : "them") out of \(path), or choose a new or empty folder with --output"
    case .siteChangedDuringBuild(let path):
      return "another build replaced the site in \(path) during this build"
    case .system(let action, let path, let code):
      return "cannot \(action) \(path.escapedForDisplay): \(String(cString: strerror(code)))"
    }
  }
}

extension OutputError {
  /// A file-system call of the publish that failed.
  init(_ error: FileSystemError) {
    self = .system(action: error.action, path: error.path, errno: error.errno)
  }
}

/// A publish that failed: why, and what the output folder holds now.
public struct PublishError: Error, Equatable, CustomStringConvertible {
  /// What the output folder holds after the failure.
  public enum Outcome: Sendable, Equatable {
    /// The site that was there before.
    case previousSiteInPlace
    /// Nothing: there was no site before, and there is none now.
    case nothingPublished
    /// The output folder, which holds no site of Diglot's, as it was.
    case outputUntouched
    /// The new site, whole: only a step after the swap failed.
    case newSiteInPlace
  }

  public var error: OutputError
  public var outcome: Outcome

  public init(_ error: OutputError, outcome: Outcome) {
    self.error = error
    self.outcome = outcome
  }

  /// The cause and what was kept, on one line:
  /// `cannot write .Output.releases/b/en/index.html: No space left on device; the previous site is in place`.
  public var description: String {
    switch outcome {
    case .previousSiteInPlace: "\(error); the previous site is in place"
    case .nothingPublished: "\(error); nothing was published"
    case .outputUntouched: "\(error); nothing was changed"
    case .newSiteInPlace: "\(error); the new site is in place"
    }
  }
}
