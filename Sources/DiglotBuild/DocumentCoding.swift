import DiglotCorpus
import DiglotModel
import Foundation

/// The binary form of what a build keeps of each address between builds: its whole document (the
/// pages across addresses show any part of it), its outline in Simplified characters, the names
/// its bullets give initiatives, and its diagnostics.
extension BinaryWriter {
  /// The whole document: the outline, then the front, each area's blocks and topics, and the
  /// closing.
  mutating func write(document: Document) {
    write(outline: document.outline)
    write(document.front) { $0.write($1) }
    write(document.areas) { writer, area in
      writer.write(area.blocks) { $0.write($1) }
      writer.write(area.topics) { writer, topic in
        writer.write(topic.title)
        writer.write(topic.blocks) { $0.write($1) }
      }
    }
    write(document.closing) { $0.write($1) }
  }

  mutating func write(_ block: Block) {
    switch block {
    case .item(let item):
      write(0)
      write(item)
    case .paragraph(let text):
      write(1)
      write(text)
    case .note(let text):
      write(2)
      write(text)
    case .labels(let labels):
      write(3)
      write(labels) { $0.write($1) }
    case .table(let table):
      write(4)
      write(table.hasHeaderRow)
      write(table.rows) { writer, row in writer.write(row) { $0.write($1) } }
    }
  }

  mutating func write(_ item: Item) {
    write(item.text)
    write(item.children) { $0.write($1) }
  }

  mutating func write(outline: Outline) {
    write(outline.file)
    currentFile = outline.file
    write(outline.titleSlide.kind.rawValue)
    write(outline.titleSlide.date) { $0.write(date: $1) }
    write(outline.titleSlide.title)
    write(outline.titleSlide.subtitle) { $0.write($1) }
    write(outline.areas) { writer, area in
      writer.write(area.number) { $0.write($1) }
      writer.write(area.title)
    }
    write(outline.titleSlide.bureau) { $0.write($1) }
  }

  mutating func write(_ text: Bilingual) {
    write(text.zh) { $0.write($1) }
    write(text.en) { $0.write($1) }
    write(text.figures) { writer, figure in
      writer.write(figure.kind.rawValue)
      writer.write(figure.zh) { $0.write($1) }
      writer.write(figure.en) { $0.write($1) }
      writer.write(figure.agreement.rawValue)
    }
  }

  mutating func write(_ inline: Inline) {
    write(inline.spans) { writer, span in
      switch span {
      case .plain(let text):
        writer.write(0)
        writer.write(text)
      case .strong(let text):
        writer.write(1)
        writer.write(text)
      case .emphasis(let text):
        writer.write(2)
        writer.write(text)
      }
    }
    write(inline.range)
  }

  mutating func write(_ amount: Amount) {
    write(amount.written)
    write(amount.values.map { NSDecimalNumber(decimal: $0).stringValue }) { $0.write($1) }
    write(amount.qualifier?.rawValue) { $0.write($1) }
    write(amount.range) { $0.write($1) }
    write(amount.offsets) { writer, offsets in
      writer.write(offsets.lowerBound)
      writer.write(offsets.upperBound)
    }
  }

  mutating func write(_ range: SourceRange) {
    // An empty name stands for the document's own file, which nearly every range is in.
    write(range.file == currentFile ? "" : range.file)
    for position in [range.start, range.end] {
      write(position.line)
      write(position.column)
    }
  }

  mutating func write(names: [BulletName]) {
    write(names) { writer, name in
      writer.write(name.place.area)
      writer.write(name.place.topic) { $0.write($1) }
      writer.write(name.place.path) { $0.write($1) }
      writer.write(name.name.zh) { $0.write($1) }
      writer.write(name.name.en) { $0.write($1) }
      writer.write(name.keys) { $0.write($1) }
    }
  }

  mutating func write(_ diagnostic: Diagnostic) {
    write(diagnostic.severity.rawValue)
    write(diagnostic.file == currentFile ? "" : diagnostic.file)
    write(diagnostic.position.line)
    write(diagnostic.position.column)
    write(diagnostic.message)
  }
}

extension BinaryReader {
  /// What `write(document:)` wrote.
  mutating func readDocument() throws -> Document {
    let outline = try readOutline()
    var document = Document(
      file: outline.file, titleSlide: outline.titleSlide,
      areas: outline.areas.map { Area(number: $0.number, title: $0.title) })
    document.front = try readArray { try $0.readBlock() }
    let parts = try readArray { reader in
      (
        blocks: try reader.readArray { try $0.readBlock() },
        topics: try reader.readArray { reader in
          Topic(title: try reader.readBilingual(), blocks: try reader.readArray { try $0.readBlock() })
        }
      )
    }
    guard parts.count == document.areas.count else { throw Malformed() }
    for (index, part) in parts.enumerated() {
      document.areas[index].blocks = part.blocks
      document.areas[index].topics = part.topics
    }
    document.closing = try readArray { try $0.readBlock() }
    return document
  }

