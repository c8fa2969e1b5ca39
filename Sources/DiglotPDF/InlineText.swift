import DiglotPoppler

/// A paragraph's characters as the input format's inline text: bold runs between `**`, the
/// format's marks escaped, and the spaces extraction puts where Chinese meets other text removed.
enum InlineText {
  /// The text. With `boldAsStyle` (a heading, which is bold as a whole), bold is not marked.
  static func markdown(_ characters: [PDFCharacter], boldAsStyle: Bool = false) -> String {
    let kept = characters.indices.filter { !isInsertedSpace(at: $0, in: characters) }
    let bold = kept.map { characters[$0].font.map { isBold($0.name) } ?? false }
    let inked = kept.indices.filter { characters[kept[$0]].scalar != " " }
    let marksBold = !boldAsStyle && inked.contains { bold[$0] }
    var text = String.UnicodeScalarView()
    var inBold = false
    for (position, index) in kept.enumerated() {
      let scalar = characters[index].scalar
      if marksBold, scalar != " ", bold[position] != inBold {
        // A bold run closes before the space that ends it, so the marks hug the bold text.
        var trailing = 0
        while inBold, let last = text.last, last == " " {
          text.removeLast()
          trailing += 1
        }
        text.append(contentsOf: "**".unicodeScalars)
        text.append(contentsOf: String(repeating: " ", count: trailing).unicodeScalars)
        inBold.toggle()
      }
      if scalar == "*" || scalar == "\\" { text.append("\\") }
      text.append(scalar)
    }
    if inBold {
      while text.last == " " { text.removeLast() }
      text.append(contentsOf: "**".unicodeScalars)
    }
    return String(text)
  }

  /// Whether the space at `index` is not the author's: between Chinese and other text (a digit, a
  /// Latin letter, `$`), where the font changes and extraction puts a space however close the
  /// two are. An author's space there leaves a wider gap, about half the size.
  static func isInsertedSpace(at index: Int, in characters: [PDFCharacter]) -> Bool {
    guard characters[index].scalar == " " else { return false }
    guard let before = characters[..<index].last(where: { $0.scalar != " " }),
      let after = characters[(index + 1)...].first(where: { $0.scalar != " " })
    else { return true }  // a space at either end
    guard isCJK(before.scalar) != isCJK(after.scalar) else {
      // Two spaces in a row are one.
      return index > 0 && characters[index - 1].scalar == " "
    }
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
