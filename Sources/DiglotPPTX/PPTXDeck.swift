import DiglotDeck
import DiglotModel
import DiglotXML

/// Reads a PowerPoint deck (`.pptx`) as slide text: the slides in the order of
/// `ppt/presentation.xml`, each slide's text boxes, placeholders and tables in reading order.
/// Speaker notes, pictures and hidden slides are left out, with a note.
public enum PPTXDeck {
  /// The deck's slide text, or the error that says why the deck cannot be read (a damaged file,
  /// a missing slide, a part too large or with a DTD), located by slide where it can be.
  public static func read(_ bytes: [UInt8], file path: String) throws(Diagnostic) -> SlideText {
    var slide = 1
    do throws(DeckArchive.Failure) {
      let archive = try DeckArchive(bytes)
      let packageParts = try archive.relationships(of: "")
      let presentationPath = packageParts.values.first { $0.type == "officeDocument" }?.path ?? "ppt/presentation.xml"
      guard let presentation = try archive.xml(presentationPath) else {
        throw DeckArchive.Failure(message: "not a PowerPoint deck: it has no presentation part (\(presentationPath))")
      }
      let parts = try archive.relationships(of: presentationPath)
      let defaultTextStyle = presentation.child("defaultTextStyle")
      var templates = Templates(archive: archive)
      var slides: [(number: Int, lines: [String])] = []
      var left = LeftOut()
      for (index, entry) in (presentation.child("sldIdLst")?.childElements("sldId") ?? []).enumerated() {
        slide = index + 1
        guard let id = entry.relationshipID, let part = parts[id], let root = try archive.xml(part.path) else {
          throw DeckArchive.Failure(message: "slide \(slide) is missing from the file; the deck is damaged")
        }
        if root[attribute: "show"] == "0" {
          left.hidden.append(slide)
          continue
        }
        let relationships = try archive.relationships(of: part.path)
        let layout = relationships.values.first { $0.type == "slideLayout" }?.path
        var reader = ShapeReader(template: try templates.template(layout: layout), defaultTextStyle: defaultTextStyle)
        let shapes = root.child("cSld", "spTree").map { reader.shapes(in: $0) } ?? []
        if reader.pictures > 0 { left.pictures.append((slide, reader.pictures)) }
        if relationships.values.contains(where: { $0.type == "notesSlide" }) { left.notes.append(slide) }
        slides.append((slide, SlideLines.lines(of: shapes)))
      }
      guard !slides.isEmpty else {
        throw DeckArchive.Failure(message: "the deck has no slides to read")
      }
      slide = 1
      return assemble(slides, diagnostics: left.diagnostics(path))
    } catch {
      throw Diagnostic(.error, error.message, file: path, position: SourcePosition(line: slide, column: 1))
    }
  }

  /// The slides' lines as one slide text: a form feed at the start of each slide after the first.
  /// A line's place on its slide counts the lines with text; a blank line has the number of the
  /// line before it.
  private static func assemble(_ slides: [(number: Int, lines: [String])], diagnostics: [Diagnostic]) -> SlideText {
    var text = ""
    var origins: [SlideText.Origin] = []
    for (index, slide) in slides.enumerated() {
      let lines = slide.lines.isEmpty ? [""] : slide.lines
      var counted = 0
      for (number, line) in lines.enumerated() {
        if index > 0 && number == 0 { text += "\u{C}" }
        text += line + "\n"
        if !line.isEmpty { counted += 1 }
        origins.append(SlideText.Origin(slide: slide.number, line: max(counted, 1)))
      }
    }
    return SlideText(text: text, origins: origins, diagnostics: diagnostics)
  }
}

/// The layouts and masters of a deck, each read once.
private struct Templates {
  let archive: DeckArchive
  private var cache: [String: SlideTemplate] = [:]

  init(archive: DeckArchive) {
    self.archive = archive
  }

  mutating func template(layout: String?) throws(DeckArchive.Failure) -> SlideTemplate {
    guard let layout else { return SlideTemplate(placeholders: []) }
    if let known = cache[layout] { return known }
    var template = SlideTemplate(placeholders: [])
    if let root = try archive.xml(layout) {
      template.placeholders.append(placeholders(root))
      let master = try archive.relationships(of: layout).values.first { $0.type == "slideMaster" }?.path
      if let master, let masterRoot = try archive.xml(master) {
        template.placeholders.append(placeholders(masterRoot))
        template.titleStyle = masterRoot.child("txStyles", "titleStyle")
        template.bodyStyle = masterRoot.child("txStyles", "bodyStyle")
      }
    }
    cache[layout] = template
    return template
  }

  private func placeholders(_ root: MarkupElement) -> [MarkupElement] {
    root.child("cSld", "spTree")?.childElements("sp").filter { $0.child("nvSpPr", "nvPr", "ph") != nil } ?? []
  }
}

/// What the reader leaves out, for the notes that say so.
private struct LeftOut {
  var hidden: [Int] = []
  var notes: [Int] = []
  var pictures: [(slide: Int, count: Int)] = []

  func diagnostics(_ path: String) -> [Diagnostic] {
    var result: [Diagnostic] = []
    func note(_ slide: Int, _ message: String) {
      result.append(Diagnostic(.note, message, file: path, position: SourcePosition(line: slide, column: 1)))
    }
    if let first = hidden.first {
      note(first, "hidden \(Self.slides(hidden)) not read")
    }
    if let first = notes.first {
      note(first, "speaker notes of \(Self.slides(notes)) not read: only what the slides show is read")
    }
    if let first = pictures.first {
      let count = pictures.reduce(0) { $0 + $1.count }
      note(
        first.slide,
        "\(count) \(count == 1 ? "picture" : "pictures") on \(Self.slides(pictures.map(\.slide))) not read: text in pictures is not read"
      )
    }
    return result
  }

  private static func slides(_ numbers: [Int]) -> String {
    (numbers.count == 1 ? "slide " : "slides ") + numbers.map(String.init).joined(separator: ", ")
  }
}

extension MarkupElement {
  /// The relationship id of an element that points to another part (`r:id`).
  fileprivate var relationshipID: String? {
    attributes.first { $0.name.hasSuffix(":id") }?.value
  }
}
