import DiglotModel
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
    if let glyph = SymbolFont.privateUseBullet(character.scalar) { return glyph }
    if value < 0x100, let name = character.font?.name, isSymbolFont(name) {
      return SymbolFont.bullets[value] ?? "•"
    }
    return unicode.contains(character.scalar) ? character.scalar : nil
  }

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
