import DiglotDeck
import DiglotPoppler

/// A paragraph's characters as the input format's inline text: bold runs between `**`, the
/// format's marks escaped, and the spaces extraction puts where Chinese meets other text removed.
enum InlineText {
  /// The text. With `boldAsStyle` (a heading, which is bold as a whole), bold is not marked.
  static func markdown(_ characters: [PDFCharacter], boldAsStyle: Bool = false) -> String {
    let kept = characters.indices.filter { !isInsertedSpace(at: $0, in: characters) }
    var text = String.UnicodeScalarView()
    var open = Style()
    var styles: [String: Style] = [:]  // a few fonts for many characters: each name read once
    for index in kept {
      let scalar = characters[index].scalar
      if scalar != " " {
        let name = characters[index].font?.name ?? ""
        var style = styles[name] ?? Style(name)
        styles[name] = style
        if boldAsStyle { style.bold = false }
        if style != open {
          close(&open, to: style, in: &text)
          if style.bold && !open.bold { text.append(contentsOf: "**".unicodeScalars) }
          if style.italic && !open.italic { text.append("*") }
          open = style
        }
      }
      if scalar == "*" || scalar == "\\" { text.append("\\") }
      text.append(scalar)
    }
    close(&open, to: Style(), in: &text)
    return String(text)
  }

  /// Bold and italic, from a font's name.
  struct Style: Equatable {
    var bold = false
    var italic = false

    init() {}

    init(_ fontName: String) {
      bold = isBold(fontName)
      italic = ["italic", "oblique"].contains(where: fontName.lowercased().contains)
    }
  }

  /// Closes what is open and `style` does not continue, italic inside bold. The marks go before
  /// the spaces that end the run, so that they hug its text.
  private static func close(_ open: inout Style, to style: Style, in text: inout String.UnicodeScalarView) {
    let closesBold = open.bold && !style.bold
    let closesItalic = open.italic && (!style.italic || closesBold)
    guard closesBold || closesItalic else { return }
    var trailing = 0
    while text.last == " " {
      text.removeLast()
      trailing += 1
    }
    if closesItalic {
      text.append("*")
      open.italic = false
    }
    if closesBold {
      text.append(contentsOf: "**".unicodeScalars)
      open.bold = false
    }
    text.append(contentsOf: String(repeating: " ", count: trailing).unicodeScalars)
  }

  /// Whether the space at `index` is not the author's: between Chinese and other text (a digit, a
  /// Latin letter, `$`), where the font changes and extraction puts a space however close the
  /// two are. An author's space there leaves a wider gap, about half the size.
  static func isInsertedSpace(at index: Int, in characters: [PDFCharacter]) -> Bool {
    guard characters[index].scalar == " " else { return false }
    guard let before = characters[..<index].last(where: { $0.scalar != " " }),
      let after = characters[(index + 1)...].first(where: { $0.scalar != " " })
    else { return true }  // a space at either end
    guard before.scalar.isCJK != after.scalar.isCJK else {
      // Two spaces in a row are one.
      return index > 0 && characters[index - 1].scalar == " "
    }
    // The space that joins a wrapped line (Paragraph.append) is kept: the line after starts left of it.
    if after.box.left < before.box.left { return false }
    let size = max(before.font?.size ?? 0, after.font?.size ?? 0, 1)
    return after.box.left - before.box.right < 0.35 * size
  }

  /// Whether a font's name says it is bold (`Arial-BoldMT`, `NotoSansCJKtc-Black`, `HiraginoSans-W6`).
  static func isBold(_ name: String) -> Bool {
    let name = name.split(separator: "+", maxSplits: 1).last.map(String.init)?.lowercased() ?? ""
    if ["bold", "heavy", "black", "demi", "semibold", "extrabold", "ultrabold"].contains(where: name.contains) {
      return true
    }
    // Japanese and Chinese fonts name their weight W1 (light) to W9 (black); W5 and up is bold.
    let scalars = Array(name.unicodeScalars)
    return scalars.indices.dropLast().contains { index in
      scalars[index] == "w" && ("5"..."9").contains(scalars[index + 1])
        && (index == 0 || !scalars[index - 1].properties.isAlphabetic)
        && (index + 2 == scalars.count || !("0"..."9").contains(scalars[index + 2]))
    }
  }
}
