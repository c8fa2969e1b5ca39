import DiglotCorpus
import DiglotModel
import DiglotSite

/// What each initiative page and what-changed page shows, as a fingerprint by the page's path
/// in the site's first language: a build renders such a page again only when its fingerprint is
/// not the last build's.
///
/// A page's fingerprint covers the addresses it shows (their content and folders, which name
/// the pages it links to), the initiatives it names (folder and name) and the bullets it lists
/// (their places); the rest of a page (templates, options, labels) is in the build's setting.
enum CorpusPageKeys {
  /// - Parameter versions: each address's content and folders, in the plan's order.
  static func keys(_ plan: SitePlan, versions: [Fingerprint]) -> [String: Fingerprint] {
    let corpus = plan.corpus
    let language = plan.languages.first ?? .english
    var keys: [String: Fingerprint] = [:]
    func add(_ name: InitiativeName, to key: inout Fingerprint) {
      key.add(name.zh ?? "\u{0}")
      key.add(name.en ?? "\u{0}")
    }
    func add(_ mention: Mention, to key: inout Fingerprint) {
      key.add(String(versions[mention.document].value))
      key.add("\(mention.place.area) \(mention.place.topic ?? -1) \(mention.place.path)")
      add(mention.name, to: &key)
    }
    for index in corpus.initiatives.indices {
      let initiative = corpus.initiatives[index]
      var key = Fingerprint()
      add(initiative.name, to: &key)
      for mention in initiative.mentions { add(mention, to: &key) }
      keys[plan.path(of: Page(.initiative(index), language))] = key
    }
    for index in corpus.comparisons.indices {
      let comparison = corpus.comparisons[index]
      var key = Fingerprint()
      key.add(String(versions[comparison.earlier].value))
      key.add(String(versions[comparison.later].value))
      for section in comparison.sections {
        key.add("\(section.document == comparison.later) \(section.area)")
        for change in section.changes {
          key.add(change.status.rawValue)
          key.add(plan.path(of: Page(.initiative(change.initiative), language)))
          add(corpus.initiatives[change.initiative].name, to: &key)
          for mention in change.earlier + change.later { add(mention, to: &key) }
        }
      }
      keys[plan.path(of: Page(.changes(index), language))] = key
    }
    return keys
  }
}
