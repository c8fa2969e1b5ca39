/// Symbol fonts draw shapes where other fonts draw letters: in Wingdings, `u` is a diamond. A
/// bullet set in one comes out of a deck as the letter, beside the font's name, or in Unicode's
/// private use area, at U+F000 plus the letter's code, where the font is not known.
public enum SymbolFont {
  /// Wingdings (and Symbol's bullet, 0xB7) codes and the glyphs they draw.
  public static let bullets: [UInt32: Unicode.Scalar] = [
    0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "□", 0x75: "◆", 0x76: "❖", 0xA7: "▪", 0xA8: "□", 0xD8: "➢",
    0xE8: "➤", 0xFC: "•", 0xB7: "•", 0x9F: "•",
  ]

  /// The glyph a bullet written in the private use area (U+F000 to U+F0FF) draws: the table's,
  /// or `•` for a code it does not list; nil for any other character.
  public static func privateUseBullet(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard (0xF000...0xF0FF).contains(scalar.value) else { return nil }
    return bullets[scalar.value - 0xF000] ?? "•"
  }
}
