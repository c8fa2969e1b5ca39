import DiglotModel
import Foundation

/// What the web team says about initiatives where the recognition rules get them wrong, from
/// `Input/initiatives.json`:
///
/// ```json
/// {
///   "merge": [["Re-industrialisation Funding Scheme", "New Industrialisation Funding Scheme"]],
///   "split": ["the Scheme"],
///   "ignore": ["Hong Kong"]
/// }
/// ```
///
/// Names are compared once normalised (`InitiativeName.normalised`), in either language.
public struct InitiativeRules: Hashable, Sendable {
  /// Each group of names is one initiative, however the addresses name it.
  public var merge: [[String]]
  /// Names shared by different initiatives: they do not make two mentions the same initiative.
  public var split: [String]
  /// Names that are not initiatives (a bold phrase that is only emphasis).
  public var ignore: [String]

  public init(merge: [[String]] = [], split: [String] = [], ignore: [String] = []) {
    self.merge = merge
    self.split = split
    self.ignore = ignore
  }

  /// The name of the file in the input folder.
  public static let fileName = "initiatives.json"

  /// Reads the rules from the file's bytes; `path` is the name diagnostics give it. A problem is
  /// an error diagnostic with its place, and the rules read so far.
  public static func read(_ bytes: [UInt8], path: String) -> (InitiativeRules, [Diagnostic]) {
    let text = String(decoding: bytes, as: UTF8.self)
    func problem(_ message: String, at needle: String? = nil) -> Diagnostic {
      Diagnostic(.error, message, file: path, position: SourcePosition.ofQuoted(needle, in: text))
    }
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)), let members = object as? [String: Any]
    else {
      return (InitiativeRules(), [problem("expected a JSON object with \"merge\", \"split\" and \"ignore\"")])
    }
    var rules = InitiativeRules()
    var problems: [Diagnostic] = []
    func names(_ value: Any, of key: String) -> [String]? {
      guard let list = value as? [Any], let names = list as? [String],
        names.allSatisfy({ !InitiativeName.normalised($0).isEmpty })
      else {
        problems.append(problem("\"\(key)\" must list names as text", at: key))
        return nil
      }
      return names
    }
    for (key, value) in members.sorted(by: { $0.key < $1.key }) {
      switch key {
      case "merge":
        guard let groups = value as? [Any] else {
          problems.append(problem("\"merge\" must be a list of lists of names", at: key))
          continue
        }
        rules.merge = groups.compactMap { names($0, of: key) }
        for group in rules.merge where group.count < 2 {
          problems.append(problem("a \"merge\" group needs two names or more", at: group.first ?? key))
        }
      case "split": rules.split = names(value, of: key) ?? []
      case "ignore": rules.ignore = names(value, of: key) ?? []
      default: problems.append(problem("unknown key \"\(key)\" (known: ignore, merge, split)", at: key))
      }
    }
    return (rules, problems)
  }
}
