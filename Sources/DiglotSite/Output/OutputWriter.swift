import DiglotFileSystem
import DiglotModel
import Foundation
import Glibc

/// How many files a publish wrote, kept unchanged, and removed.
public struct PublishSummary: Sendable, Equatable {
  public var written: Int
  public var unchanged: Int
  public var removed: Int

  public init(written: Int, unchanged: Int, removed: Int) {
    self.written = written
    self.unchanged = unchanged
    self.removed = removed
  }
}

/// What a publish would do, file by file; each list is sorted by path.
public struct PublishPlan: Sendable, Equatable {
  /// Files that are new, or whose bytes differ from the ones in the current output.
  public var written: [String]
  /// Files whose bytes are those in the current output; they keep their inode and modification
  /// time.
  public var unchanged: [String]
  /// Files of the current output that are not in the new site.
  public var removed: [String]

  public init(written: [String], unchanged: [String], removed: [String]) {
    self.written = written
    self.unchanged = unchanged
    self.removed = removed
  }

  public var summary: PublishSummary {
    PublishSummary(written: written.count, unchanged: unchanged.count, removed: removed.count)
  }
}

/// Writes the site into its output folder so that the folder always holds a whole site, the
/// old one or the new one, whatever happens: an error, a kill, a full disk.
///
/// The output is a symbolic link to one of two release folders beside it, `Output` →
/// `.Output.releases/a` or `/b`. A publish brings the other release, which lags behind by the
/// changes of the last publish, up to date with the new site: it rewrites the paths that the
/// last publish and this one changed, and nothing else (a file whose bytes did not change is a
/// hard link to the published one, so it keeps its inode and modification time). Then a new link
/// is renamed over the old one, which switches the site in one step. What the now older release
/// lacks, the paths the publish changed, is kept beside it (`StaleList`) for the next publish.
/// Linux only.
///
/// The first publish makes both releases; an output that is a folder (as Diglot published before
/// it kept releases) is replaced by the link in one step, and the folder becomes the older
/// release.
///
/// Diglot removes only files it made: a publish replaces the output only if it is missing,
/// empty, or holds nothing but the files its `SiteRecord` lists (which the change stamp of its
/// folders vouches for, else a listing of the output). The record is saved inside the
/// publish lock, with the site: written and flushed before the switch, renamed into place after
/// it. Whatever a killed publish left (a link not yet renamed, a record not yet put in place, a
/// release half brought up to date) is settled by the next one, or by `tidy`.
public enum OutputWriter {
  /// Replaces the site in `output` with exactly `files`, atomically. Folders are created as
  /// needed; files get mode 0644 and folders 0755.
  ///
  /// - Throws: `PublishError` if a path is invalid (then nothing is written), if `output` exists
  ///   but is not a folder or holds files Diglot did not make, or if the file system fails. The
  ///   error says what the output holds: the old site, unless only a step after the switch failed.
  @discardableResult
  public static func publish(_ files: [SiteFile], to output: URL) throws -> PublishSummary {
    try publish(files.map(SiteEntry.file), to: output, buildState: [], expecting: nil) { _ in }
  }

  /// Like `publish(_:to:)`, with some files kept from the current output as they are, and the
  /// state of the build saved in the site's record: it is made once the files are, so it can
  /// hold what making them found.
  ///
  /// - Parameters:
  ///   - expecting: the output's stamp the build was planned against (from the record it read);
  ///     if another publish has replaced the site since, nothing is done and
  ///     `OutputError.siteChangedDuringBuild` is thrown.
  ///   - remakingRelease: whether the release to publish into is made again whole, from the
  ///     published one, rather than brought up to date at the paths that changed.
  /// - Throws: `PublishError`; its error is `OutputError.missingKeptFile` if a kept file is not in
  ///   the current output.
  @discardableResult
  public static func publish(
    _ entries: consuming [SiteEntry], to output: URL, buildState: @autoclosure () -> ByteStream,
    expecting: FileStamp? = nil, remakingRelease: Bool = false
  ) throws -> PublishSummary {
    try publish(
      consume entries, to: output, buildState: buildState(), expecting: expecting, remakingRelease: remakingRelease
    ) { _ in }
  }

  /// What `publish` would write, keep and remove, without changing anything on the disk.
  public static func plan(_ files: [SiteFile], against output: URL) throws -> PublishPlan {
    try plan(files.map(SiteEntry.file), against: output)
  }

