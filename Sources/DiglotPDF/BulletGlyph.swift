import DiglotPoppler

/// The bullet glyphs a slide draws, as the input format writes them.
enum BulletGlyph {
  /// The glyph `character` draws when it starts a line as a bullet, or nil when it is no bullet.
  ///
  /// PowerPoint's bullets in Wingdings or Symbol come out of a PDF either as private-use
  /// characters (U+F000 plus the font's code) or as the code's own letter in the symbol font
  /// (`u` for a diamond); both are mapped by the code. Unicode bullets are kept as they are.
  static func of(_ character: PDFCharacter) -> Unicode.Scalar? {
    let value = character.scalar.value
    if (0xF000...0xF0FF).contains(value) {
      return symbolFont[value - 0xF000] ?? "•"
    }
    if value < 0x100, let name = character.font?.name, isSymbolFont(name) {
      return symbolFont[value] ?? "•"
    }
    return unicode.contains(character.scalar) ? character.scalar : nil
  }

  /// Wingdings (and Symbol's bullet, 0xB7) codes and the glyphs they draw.
  static let symbolFont: [UInt32: Unicode.Scalar] = [
    0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "□", 0x75: "◆", 0x76: "❖", 0xA7: "▪", 0xA8: "□", 0xD8: "➢",
    0xE8: "➤", 0xFC: "•", 0xB7: "•", 0x9F: "•",
  ]

  /// Unicode glyphs that start bullets.
  static let unicode: Set<Unicode.Scalar> = [
    "◆", "◇", "•", "●", "■", "□", "❖", "⬥", "♦", "➤", "➢", "►", "▶", "▸", "▪", "○", "◦", "–", "‣", "✓", "-",
  ]

  /// Whether a font draws symbols in place of letters.
  static func isSymbolFont(_ name: String) -> Bool {
    let name = name.lowercased()
    return name.contains("wingdings") || name.contains("webdings") || name.hasSuffix("symbol")
      || name.contains("symbolmt")
  }
}
