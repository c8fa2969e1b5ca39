import DiglotModel

/// Builds the document tree from paired units: the title slide, the front matter, the policy
/// areas with their topics, and the closing. Collects diagnostics rather than stopping.
struct DocumentBuilder {
  private let file: String
  private var bilinguals: BilingualBuilder
  private var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
    self.bilinguals = BilingualBuilder(file: file)
  }

  /// Some text of the document has a figure that differs between the languages.
  var figuresDiffer: Bool { bilinguals.figuresDiffer }

  /// A block not yet nested: bullets keep their depth until the container is finished.
  private enum Pending {
    case bullet(depth: Int, Item)
    case block(Block)
  }

  private struct TopicDraft {
    var key: HeadingKey
    var title: Bilingual
    var pending: [Pending] = []
  }

  private struct AreaDraft {
    var key: HeadingKey
    var number: Int?
    var title: Bilingual
    var pending: [Pending] = []
    var topics: [TopicDraft] = []
  }

  /// Builds the document, letting go of each unit as soon as it is in the tree, so that the text
  /// is not held twice.
  mutating func build(_ units: consuming [Unit]) -> (Document, [Diagnostic]) {
    var document = Document(
      file: file, titleSlide: TitleSlide(kind: .other, date: nil, title: Bilingual(zh: nil, en: nil)))
    let (titleEnd, date) = titleSlide(units, into: &document)
    document.titleSlide.date = date
    document.titleSlide.kind = kind(of: document.titleSlide.title)
    let isMarkdown = units.contains { if case .heading = $0.kind { true } else { false } }
    let firstUnitRange = units.first?.lead.text.range(file: file)

    var rest = units
    units = []
    rest.removeFirst(titleEnd)
    if let first = rest.first, first.zh != nil, first.en != nil, isBureau(first) {
      document.titleSlide.bureau = bilingual(first)
      rest.removeFirst()
    }
    let restRange = rest.first?.lead.text.range(file: file)
    let hasRest = !rest.isEmpty
    // The theme line of the title slide, repeated first thing after it, is the subtitle.
    let titleText = document.titleSlide.title.zh?.plainText ?? ""
    let subtitleIndex = rest.firstIndex(where: isHeadingOrText).flatMap { index -> Int? in
      let unit = rest[index]
      guard isText(unit), let zh = unit.zh, unit.en != nil, !titleText.isEmpty,
        titleText.containsText(zh.text.string.trimmingSpaces)
      else { return nil }
      return index
    }
    // Only headings and lines can head an area or a topic, so only they need a key.
    let keys = rest.map { mayHead($0) ? key($0) : .none }
    var frontEnd = endOfFront(rest, keys: keys, skipping: subtitleIndex)
    let laterKeys = Set(rest.indices[frontEnd...].filter { isHeadingOrText(rest[$0]) }.map { keys[$0] })
    let overviewKeys = Set(
      rest[..<frontEnd].indices.filter { $0 != subtitleIndex && isHeadingOrText(rest[$0]) }.map { keys[$0] }
        .filter(laterKeys.contains))
    // With no overview and no numbered heading, nothing else could head an area.
    let numberedAreas =
      overviewKeys.isEmpty && !rest.contains { if case .heading(_, _?) = $0.kind { true } else { false } }
      ? numberedLinesHeadingBullets(rest) : []
    if let first = numberedAreas.min() {
      frontEnd = min(frontEnd, first)
      if let range = rest[first].lead.text.range(file: file) {
        diagnostics.append(
          Diagnostic(
            .note,
            "no overview slide and no numbered headings; areas taken from the lines numbered 1, 2, … "
              + "with bullets under them",
            at: range))
      }
    }

    var front: [Pending] = []
    for index in rest[..<frontEnd].indices {
      if index == subtitleIndex {
        document.titleSlide.subtitle = bilingual(rest[index])
      } else {
        add(rest[index], to: &front)
      }
    }
    document.front = nest(front)

    var areas: [AreaDraft] = []
    var current: Int?
    var topic: Int?
    // The headings of areas that the overview does not list, taken as areas by their number alone.
    var byNumberAlone: [(number: Int, range: SourceRange)] = []
    let taken = Unit(kind: .text)  // stands in the array for each unit let go
    for index in frontEnd..<rest.count {
      let unit = rest[index]
      let key = keys[index]
      rest[index] = taken  // the unit is in the tree once this iteration is done
      let currentNumber = current.flatMap { areas[$0].number }
      let announced = overviewKeys.contains(key) || numberedAreas.contains(index)
      if let heading = areaHeading(unit, announced: announced, currentNumber: currentNumber) {
        let number: Int? = if case .numbered(let value) = heading { value } else { nil }
        if let existing = areas.firstIndex(where: { number != nil ? $0.number == number : $0.key == key }) {
          current = existing
        } else {
          areas.append(AreaDraft(key: key, number: number, title: bilingual(unit)))
          current = areas.count - 1
          if !announced, let number, let range = unit.lead.text.range(file: file) {
            byNumberAlone.append((number, range))
          }
        }
        topic = nil
        continue
      }
      if case .heading(_, let number?) = unit.kind, let currentNumber, number > currentNumber + 1,
        let range = unit.lead.text.range(file: file)
      {
        diagnostics.append(
          Diagnostic(
            .note,
            "heading numbered \(number) follows area \(currentNumber), with no area \(currentNumber + 1) between, "
              + "and the overview does not list it: read as a topic of area \(currentNumber)",
            at: range))
      }
      guard let area = current else { continue }  // endOfFront stops at the first area heading
      let startsTopic: Bool
      switch unit.kind {
      case .heading: startsTopic = true
      case .text: startsTopic = !isMarkdown && unit.zh != nil && unit.en != nil
      default: startsTopic = false
      }
      if startsTopic {
        if let existing = areas[area].topics.firstIndex(where: { $0.key == key }) {
          topic = existing
        } else {
          areas[area].topics.append(TopicDraft(key: key, title: bilingual(unit)))
          topic = areas[area].topics.count - 1
        }
      } else if let topic {
        add(unit, to: &areas[area].topics[topic].pending)
      } else {
        add(unit, to: &areas[area].pending)
      }
    }

    rest = []  // every unit's text is in the tree now

    // The closing slides (a slogan, the bureau again) read as topics with nothing under them
    // at the very end of the last area.
    var closing: [Block] = []
    if let last = areas.indices.last {
      while let topic = areas[last].topics.last, topic.pending.isEmpty {
        closing.insert(.paragraph(topic.title), at: 0)
        areas[last].topics.removeLast()
      }
    }
    document.closing = closing
    if overviewKeys.isEmpty, let first = byNumberAlone.first {
      diagnostics.append(
        Diagnostic(.note, "no overview slide listing the areas; areas taken from numbered headings", at: first.range))
    } else {
      for (number, range) in byNumberAlone {
        diagnostics.append(
          Diagnostic(
            .note, "area \(number) is not listed on the overview slide; taken as an area by its number", at: range))
      }
    }
    // Each draft is let go as soon as its area is made, so that the blocks are not held twice.
    document.areas.reserveCapacity(areas.count)
    for index in areas.indices {
      let draft = areas[index]
      areas[index] = AreaDraft(key: .none, title: draft.title)
      document.areas.append(
        Area(
          number: draft.number, title: draft.title, blocks: nest(draft.pending),
          topics: draft.topics.map { Topic(title: $0.title, blocks: nest($0.pending)) }))
    }
    if document.areas.isEmpty, let range = restRange ?? firstUnitRange {
      // A deck of one slide has no areas to find; a longer one has lost its structure.
      if !hasRest {
        diagnostics.append(Diagnostic(.warning, "no policy areas found", at: range))
      } else {
        diagnostics.append(
          Diagnostic(
            .error,
            "no policy areas found: number the area headings (`# 1. …`), or list the areas on an overview slide "
              + "and repeat each at the top of its slides",
            at: range))
      }
    }
    return (document, diagnostics + bilinguals.diagnostics)
  }

  // MARK: - Title slide

  /// Reads the title slide: everything before the date, Chinese lines and English lines
  /// each joined by a space. Returns where the rest begins, and the date.
  private mutating func titleSlide(_ units: [Unit], into document: inout Document) -> (Int, CalendarDate?) {
    let firstStructural =
      units.firstIndex {
        switch $0.kind {
        case .heading, .bullet, .note: true
        default: false
        }
      } ?? units.count
    let dateIndex = units[..<firstStructural].firstIndex {
      if case .date = $0.kind { true } else { false }
    }
    var titleUnits: ArraySlice<Unit>
    var date: CalendarDate?
    if let dateIndex {
      titleUnits = units[..<dateIndex]
      date = validDate(units[dateIndex])
    } else {
      titleUnits = units.prefix(1)
      if let first = units.first {
        // A unit may have no text of its own (a bullet marker alone): then the file's start.
        let position = first.lead.text.positions.first ?? SourcePosition(line: 1, column: 1)
        diagnostics.append(
          Diagnostic(
            .warning,
            "no date on the title slide (expected a date alone on its line, such as 29/2/2024, 2024年2月29日 or 29 February 2024)",
            file: file, position: position))
      }
    }
    if let first = titleUnits.first, case .bullet = first.kind { titleUnits = [] }
    guard !titleUnits.isEmpty else {
      let position = units.first?.lead.text.positions.first ?? SourcePosition(line: 1, column: 1)
      diagnostics.append(
        Diagnostic(
          .error, "no recognisable title slide: expected the title in Chinese and English, then a date",
          file: file, position: position))
      return (dateIndex.map { $0 + 1 } ?? 0, date)
    }
    var zh = LocatedText()
    var en = LocatedText()
    for unit in titleUnits {
      for segment in [unit.zh, unit.neutral].compactMap({ $0 }) { joinWithSpace(segment.text, to: &zh) }
      for segment in [unit.en, unit.neutral].compactMap({ $0 }) { joinWithSpace(segment.text, to: &en) }
    }
    document.titleSlide.title = bilinguals.make(zh: zh.isEmpty ? nil : zh, en: en.isEmpty ? nil : en)
    if zh.isEmpty || en.isEmpty, let range = (zh.isEmpty ? en : zh).range(file: file) {
      diagnostics.append(
        Diagnostic(.warning, "the title has no \(zh.isEmpty ? "Chinese" : "English") version", at: range))
    }
    return ((dateIndex ?? titleUnits.endIndex - 1) + 1, date)
  }

  /// Joins the lines of a title with a space: each is a part of the title, not a wrapped line.
  private func joinWithSpace(_ text: LocatedText, to joined: inout LocatedText) {
    for (scalar, position) in zip(text.scalars, text.positions) {
      if let last = joined.positions.last, last.line != position.line, let previous = joined.scalars.last,
        !LineLexer.isSpace(previous), !LineLexer.isSpace(scalar)
      {
        joined.append(" ", at: SourcePosition(line: last.line, column: last.column + 1))
      }
      joined.append(scalar, at: position)
    }
  }

  private mutating func validDate(_ unit: Unit) -> CalendarDate? {
    guard case .date(let written) = unit.kind else { return nil }
    let (day, month, year) = (written.day, written.month, written.year)
    let daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard (1...12).contains(month), (1...daysInMonth[month - 1]).contains(day) else {
      diagnostics.append(
        Diagnostic(
          .error, "impossible date \(unit.lead.text.string): there is no day \(day) in month \(month) of \(year)",
          at: unit.lead.text.range(file: file)!))
      return nil
    }
    let date = CalendarDate(year: year, month: month, day: day)
    if let weekday = written.weekday, weekday != date.weekday {
      // Either the day or the day of the week is wrong: the site would show the date as written.
      let names = WrittenDate.weekdays
      diagnostics.append(
        Diagnostic(
          .error,
          "the date \(unit.lead.text.string) says \(names[weekday - 1]), but \(date) is a \(names[date.weekday - 1]); "
            + "correct the date or its day of the week",
          at: unit.lead.text.range(file: file)!))
      return nil
    }
    return date
  }

  private func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  private func kind(of title: Bilingual) -> DocumentKind {
    let zh = title.zh?.plainText ?? ""
    let en = title.en?.plainText.lowercased() ?? ""
    if zh.containsText("財政預算案") || en.containsText("budget") { return .budget }
    if zh.containsText("施政報告") || en.containsText("policy address") { return .policyAddress }
    return .other
  }

  private func isBureau(_ unit: Unit) -> Bool {
    let en = unit.en?.text.string ?? ""
    let zh = unit.zh?.text.string.trimmingSpaces ?? ""
    return ["Bureau", "Department", "Office", "Commission", "Secretariat"].contains { en.containsText($0) }
      || ["局", "署", "處", "辦公室", "委員會"].contains { zh.hasSuffix($0) }
  }

  // MARK: - Areas

  /// Where the front matter ends: at the first heading numbered 1, or at the first heading
  /// that repeats one already seen (an overview entry coming back as its area's heading).
  private func endOfFront(_ units: [Unit], keys: [HeadingKey], skipping skipped: Int?) -> Int {
    var seen: Set<HeadingKey> = []
    for (index, unit) in units.enumerated() where index != skipped && isHeadingOrText(unit) {
      if case .heading(_, 1) = unit.kind { return index }
      guard seen.insert(keys[index]).inserted else { return index }
    }
    return units.count
  }

  /// The lines numbered in sequence from 1 (`1. 推動創科發展`) with bullets under them (after plain
  /// lines, such as a topic's, if any): the headings of a deck that numbers its areas without
  /// marking them as headings.
  private func numberedLinesHeadingBullets(_ units: [Unit]) -> Set<Int> {
    var found: Set<Int> = []
    for index in units.indices {
      guard case .numbered(let number) = units[index].kind, number == found.count + 1 else { continue }
      let next = units[(index + 1)...].first { unit in
        if case .text = unit.kind { false } else { true }
      }
      if case .bullet = next?.kind { found.insert(index) }
    }
    return found
  }

  private enum AreaHeading {
    case numbered(Int)
    case unnumbered
  }

  /// Whether a unit heads a policy area: a heading numbered in sequence, or a heading or line
  /// announced on the overview (numbered lines need the overview: they may be bullets).
  private func areaHeading(_ unit: Unit, announced: Bool, currentNumber: Int?) -> AreaHeading? {
    switch unit.kind {
    case .heading(_, let number?):
      let inSequence = number == (currentNumber ?? 0) + 1 || number == currentNumber
      return inSequence || announced ? .numbered(number) : nil
    case .numbered(let number):
      return announced ? .numbered(number) : nil
    case .heading(_, nil), .text:
      return announced ? .unnumbered : nil
    default:
      return nil
    }
  }

  private func isHeadingOrText(_ unit: Unit) -> Bool {
    switch unit.kind {
    case .heading, .text, .numbered: unit.neutral == nil
    default: false
    }
  }

  /// Whether a unit is of a kind that can head an area or a topic.
  private func mayHead(_ unit: Unit) -> Bool {
    switch unit.kind {
    case .heading, .text, .numbered: true
    default: false
    }
  }

  private func isText(_ unit: Unit) -> Bool {
    if case .text = unit.kind { true } else { false }
  }

  /// What identifies a heading across slides: its Chinese text (else English) by its words alone.
  private func key(_ unit: Unit) -> HeadingKey {
    HeadingKey.of((unit.zh ?? unit.en ?? unit.neutral)?.text.scalars ?? [])
  }

  // MARK: - Blocks

  private mutating func bilingual(_ unit: Unit) -> Bilingual {
    reportOneSided(unit)
    let zh = unit.zh?.text ?? unit.neutral?.text
    let en = unit.en?.text ?? unit.neutral?.text
    return bilinguals.make(zh: zh, en: en)
  }

  private mutating func reportOneSided(_ unit: Unit) {
    guard unit.neutral == nil, (unit.zh == nil) != (unit.en == nil) else { return }
    let segment = unit.lead
    let (language, missing) = segment.language == .zh ? ("Chinese", "English") : ("English", "Chinese")
    let what: String
    var severity = Diagnostic.Severity.warning
    switch unit.kind {
    case .label:
      return  // Labels are reported once per group, as a note.
    case .heading: what = "heading"
    case .bullet, .numbered: what = "bullet"
    case .note where refersToPicture(segment.text.scalars):
      // A caption of a picture the text does not carry: expected in one language only.
      what = "note on a picture"
      severity = .note
    case .note: what = "note"
    case .table: what = "table"
    default: what = "text"
    }
    diagnostics.append(
      Diagnostic(
        severity, "\(language) \(what) has no \(missing) counterpart; it is kept in \(language) only",
        at: segment.text.range(file: file)!))
  }

  /// Words that say a note is about a picture on the slide (`此為概念構想圖`, `artist's impression`):
  /// Chinese ones found anywhere in the note (not `圖` alone: `藍圖` is a blueprint), English ones
  /// as whole words, singular or plural.
  private static let chinesePictureWords = [
    "構想圖", "示意圖", "效果圖", "設計圖", "平面圖", "透視圖", "模擬圖", "圖片", "圖像", "圖表", "地圖", "照片", "相片",
    "上圖", "下圖", "左圖", "右圖", "此圖", "本圖",
  ].map { Array($0.unicodeScalars) }
  private static let englishPictureWords = [
    "picture", "image", "photo", "photograph", "illustration", "drawing", "impression", "rendering", "diagram",
    "map", "chart",
  ].map { Array($0.unicodeScalars) }

  private func refersToPicture(_ text: [Unicode.Scalar]) -> Bool {
    for start in text.indices {
      if Self.chinesePictureWords.contains(where: { text[start...].starts(with: $0) }) { return true }
    }
    // English words: runs of letters, compared in lower case, singular or plural.
    func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII ? LineLexer.isLatinLetter(scalar) : scalar.properties.isAlphabetic
    }
    var start = 0
    while start < text.count {
      guard isLetter(text[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < text.count, isLetter(text[end]) { end += 1 }
      var word = text[start..<end].map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
      if Self.englishPictureWords.contains(word) { return true }
      if word.last == "s" {
        word.removeLast()
        if Self.englishPictureWords.contains(word) { return true }
      }
      start = end
    }
    return false
  }

  private mutating func add(_ unit: Unit, to pending: inout [Pending]) {
    switch unit.kind {
    case .bullet(let depth):
      pending.append(.bullet(depth: depth, Item(text: bilingual(unit))))
    case .numbered:
      pending.append(.bullet(depth: 1, Item(text: bilingual(unit))))
    case .note:
      pending.append(.block(.note(bilingual(unit))))
    case .label:
      let label = bilingual(unit)
      if case .block(.labels(let labels))? = pending.last {
        pending[pending.count - 1] = .block(.labels(labels + [label]))
      } else {
        pending.append(.block(.labels([label])))
      }
    case .heading, .text, .date:
      pending.append(.block(.paragraph(bilingual(unit))))
    case .table:
      pending.append(.block(.table(table(unit))))
    }
  }

  /// A table from the Chinese and English tables of a unit, paired cell by cell when their shapes
  /// agree; the first row is a header when it has no digit and a later row has one.
  private mutating func table(_ unit: Unit) -> Table {
    let zh = unit.zh?.rows ?? []
    let en = unit.en?.rows ?? []
    let neutral = unit.neutral?.rows ?? []
    let shape = { (rows: [[LocatedText]]) in rows.map(\.count) }
    let rows: [[Bilingual]]
    if !zh.isEmpty, !en.isEmpty, shape(zh) == shape(en) {
      rows = zip(zh, en).map { zip($0, $1).map { bilinguals.make(zh: $0, en: $1) } }
    } else {
      if !zh.isEmpty, !en.isEmpty, let range = unit.en?.text.range(file: file) {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the English table (\(en.count) rows, \(en[0].count) columns) does not match the Chinese one "
              + "(\(zh.count) rows, \(zh[0].count) columns) cell by cell; both are kept, one after the other",
            at: range))
      } else {
        reportOneSided(unit)
      }
      rows = [(zh, Language.zh), (en, .en), (neutral, .neutral)].flatMap { rows, language in
        rows.map { row in
          row.map { cell in
            let side = LineLexer.language(of: cell.scalars)
            let isZh = language == .zh && side != .neutral
            let isEn = language == .en && side != .neutral
            return bilinguals.make(zh: isEn ? nil : cell, en: isZh ? nil : cell)
          }
        }
      }
    }
    let hasDigit = { (row: [Bilingual]) in
      row.contains { ($0.zh ?? $0.en)?.plainText.unicodeScalars.contains { Enumerator.digit($0) != nil } ?? false }
    }
    let hasHeaderRow = rows.count >= 2 && !hasDigit(rows[0]) && rows.dropFirst().contains(where: hasDigit)
    return Table(rows: rows, hasHeaderRow: hasHeaderRow)
  }

  /// Nests bullets under the bullet before them that is less deep, and reports label groups.
  private mutating func nest(_ pending: [Pending]) -> [Block] {
    var blocks: [Block] = []
    blocks.reserveCapacity(pending.count)
    // The bullets not yet finished, each deeper than the one before: the last is the one a
    // deeper bullet goes under.
    var open: [(depth: Int, item: Item)] = []
    func finishBullets(atOrDeeperThan depth: Int) {
      while let last = open.last, last.depth >= depth {
        let item = open.removeLast().item
        if open.isEmpty { blocks.append(.item(item)) } else { open[open.count - 1].item.children.append(item) }
      }
    }
    for entry in pending {
      switch entry {
      case .bullet(let depth, let item):
        finishBullets(atOrDeeperThan: depth)
        open.append((depth, item))
      case .block(let block):
        finishBullets(atOrDeeperThan: .min)
        if case .labels(let labels) = block, let range = labels.first?.range {
          let words = labels.compactMap { $0.zh?.plainText ?? $0.en?.plainText }.joined(separator: ", ")
          diagnostics.append(Diagnostic(.note, "labels kept in one language only: \(words)", at: range))
        }
        blocks.append(block)
      }
    }
    finishBullets(atOrDeeperThan: .min)
    return blocks
  }
}

extension String {
  /// Whether `text` is written in the string, compared scalar for scalar as Foundation's
  /// `contains` compares (an empty text is not found), at a small part of its cost.
  func containsText(_ text: String) -> Bool {
    let bytes = Array(utf8)
    let wanted = Array(text.utf8)
    guard !wanted.isEmpty, wanted.count <= bytes.count else { return false }
    // Well-formed UTF-8 matches byte for byte exactly where it matches scalar for scalar.
    return (0...(bytes.count - wanted.count)).contains { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
  }

  /// The string without leading and trailing white space (including full-width spaces).
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !LineLexer.isSpace($0) }),
      let last = scalars.lastIndex(where: { !LineLexer.isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