  /// What `publish(_:to:buildState:expecting:)` would write, keep and remove, for a site with some
  /// files kept.
  ///
  /// - Throws: `OutputError`, as `publish` would.
  public static func plan(_ entries: [SiteEntry], against output: URL) throws -> PublishPlan {
    do {
      let target = try Target(output)
      let current = try target.currentSite()
      let listing = try contents(of: current, record: target.record(), target: target)
      return try plan(try ValidatedSite(entries), current: current?.folder, listing: listing)
    } catch let error as FileSystemError {
      throw OutputError(error)
    }
  }

  /// Removes what a killed or failed publish into `output` left beside it: a link not renamed
  /// into place, and a record that was written but not renamed into place (it is put in place
  /// if its site is the one in `output`, and removed otherwise). Waits for any publish under way
  /// to end.
  public static func tidy(_ output: URL) throws {
    guard FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path) else { return }
    do {
      let target = try Target(output)
      try target.parent.lock()
      try tidy(target)
    } catch let error as OutputError {
      throw PublishError(error, outcome: .outputUntouched)
    } catch let error as FileSystemError {
      throw PublishError(OutputError(error), outcome: .outputUntouched)
    }
  }

  /// A point in a publish, reported to the `checkpoint` of the internal `publish` so that tests
  /// can stop the process there.
  enum Checkpoint: Equatable {
    /// The paths the release may change at are listed beside it; it is changed next.
    case staleListed
    /// This many files are written or linked into the release.
    case staged(Int)
    /// The release and the new record are written and flushed; the switch comes next.
    case recordWritten
    /// The output leads to the new release; its record is not renamed into place yet.
    case switched
    /// The record is in place; what the older release lacks is listed next.
    case recordSaved
  }

  /// `publish(_:to:buildState:expecting:remakingRelease:)`, calling `checkpoint` at each step.
  static func publish(
    _ files: consuming [SiteEntry], to output: URL, buildState: @autoclosure () -> ByteStream, expecting: FileStamp?,
    remakingRelease: Bool = false, checkpoint: (Checkpoint) -> Void
  ) throws -> PublishSummary {
    var outcome = PublishError.Outcome.outputUntouched
    do {
      let target = try Target(output)
      let parent = target.parent
      // Two publishes into the same output would change the same release.
      try parent.lock()
      try tidy(target)
      let record = target.record()
      let current = try target.currentSite()
      let listing = try contents(of: current, record: record, target: target)
      outcome = listing.files.isEmpty && listing.folders.isEmpty ? .nothingPublished : .previousSiteInPlace
      if let expecting, try record?.folder != expecting || target.stamp() != expecting {
        throw OutputError.siteChangedDuringBuild(target.display)
      }
      var site = try ValidatedSite(consume files)
      let name = current?.release == "a" ? "b" : "a"
      let recordName = SiteRecord.name(for: target.name)
      let pendingName = recordName + ".new"
      let releases: DirectoryHandle
      let release: DirectoryHandle
      let plan: PublishPlan
      do {
        releases = try target.releases()
        (release, plan) = try prepare(
          name, in: releases, site: site, current: current, listing: listing, record: record,
          remaking: remakingRelease, target: target, checkpoint: checkpoint)
        // Every file is in the release: the entries, and what they hold, are let go before the
        // state is made.
        site.files = []
        let buildState = buildState()
        if case .release(_, let published) = current, plan.written.isEmpty, plan.removed.isEmpty {
          // The published site already is the new one, and so is the release: only the folders'
          // modes and the record may change.
          try writeStale([], of: name, in: releases, target: target)
          if !published.foldersHaveMode0755(listing) { try published.setFolderModes(listing) }
          let new = SiteRecord(
            files: site.sortedPaths, folder: try published.stamp(),
            folderChanges: published.changeStamp(ofFolders: site.folders), buildState: []
          ).stream(state: buildState)
          // The record read above has no state: the one on the disk is compared a piece at a
          // time, as the state is large.
          if !parent.holds(recordName, new) {
            try parent.write(pendingName, new, display: target.sibling(pendingName), sync: true)
            try parent.move(pendingName, over: recordName, display: target.sibling(recordName))
            try parent.sync()
          }
          return plan.summary
        }
        // Once the switch is made, the list of what the published release lacked no longer holds.
        if let published = current?.release { try releases.removeFile(published + ".stale") }
        // The release's folders change no more once it is published, until it is the older one.
        let new = SiteRecord(
          files: site.sortedPaths, folder: try release.stamp(),
          folderChanges: release.changeStamp(ofFolders: site.folders), buildState: []
        ).stream(state: buildState)
        try parent.write(pendingName, new, display: target.sibling(pendingName))
        // The switch must not reach the disk before the new files, folders and record do, or a
        // power cut could leave a site of empty files. One flush of the whole file system is far
        // cheaper than one per file (10,000 new files on an ext4 disk: 2.4 s against 39 s),
        // though it also waits for whatever else is being written to that file system.
        try release.syncFileSystem()
        checkpoint(.recordWritten)
        try parent.makeLink(
          target.linkName, to: target.releasesName + "/" + name, display: target.sibling(target.linkName))
        switch current {
        case nil: try parent.move(target.linkName, to: target.name, display: target.display)
        case .folder: try parent.exchange(target.linkName, target.name, display: target.display)
        case .release: try parent.move(target.linkName, over: target.name, display: target.display)
        }
      } catch {
        try? parent.remove(target.linkName)
        try? parent.remove(pendingName)
        if current == nil { try? parent.remove(target.releasesName) }
        throw error
      }
      outcome = .newSiteInPlace
      try parent.sync()
      checkpoint(.switched)
      try parent.move(pendingName, over: recordName, display: target.sibling(recordName))
      try parent.sync()
      checkpoint(.recordSaved)
      // The release published before is now the older one: what it lacks is listed for the next
      // publish.
      let older = name == "a" ? "b" : "a"
      switch current {
      case nil:
        try copy(release, as: older, site: site, in: releases, target: target)
        try writeStale([], of: older, in: releases, target: target)
      case .folder:
        try parent.move(target.linkName, to: older, in: releases, display: target.release(older))
        try writeStale(plan.written + plan.removed, of: older, in: releases, target: target)
      case .release:
        try writeStale(plan.written + plan.removed, of: older, in: releases, target: target)
      }
      return plan.summary
    } catch let error as OutputError {
      throw PublishError(error, outcome: outcome)
    } catch let error as FileSystemError {
      throw PublishError(OutputError(error), outcome: outcome)
    }
  }

  /// Makes the release `name` the new site: brought up to date at the paths its list names, or
  /// made again whole (when it has no list, when asked to, or when it is not as its list says).
  private static func prepare(
    _ name: String, in releases: DirectoryHandle, site: ValidatedSite, current: CurrentSite?,
    listing: DirectoryHandle.Listing, record: SiteRecord?, remaking: Bool, target: Target,
    checkpoint: (Checkpoint) -> Void
  ) throws -> (DirectoryHandle, PublishPlan) {
    // A list names where the release differs from the site the record lists.
    if case .release(_, let published) = current, let record, !remaking,
      try releases.status(name).map({ $0.st_mode & S_IFMT == S_IFDIR }) == true,
      let stale = releases.contents(name + ".stale").flatMap(StaleList.decode)
    {
      let release = try DirectoryHandle(name, in: releases, display: target.release(name))
      if let plan = try update(
        release, lagging: stale, site: site, from: published, listing: listing, recorded: record.files,
        list: { try writeStale($0, of: name, in: releases, target: target, flushingFolder: true) },
        checkpoint: checkpoint)
      {
        return (release, plan)
      }
    }
    // Without a release published, nothing in the releases folder is of use.
    for old in current?.release == nil ? ["a", "b"] : [name] {
      try releases.remove(old)
      try releases.removeFile(old + ".stale")
    }
    try releases.makeFolder(name, display: target.release(name))
    let release = try DirectoryHandle(name, in: releases, display: target.release(name))
    return (release, try stage(site, in: release, from: current?.folder, listing: listing, checkpoint: checkpoint))
  }

  /// Brings `release`, which differs from the published site (`recorded`, in `published`) at
  /// most at the paths `lagging`, up to date with `site`: removes what the site no longer has, writes what changed,
  /// and links again from `published` what it lacks. Every path it may change is listed (by
  /// `list`) before it changes anything, so a kill midway leaves a release whose list is still
  /// true. Returns nil, having changed the release only at listed paths, if it is not as the list
  /// says (a folder holds entries the list does not name).
  private static func update(
    _ release: DirectoryHandle, lagging: Set<String>, site: ValidatedSite, from published: DirectoryHandle,
    listing: DirectoryHandle.Listing, recorded: [String], list: (Set<String>) throws -> Void,
    checkpoint: (Checkpoint) -> Void
  ) throws -> PublishPlan? {
    let removed = removed(site, listing: listing)
    // The recorded files that are gone from the published site are still in the release.
    var touched = lagging.union(removed).union(recorded.filter { !site.paths.contains($0) })
    for entry in site.files {
      if case .kept = entry { continue }
      touched.insert(entry.path)
    }
    try list(touched)
    checkpoint(.staleListed)

    // What the site no longer has: files first, then the folders that held them, deepest first.
    var folders = Set<String>()
    for path in touched where !site.paths.contains(path) {
      if try !release.removeFile(path) { folders.insert(path) }
      var folder = path[...]
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        guard folders.insert(String(folder)).inserted else { break }
      }
    }
    let siteFolders = Set(site.folders)
    for folder in folders.subtracting(siteFolders).sorted(by: { $0.utf8.count > $1.utf8.count }) {
      guard try release.removeEmptyFolder(folder) else { return nil }
    }

    var plan = PublishPlan(written: [], unchanged: [], removed: removed)
    var staged = 0
    var consistent = true
    try resolve(site, current: published, listing: listing) { path, stream in
      if let stream {
        plan.written.append(path)
        if consistent {
          consistent = try replace(path, in: release) {
            try release.write(path, stream, display: release.display(path))
          }
        }
      } else {
        plan.unchanged.append(path)
        guard lagging.contains(path) else { return }
        if consistent {
          consistent = try replace(path, in: release) {
            try release.link(path, from: published, display: release.display(path))
          }
        }
      }
      staged += 1
      checkpoint(.staged(staged))
    }
    return consistent ? plan : nil
  }

  /// Removes the file at `path` in `release` and makes it again with `make`, making its folders
  /// first if they are missing; false, changing nothing, if a folder is at `path`.
  private static func replace(_ path: String, in release: DirectoryHandle, _ make: () throws -> Void) throws -> Bool {
    guard try release.removeFile(path) else { return false }
    do {
      try make()
    } catch let error as FileSystemError where error.errno == ENOENT {
      try release.makeFolders(of: path)
      try make()
    }
    return true
  }

  /// Makes the release `name` a copy of `release`, which holds `site`, each file a hard link.
  private static func copy(
    _ release: DirectoryHandle, as name: String, site: ValidatedSite, in releases: DirectoryHandle, target: Target
  ) throws {
    try releases.makeFolder(name, display: target.release(name))
    let copy = try DirectoryHandle(name, in: releases, display: target.release(name))
    for folder in site.folders {
      try copy.makeFolder(folder, display: copy.display(folder))
    }
    for path in site.sortedPaths {
      try copy.link(path, from: release, display: copy.display(path))
    }
  }

  /// Saves `paths` as the list of what the release `name` lacks: written and flushed beside it,
  /// then renamed into place; with `flushingFolder`, the rename too is flushed before it returns.
  private static func writeStale(
    _ paths: some Collection<String>, of name: String, in releases: DirectoryHandle, target: Target,
    flushingFolder: Bool = false
  ) throws {
    let file = name + ".stale"
    do {
      try releases.write(file + ".new", StaleList.encoded(paths), display: target.release(file + ".new"), sync: true)
      try releases.move(file + ".new", over: file, display: target.release(file))
      if flushingFolder { try releases.sync() }
    } catch {
      _ = try? releases.removeFile(file + ".new")
      throw error
    }
  }

  /// Removes what a killed publish left: a link not renamed into place (or, from a publish that
  /// replaced an output folder, that folder), lists of releases not renamed into place, and
  /// staging folders (of the publishes before releases); and settles a record left pending: put
  /// in place if the switch happened (the output leads to the release it records), removed if not.
  private static func tidy(_ target: Target) throws {
    let pendingName = SiteRecord.name(for: target.name) + ".new"
    for name in try target.parent.names() {
      if name.hasPrefix(target.stagingPrefix) || name == target.linkName {
        try target.parent.remove(name)
      } else if name == pendingName {
        let pending = target.parent.contents(name).flatMap { SiteRecord.decode($0, state: false) }
        if let pending, try target.stamp()?.inode == pending.folder.inode {
          let recordName = SiteRecord.name(for: target.name)
          try target.parent.move(name, over: recordName, display: target.sibling(recordName))
        } else {
          try target.parent.remove(name)
        }
      }
    }
    guard let status = try target.parent.status(target.releasesName), status.st_mode & S_IFMT == S_IFDIR else { return }
    let releases = try DirectoryHandle(
      target.releasesName, in: target.parent, display: target.sibling(target.releasesName))
    for name in try releases.names() where name.hasSuffix(".new") {
      try releases.remove(name)
    }
  }

  /// What the current site holds. A release whose folders still have the change stamp its record
  /// saved holds the record's files and nothing else: no entry was added to its folders, removed
  /// or renamed since, and it need not be listed (a site is thousands of folders). Any other
  /// site is listed, and must hold nothing but the record's files.
  private static func contents(
    of current: CurrentSite?, record: SiteRecord?, target: Target
  ) throws -> DirectoryHandle.Listing {
    guard let current else { return .init() }
    if case .release(_, let folder) = current, let record, let saved = record.folderChanges {
      let folders = record.folders
      if folder.changeStamp(ofFolders: folders) == saved {
        return DirectoryHandle.Listing(files: record.files, folders: folders)
      }
    }
    let listing = try current.folder.listing()
    try checkOwnership(listing, record: record, target: target)
    return listing
  }

  /// Throws `OutputError.notDiglotsSite` unless every entry of `listing` is a file of the site the
  /// record lists, or a folder of one. An empty folder needs no record.
  private static func checkOwnership(
    _ listing: DirectoryHandle.Listing, record: SiteRecord?, target: Target
  ) throws {
    guard !listing.files.isEmpty || !listing.folders.isEmpty else { return }
    let owned = Set(record?.files ?? [])
    let ownedFolders = Set(ValidatedSite.folders(ofSorted: owned.sorted()))
    let foreignFolders = Set(listing.folders.filter { !ownedFolders.contains($0) })
    // Whatever is inside a foreign folder is named by the folder.
    func insideForeignFolder(_ path: String) -> Bool {
      var folder = path[...]
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        if foreignFolders.contains(String(folder)) { return true }
      }
      return false
    }
    let foreign =
      (listing.files.keys.filter { !owned.contains($0) && !insideForeignFolder($0) }
      + foreignFolders.filter { !insideForeignFolder($0) }.map { $0 + "/" }).sorted()
    guard !foreign.isEmpty else { return }
    throw OutputError.notDiglotsSite(target.display, examples: Array(foreign.prefix(3)), count: foreign.count)
  }

  /// Builds the new site in the empty folder `release`: a hard link to each file of `current`
  /// whose bytes are the new ones (or that is kept), and a new file for each other one; returns
  /// what it did.
  private static func stage(
    _ site: ValidatedSite, in release: DirectoryHandle, from current: DirectoryHandle?,
    listing: DirectoryHandle.Listing, checkpoint: (Checkpoint) -> Void
  ) throws -> PublishPlan {
    for folder in site.folders {
      try release.makeFolder(folder, display: release.display(folder))
    }
    var plan = PublishPlan(written: [], unchanged: [], removed: removed(site, listing: listing))
    try resolve(site, current: current, listing: listing) { path, stream in
      if let stream {
        try release.write(path, stream, display: release.display(path))
        plan.written.append(path)
      } else if let current {
        try release.link(path, from: current, display: release.display(path))
        plan.unchanged.append(path)
      }
      checkpoint(.staged(plan.written.count + plan.unchanged.count))
    }
    return plan
  }

  private static func plan(
    _ site: ValidatedSite, current: DirectoryHandle?, listing: DirectoryHandle.Listing
  ) throws -> PublishPlan {
    var plan = PublishPlan(written: [], unchanged: [], removed: removed(site, listing: listing))
    try resolve(site, current: current, listing: listing) { path, stream in
      if stream == nil { plan.unchanged.append(path) } else { plan.written.append(path) }
    }
    return plan
  }

  /// Calls `each`, in order of path, with every file of the site and its bytes if they must be
  /// written, or nil if the file of the current output is the same (or is kept). Deferred bytes
  /// are made a batch at a time, on all cores, so that only a batch of files is in memory; so are
  /// streamed ones, unless they are large: those are made as they are compared, and again as they
  /// are written.
  private static func resolve(
    _ site: ValidatedSite, current: DirectoryHandle?, listing: DirectoryHandle.Listing,
    _ each: (String, ByteStream?) throws -> Void
  ) throws {
    let batchSize = 64
    let largeFile = 1 << 18
    for start in stride(from: 0, to: site.files.count, by: batchSize) {
      let batch = site.files[start..<min(start + batchSize, site.files.count)]
      let streams = Array(batch).concurrentMap { $0.stream?.madeNow(upTo: largeFile) }
      for (entry, stream) in zip(batch, streams) {
        let same: Bool
        if let current, listing.files[entry.path] == true {
          same = stream.map { current.holds(entry.path, $0) } ?? true
        } else {
          guard stream != nil else { throw OutputError.missingKeptFile(entry.path) }
          same = false
        }
        try each(entry.path, same ? nil : stream)
      }
    }
  }

  /// The files of the current output that are not in the new site, sorted.
  private static func removed(_ site: ValidatedSite, listing: DirectoryHandle.Listing) -> [String] {
    listing.files.keys.filter { !site.paths.contains($0) }.sorted()
  }
}