  mutating func readBlock() throws -> Block {
    switch try readInt() {
    case 0: return .item(try readItem())
    case 1: return .paragraph(try readBilingual())
    case 2: return .note(try readBilingual())
    case 3: return .labels(try readArray { try $0.readBilingual() })
    case 4:
      let hasHeaderRow = try readBool()
      let rows = try readArray { reader in try reader.readArray { try $0.readBilingual() } }
      return .table(Table(rows: rows, hasHeaderRow: hasHeaderRow))
    default: throw Malformed()
    }
  }

  mutating func readItem() throws -> Item {
    Item(text: try readBilingual(), children: try readArray { try $0.readItem() })
  }

  mutating func readOutline() throws -> Outline {
    let file = try readString()
    currentFile = file
    let kind = try known(DocumentKind(rawValue: try readString()))
    let date = try readOptional { try $0.readDate() }
    let title = try readBilingual()
    let subtitle = try readOptional { try $0.readBilingual() }
    let areas = try readArray { reader in
      Outline.AreaTitle(number: try reader.readOptional { try $0.readInt() }, title: try reader.readBilingual())
    }
    let bureau = try readOptional { try $0.readBilingual() }
    return Outline(
      file: file, titleSlide: TitleSlide(kind: kind, date: date, title: title, subtitle: subtitle, bureau: bureau),
      areas: areas)
  }

  mutating func readBilingual() throws -> Bilingual {
    let zh = try readOptional { try $0.readInline() }
    let en = try readOptional { try $0.readInline() }
    let figures = try readArray { reader in
      Figure(
        kind: try reader.known(FigureKind(rawValue: try reader.readString())),
        zh: try reader.readOptional { try $0.readAmount() },
        en: try reader.readOptional { try $0.readAmount() },
        agreement: try reader.known(Agreement(rawValue: try reader.readString())))
    }
    return Bilingual(zh: zh, en: en, figures: figures)
  }

  mutating func readInline() throws -> Inline {
    let spans = try readArray { reader -> Span in
      let tag = try reader.readInt()
      let text = try reader.readString()
      switch tag {
      case 0: return .plain(text)
      case 1: return .strong(text)
      case 2: return .emphasis(text)
      default: throw Malformed()
      }
    }
    return Inline(spans: spans, range: try readRange())
  }

  mutating func readAmount() throws -> Amount {
    Amount(
      written: try readString(),
      values: try readArray { try $0.known(Decimal(string: try $0.readString())) },
      qualifier: try readOptional { try $0.known(Qualifier(rawValue: try $0.readString())) },
      range: try readOptional { try $0.readRange() },
      offsets: try readOptional { reader in
        let lower = try reader.readInt()
        let upper = try reader.readInt()
        guard lower <= upper else { throw Malformed() }
        return lower..<upper
      })
  }

  mutating func readRange() throws -> SourceRange {
    SourceRange(
      file: try readFile(),
      start: SourcePosition(line: try readInt(), column: try readInt()),
      end: SourcePosition(line: try readInt(), column: try readInt()))
  }

  /// What `write(names:)` wrote.
  mutating func readNames() throws -> [BulletName] {
    try readArray { reader in
      let place = ItemPlace(
        area: try reader.readInt(), topic: try reader.readOptional { try $0.readInt() },
        path: try reader.readArray { try $0.readInt() })
      let name = InitiativeName(
        zh: try reader.readOptional { try $0.readString() }, en: try reader.readOptional { try $0.readString() })
      return BulletName(place: place, name: name, keys: try reader.readArray { try $0.readString() })
    }
  }

  mutating func readDiagnostic() throws -> Diagnostic {
    let severity = try known(Diagnostic.Severity(rawValue: try readString()))
    let file = try readFile()
    let position = SourcePosition(line: try readInt(), column: try readInt())
    return Diagnostic(severity, try readString(), file: file, position: position)
  }

  /// A file name, where the empty name stands for the current document's file.
  mutating func readFile() throws -> String {
    let name = try readString()
    return name.isEmpty ? currentFile : name
  }

  /// The value, or a `Malformed` error for a name or number the tool does not know.
  func known<T>(_ value: T?) throws -> T {
    guard let value else { throw Malformed() }
    return value
  }
}
