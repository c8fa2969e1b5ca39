extension Unicode.Scalar {
  /// Whether this is a Han (Chinese) character: a CJK unified ideograph (U+4E00–9FFF), one of
  /// extension A (U+3400–4DBF), a compatibility ideograph (U+F900–FAFF), anything in the
  /// Supplementary and Tertiary Ideographic Planes (U+20000–3FFFF: extensions B to H and the
  /// compatibility supplement), or 〇 (U+3007, the ideographic zero).
  @inlinable public var isHan: Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007: true
    default: false
    }
  }
}
