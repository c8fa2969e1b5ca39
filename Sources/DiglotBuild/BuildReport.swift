import DiglotModel
import DiglotSite
import Foundation

/// What a build did, for the one-line summary and for scripts.
public struct BuildReport: Sendable {
  /// Every diagnostic of the inputs and templates, sorted by location, including those of
  /// inputs not read again because they did not change.
  public var diagnostics: [Diagnostic] = []
  /// The addresses in the site.
  public var addresses = 0
  /// The input files read (parsed) by this build.
  public var read = 0
  /// The inputs that the previous build did not have.
  public var new = 0
  /// Files written, kept unchanged, and removed; with `dryRun`, what would be.
  public var files = PublishSummary(written: 0, unchanged: 0, removed: 0)
  /// With `dryRun`: the files that would be written and removed.
  public var plan: PublishPlan?
  /// Why the build stopped without touching the output, if it did.
  public var failure: String?
  public var seconds = 0.0

  public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

  /// `3 addresses read (1 new), 14 pages written, 1,208 unchanged, 0 warnings, 0.21 s`.
  public var summary: String {
    var parts = ["\(count(addresses, "address", "addresses")) read" + (new > 0 ? " (\(new.grouped) new)" : "")]
    let verb = plan == nil ? "written" : "to write"
    parts.append("\(count(files.written, "page")) \(verb)")
    parts.append("\(files.unchanged.grouped) unchanged")
    if files.removed > 0 { parts.append("\(files.removed.grouped) removed") }
    parts.append(count(warnings, "warning"))
    parts.append(String(format: "%.2f s", seconds))
    return parts.joined(separator: ", ")
  }

  private func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(value.grouped) \(value == 1 ? singular : plural ?? singular + "s")"
  }
}

extension Int {
  /// `8,642`: digits in groups of three, as the summary line prints counts. (Foundation's
  /// `formatted()` does the same, but loading its locale data costs a no-change build a tenth of
  /// its time.)
  var grouped: String {
    let digits = String(magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (self < 0 ? "-" : "") + result
  }
}