/// Where a site goes: the output folder's name, the folder that holds it, and how the output is
/// named in messages.
private struct Target {
  let parent: DirectoryHandle
  let name: String
  let display: String
  /// How the folder that holds the output is named in messages, with a final `/`; empty for the
  /// current folder.
  private let parentDisplay: String

  init(_ output: URL) throws {
    display = output.relativePath
    name = output.lastPathComponent
    guard output.path != "/" else {
      throw OutputError.unusableOutput(display, reason: "it is the root folder")
    }
    let parentPath = output.deletingLastPathComponent().path
    let relativeParent = FilePath.parent(of: display)
    parentDisplay = relativeParent.isEmpty || relativeParent.hasSuffix("/") ? relativeParent : relativeParent + "/"
    parent = try DirectoryHandle(
      parentPath, display: relativeParent.isEmpty ? "." : relativeParent, followingLink: true)
  }

  /// The start of the names of the staging folders of the publishes before releases, which
  /// built each site whole beside the output.
  var stagingPrefix: String { ".\(name).staging-" }

  /// The folder of the two releases, `.Output.releases`.
  var releasesName: String { ".\(name).releases" }

  /// The new link's name until it is renamed over the output.
  var linkName: String { ".\(name).link-new" }

  /// How the entry `name` beside the output is named in messages.
  func sibling(_ name: String) -> String { parentDisplay + name }

