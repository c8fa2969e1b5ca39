extension Document {
  /// The tree as indented text, one node a line, with `@line:column` ranges: the format of
  /// `diglot parse` and of the golden files. Strong text is shown as `**…**`, emphasis as `*…*`.
  public func dump() -> String {
    var lines: [String] = []
    var head = "document \(titleSlide.kind.rawValue) \(titleSlide.date?.description ?? "no-date")"
    head += " \(file)"
    lines.append(head)
    TreeDumper.bilingual("title", titleSlide.title, depth: 1, into: &lines)
    if let subtitle = titleSlide.subtitle { TreeDumper.bilingual("subtitle", subtitle, depth: 1, into: &lines) }
    if let bureau = titleSlide.bureau { TreeDumper.bilingual("bureau", bureau, depth: 1, into: &lines) }
    if !front.isEmpty {
      lines.append("  front")
      for block in front { TreeDumper.block(block, depth: 2, into: &lines) }
    }
    for area in areas {
      lines.append("  area" + (area.number.map { " \($0)" } ?? ""))
      TreeDumper.bilingual("title", area.title, depth: 2, into: &lines)
      for block in area.blocks { TreeDumper.block(block, depth: 2, into: &lines) }
      for topic in area.topics {
        lines.append("    topic")
        TreeDumper.bilingual("title", topic.title, depth: 3, into: &lines)
        for block in topic.blocks { TreeDumper.block(block, depth: 3, into: &lines) }
      }
    }
    if !closing.isEmpty {
      lines.append("  closing")
      for block in closing { TreeDumper.block(block, depth: 2, into: &lines) }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

private enum TreeDumper {
  static func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

  static func block(_ block: Block, depth: Int, into lines: inout [String]) {
    switch block {
    case .item(let item): self.item(item, depth: depth, into: &lines)
    case .paragraph(let text): bilingual("paragraph", text, depth: depth, into: &lines)
    case .note(let text): bilingual("note", text, depth: depth, into: &lines)
    case .labels(let labels):
      lines.append(indent(depth) + "labels")
      for label in labels { bilingual("label", label, depth: depth + 1, into: &lines) }
    case .table(let table):
      lines.append(indent(depth) + "table" + (table.hasHeaderRow ? " header" : ""))
      for row in table.rows {
        lines.append(indent(depth + 1) + "row")
        for cell in row { bilingual("cell", cell, depth: depth + 2, into: &lines) }
      }
    }
  }

  static func item(_ item: Item, depth: Int, into lines: inout [String]) {
    bilingual("item", item.text, depth: depth, into: &lines)
    for child in item.children { self.item(child, depth: depth + 1, into: &lines) }
  }

  static func bilingual(_ label: String, _ text: Bilingual, depth: Int, into lines: inout [String]) {
    lines.append(indent(depth) + label + (text.isOneSided ? " one-sided" : ""))
    for (language, inline) in [("zh", text.zh), ("en", text.en)] {
      guard let inline else { continue }
      lines.append(indent(depth + 1) + "\(language) \(inline.range.compactDescription) \(markup(inline))")
    }
    for figure in text.figures {
      var line = indent(depth + 1) + "figure \(figure.kind.rawValue) \(figure.agreement.rawValue)"
      for (language, amount) in [("zh", figure.zh), ("en", figure.en)] {
        guard let amount else { continue }
        line += " \(language) \(amount.written) = \(amount.valueString)"
        if let qualifier = amount.qualifier { line += " (\(qualifier.rawValue))" }
        if let range = amount.range { line += " " + range.compactDescription }
      }
      lines.append(line)
    }
  }

  static func markup(_ inline: Inline) -> String {
    inline.spans.map { span in
      switch span {
      case .plain(let text): text
      case .strong(let text): "**\(text)**"
      case .emphasis(let text): "*\(text)*"
      }
    }.joined()
  }
}
