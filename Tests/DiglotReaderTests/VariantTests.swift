import DiglotModel
import DiglotReader
import DiglotTestSupport
import Foundation
import Testing

/// Decks in layouts the examples do not show (`Variants/*.txt`), each scored against the facts
/// checked by hand in `Variants/*.expected`: kind, date, errors, title, areas, topics, bullets,
/// tables and every figure with its value.
///
/// The facts are written one a line, `name: value`, in reading order; a text is `Chinese | English`
/// (`-` for a missing side, one value for language-neutral text), a table's cells are joined by ` ; `,
/// and a figure is `kind value | Chinese | English` as written, spaces aside.
@Suite struct VariantTests {
  static let folder = packageRoot.appendingPathComponent("Tests/DiglotReaderTests/Variants")

  static let variants: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  @Test func thereAreAtLeastTenVariants() {
    #expect(Self.variants.count >= 10)
  }

  @Test(arguments: variants)
  func variantIsReadAsExpected(_ name: String) throws {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).txt"))
    let result = DocumentReader.read([UInt8](bytes), path: "\(name).txt")
    let document = try #require(result.document)
    let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name).expected"), encoding: .utf8)
      .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    let actual = Facts.of(document, errors: result.diagnostics.filter { $0.severity == .error })
    let common = Facts.longestCommonSubsequence(expected, actual)
    let missing = Facts.subtracting(common, from: expected)
    let extra = Facts.subtracting(common, from: actual)
    print("variant \(name): \(common.count) of \(expected.count) facts, \(extra.count) unexpected")
    #expect(
      missing.isEmpty && extra.isEmpty,
      "\(name): \(common.count) of \(expected.count) facts read\nmissing:\n\(missing.joined(separator: "\n"))\nunexpected:\n\(extra.joined(separator: "\n"))"
    )
  }
}

/// A document's facts, in the format of the `.expected` files.
enum Facts {
  static func of(_ document: Document, errors: [Diagnostic]) -> [String] {
    var facts = [
      "kind: \(document.titleSlide.kind.rawValue)", "date: \(document.titleSlide.date?.description ?? "none")",
    ]
    facts += errors.map { "error: \($0.position.line):\($0.position.column)" }
    facts.append("title: " + text(document.titleSlide.title))
    for area in document.areas {
      facts.append("area\(area.number.map { " \($0)" } ?? ""): " + text(area.title))
      facts += figures(area.title)
      facts += blocks(area.blocks)
      for topic in area.topics {
        facts.append("topic: " + text(topic.title))
        facts += figures(topic.title)
        facts += blocks(topic.blocks)
      }
    }
    return facts
  }

  static func blocks(_ blocks: [Block]) -> [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .item(let item): self.item(item, depth: 1)
      case .paragraph(let value): ["paragraph: " + text(value)] + figures(value)
      case .note(let value): ["note: " + text(value)] + figures(value)
      case .labels(let labels): labels.map { "label: " + text($0) }
      case .table(let table):
        table.rows.enumerated().flatMap { index, row in
          let name = index == 0 && table.hasHeaderRow ? "table" : "row"
          return [name + ": " + row.map(text).joined(separator: " ; ")] + row.flatMap(figures)
        }
      }
    }
  }

  static func item(_ item: Item, depth: Int) -> [String] {
    ["item \(depth): " + text(item.text)] + figures(item.text)
      + item.children.flatMap { self.item($0, depth: depth + 1) }
  }

  static func text(_ text: Bilingual) -> String {
    let zh = text.zh?.plainText ?? "-"
    let en = text.en?.plainText ?? "-"
    return zh == en ? zh : "\(zh) | \(en)"
  }

  static func figures(_ text: Bilingual) -> [String] {
    text.figures.map { figure in
      let written = [figure.zh, figure.en].map { $0.map { withoutSpaces($0.written) } ?? "-" }
      return "figure: \(figure.kind.rawValue) \(figure.zh?.valueString ?? figure.en?.valueString ?? "") | "
        + written.joined(separator: " | ")
    }
  }

  private static func withoutSpaces(_ string: String) -> String {
    string.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{3000}" }
  }

  /// Normalises the written side of an expected figure the same way.
  static func normalised(_ fact: String) -> String {
    guard fact.hasPrefix("figure: ") else { return fact }
    let parts = fact.components(separatedBy: " | ")
    return ([parts[0]] + parts.dropFirst().map(withoutSpaces)).joined(separator: " | ")
  }

  static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [String] {
    let a = a.map(normalised)
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var common: [String] = []
    var (i, j) = (0, 0)
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        common.append(a[i])
        i += 1
        j += 1
      } else if table[i + 1][j] >= table[i][j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return common
  }

  /// The lines of `list` that are not in `common`, keeping order (a multiset difference).
  static func subtracting(_ common: [String], from list: [String]) -> [String] {
    var remaining = common[...]
    var rest: [String] = []
    for line in list.map(normalised) {
      if remaining.first == line { remaining.removeFirst() } else { rest.append(line) }
    }
    return rest
  }
}