  /// How the entry `name` of the releases folder is named in messages.
  func release(_ name: String) -> String { sibling(releasesName + "/" + name) }

  /// The record of the site in the output, without its build's state, or nil if there is none
  /// or it cannot be read.
  func record() -> SiteRecord? {
    parent.contents(SiteRecord.name(for: name)).flatMap { SiteRecord.decode($0, state: false) }
  }

  /// The stamp of the folder the output is or leads to, or nil if there is none.
  func stamp() throws -> FileStamp? {
    try parent.status(name, following: true).map(FileStamp.init)
  }

  /// The releases folder, made if it is missing.
  func releases() throws -> DirectoryHandle {
    if try parent.status(releasesName) == nil {
      try parent.makeFolder(releasesName, display: sibling(releasesName))
    }
    return try DirectoryHandle(releasesName, in: parent, display: sibling(releasesName))
  }

  /// The current site, or nil if there is none yet.
  func currentSite() throws -> CurrentSite? {
    guard let status = try parent.status(name) else { return nil }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder(try DirectoryHandle(name, in: parent, display: display))
    case S_IFLNK:
      let destination = parent.destination(ofLink: name)
      guard let release = ["a", "b"].first(where: { destination == releasesName + "/" + $0 }) else {
        throw OutputError.unusableOutput(display, reason: "it is a symbolic link Diglot did not make")
      }
      let releases = try DirectoryHandle(releasesName, in: parent, display: sibling(releasesName))
      return .release(release, try DirectoryHandle(release, in: releases, display: display))
    default: throw OutputError.unusableOutput(display, reason: "it is a file, not a folder")
    }
  }
}

/// The site in the output.
private enum CurrentSite {
  /// A folder at the output's own path, as Diglot published before it kept releases.
  case folder(DirectoryHandle)
  /// The release the output's link leads to: its name and its folder.
  case release(String, DirectoryHandle)

  var folder: DirectoryHandle {
    switch self {
    case .folder(let folder), .release(_, let folder): folder
    }
  }

  /// The release's name, or nil for a folder.
  var release: String? {
    if case .release(let name, _) = self { return name }
    return nil
  }
}
