/// A rectangle on a page, in points, measured from the page's top left corner.
public struct PDFRect: Sendable, Equatable {
  public var left: Double
  public var top: Double
  public var right: Double
  public var bottom: Double

  public init(left: Double, top: Double, right: Double, bottom: Double) {
    self.left = left
    self.top = top
    self.right = right
    self.bottom = bottom
  }

  public var width: Double { right - left }
  public var height: Double { bottom - top }
}

/// The font a character is drawn in: its name as the PDF gives it (`ABCDEF+Arial-BoldMT`) and its size in points.
public struct PDFFont: Sendable, Hashable {
  public var name: String
  public var size: Double

  public init(name: String, size: Double) {
    self.name = name
    self.size = size
  }
}

/// One character of a page's text, where it is drawn and in which font.
public struct PDFCharacter: Sendable, Equatable {
  /// The character. Poppler ends each line of its text with `\n` and puts `" "` between words.
  public var scalar: Unicode.Scalar
  public var box: PDFRect
  /// Nil where poppler gives no font (the line ends it adds).
  public var font: PDFFont?

  public init(_ scalar: Unicode.Scalar, box: PDFRect, font: PDFFont?) {
    self.scalar = scalar
    self.box = box
    self.font = font
  }
}

/// What one page holds, copied out of poppler: its size, its text in reading order with each
/// character's box and font, and where pictures are drawn.
public struct PDFPage: Sendable, Equatable {
  public var width: Double
  public var height: Double
  /// The page's text in poppler's reading order, character by character.
  public var characters: [PDFCharacter]
  /// Where the page draws pictures, on a page with no text (a scanned page is one picture and no
  /// text); empty on a page with text.
  public var pictures: [PDFRect]

  public init(width: Double, height: Double, characters: [PDFCharacter], pictures: [PDFRect] = []) {
    self.width = width
    self.height = height
    self.characters = characters
    self.pictures = pictures
  }
}
