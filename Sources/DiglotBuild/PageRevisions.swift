import DiglotModel
import Foundation

/// The date each page's content last changed: the date the last build gave it while its bytes
/// (without that date) stay the same, else the date of this build.
final class PageRevisions: @unchecked Sendable {
  /// A page's bytes without its date, and the date.
  struct Revision: Equatable {
    var content: Fingerprint
    var date: CalendarDate
  }

  private let previous: [String: Revision]
  private let today: CalendarDate
  // Pages are rendered on all cores.
  private let lock = NSLock()
  private var dated: [String: Revision] = [:]

  init(previous: [String: Revision], today: CalendarDate) {
    self.previous = previous
    self.today = today
  }

  /// The date of the page at `path`, whose bytes without the date are `content`.
  func date(of path: String, content: [UInt8]) -> CalendarDate {
    let fingerprint = Fingerprint(content)
    let kept = previous[path].flatMap { $0.content == fingerprint ? $0.date : nil }
    let revision = Revision(content: fingerprint, date: kept ?? today)
    lock.withLock { dated[path] = revision }
    return revision.date
  }

  /// The revisions of these pages: as dated by this build, or, for a page it did not render, as
  /// the last build dated it.
  func revisions(of paths: [String]) -> [String: Revision] {
    lock.withLock {
      Dictionary(
        paths.compactMap { path in (dated[path] ?? previous[path]).map { (path, $0) } },
        uniquingKeysWith: { a, _ in a })
    }
  }
}

extension CalendarDate {
  /// The date of a build, in Hong Kong: `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible
  /// builds set it) when the environment has it, else now.
  static func ofBuild(environment: [String: String] = ProcessInfo.processInfo.environment) -> CalendarDate {
    let now = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
    var calendar = Calendar(identifier: .gregorian)
    // Hong Kong is 8 hours ahead of UTC all year.
    calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
