import DiglotModel

/// The JSON shapes of `diglot parse --format json`, `diglot figures --format json` and the
/// site's `document.json`: a contract scripts depend on. Text values are plain text, without markup.
public enum DocumentJSON {
  /// The whole tree, text without markup.
  public static func document(_ document: Document) -> JSON {
    .object([
      ("file", .string(document.file)),
      ("kind", .string(document.titleSlide.kind.rawValue)),
      ("date", .optional(document.titleSlide.date?.description)),
      ("title", text(document.titleSlide.title)),
      ("subtitle", document.titleSlide.subtitle.map(text) ?? .null),
      ("bureau", document.titleSlide.bureau.map(text) ?? .null),
      ("front", .array(document.front.map(block))),
      (
        "areas",
        // Made area by area as they are written: the tree of a large deck is never held whole as JSON.
        .lazyArray(count: document.areas.count) { index in
          let area = document.areas[index]
          return .object([
            ("number", .optional(area.number)),
            ("title", text(area.title)),
            ("blocks", .array(area.blocks.map(block))),
            (
              "topics",
              .array(
                area.topics.map { topic in
                  .object([("title", text(topic.title)), ("blocks", .array(topic.blocks.map(block)))])
                })
            ),
          ])
        }
      ),
      ("closing", .array(document.closing.map(block))),
    ])
  }

  static func block(_ block: Block) -> JSON {
    switch block {
    case .item(let item): self.item(item)
    case .paragraph(let value): .object([("type", .string("paragraph")), ("text", text(value))])
    case .note(let value): .object([("type", .string("note")), ("text", text(value))])
    case .labels(let labels): .object([("type", .string("labels")), ("labels", .array(labels.map(text)))])
    case .table(let table):
      .object([
        ("type", .string("table")), ("header", .bool(table.hasHeaderRow)),
        ("rows", .array(table.rows.map { .array($0.map(text)) })),
      ])
    }
  }

  static func item(_ item: Item) -> JSON {
    .object([
      ("type", .string("item")),
      ("text", text(item.text)),
      ("children", .array(item.children.map(self.item))),
    ])
  }

  static func text(_ text: Bilingual) -> JSON {
    let start = text.range?.start
    return .object([
      ("zh", .optional(text.zh?.plainText)),
      ("en", .optional(text.en?.plainText)),
      ("line", .optional(start?.line)),
      ("column", .optional(start?.column)),
      ("figures", .array(text.figures.map { figure($0, file: nil, in: nil) })),
    ])
  }

  /// A figure; with `file` and a place, also where it stands (for `diglot figures`).
  public static func figure(_ figure: Figure, file: String?, in place: (Document, PlacedFigure)?) -> JSON {
    var members: [(String, JSON)] = [
      ("kind", .string(figure.kind.rawValue)),
      ("zh", .optional(figure.zh?.written)),
      ("en", .optional(figure.en?.written)),
      ("zhValue", .optional(figure.zh?.valueString)),
      ("enValue", .optional(figure.en?.valueString)),
      ("qualifier", .optional(figure.qualifier?.rawValue)),
      ("agreement", .string(figure.agreement.rawValue)),
    ]
    if let file {
      let start = (figure.zh?.range ?? figure.en?.range)?.start
      members += [("file", .string(file)), ("line", .optional(start?.line)), ("column", .optional(start?.column))]
    }
    if let (document, placed) = place {
      let area = placed.area.map { document.areas[$0] }
      let topic = placed.topic.flatMap { index in area.map { $0.topics[index] } }
      members.append(
        ("area", area.map { .object([("number", .optional($0.number)), ("title", titleOnly($0.title))]) } ?? .null))
      members.append(("topic", topic.map { .object([("title", titleOnly($0.title))]) } ?? .null))
    }
    return .object(members)
  }

  private static func titleOnly(_ text: Bilingual) -> JSON {
    .object([("zh", .optional(text.zh?.plainText)), ("en", .optional(text.en?.plainText))])
  }
}
