import DiglotModel
import Testing

/// What counts as a Han character, for the reader, the deck readers and the search alike.
@Suite struct HanTests {
  @Test(arguments: [
    0x4E00, 0x9FFF,  // CJK unified ideographs: 一 and the block's end
    0x3400, 0x4DBF,  // extension A
    0xF900, 0xFAFF,  // compatibility ideographs
    0x20000, 0x2A6DF,  // extension B
    0x2F800, 0x2FA1F,  // compatibility ideographs supplement
    0x30000, 0x3134A,  // extension G: not Han to the reader before one test was shared
    0x31350, 0x323AF,  // extension H: likewise
    0x3007,  // 〇, the ideographic zero: not Han to the search before
  ])
  func hanCharacters(_ value: UInt32) {
    #expect(Unicode.Scalar(value)!.isHan)
  }

  @Test(arguments: [
    0x3000, 0x3001, 0x300C, 0x303F,  // ideographic space, 、 and 「: CJK punctuation, Han to the PowerPoint reader before
    0xFF0C, 0xFF12, 0xFF21,  // ，２Ａ: full-width forms, likewise
    0x4DC0,  // ䷀, a hexagram symbol between extension A and the unified ideographs
    0x3006, 0x3008,  // 〆 and 〈 beside 〇
    0x41, 0xE9, 0x0410,  // Latin and Cyrillic letters
    0x40000,  // past the Tertiary Ideographic Plane
  ])
  func otherCharacters(_ value: UInt32) {
    #expect(!Unicode.Scalar(value)!.isHan)
  }
}
