import Testing

@testable import DiglotFigures

@Suite struct ScannedTextTests {
  /// The scanners take the scalars of a text for its characters when `isAlwaysOneCharacter` holds for
  /// all of them. Checked against Swift's own character breaking: each such scalar stays a character of
  /// its own next to itself and to a letter, an ideograph, a line feed, a control and a pictograph.
  @Test func scalarsTakenForCharactersAreCharacters() {
    let neighbours: [Unicode.Scalar] = ["a", "一", "\n", "\u{0}", "\u{2600}"]
    func characterCount(_ scalars: Unicode.Scalar...) -> Int {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      return text.count
    }
    var checked = 0
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value), scalar.isAlwaysOneCharacter else { continue }
      #expect(characterCount(scalar, scalar) == 2, "U+\(String(value, radix: 16))")
      for neighbour in neighbours {
        #expect(characterCount(neighbour, scalar) == 2, "U+\(String(value, radix: 16))")
        #expect(characterCount(scalar, neighbour) == 2, "U+\(String(value, radix: 16))")
      }
      checked += 1
    }
    #expect(checked > 30_000)
  }

  /// A character of several scalars anywhere in a text makes the scanners read stand-ins for the
  /// characters; what they find must not change.
  @Test(arguments: InputSentenceTests.budget + InputSentenceTests.policyAddress)
  func aCharacterOfSeveralScalarsChangesNothing(_ bullet: InputSentenceTests.Bullet) {
    #expect(FigureScanner.chinese(in: bullet.zh + "👩‍💻") == FigureScanner.chinese(in: bullet.zh))
    #expect(FigureScanner.english(in: bullet.en + " 👩‍💻") == FigureScanner.english(in: bullet.en))
  }
}
