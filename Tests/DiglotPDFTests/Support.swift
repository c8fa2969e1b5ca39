import DiglotPoppler
import DiglotTestSupport
import Foundation

/// A run of text in one font, as a test draws it.
struct Run {
  var text: String
  var font = "ArialMT"
  /// The gap before the run: in place of a space a quarter of the size wide when the run starts
  /// with a space, else before its first character.
  var gap: Double? = nil
}

/// A line of a test page: where it starts, at what size, and its runs.
struct TestLine {
  var left: Double
  var top: Double
  var size: Double
  var runs: [Run]

  init(_ text: String, left: Double = 40, top: Double, size: Double = 12, font: String = "ArialMT") {
    self.init(left: left, top: top, size: size, runs: [Run(text: text, font: font)])
  }

  init(left: Double = 40, top: Double, size: Double = 12, runs: [Run]) {
    self.left = left
    self.top = top
    self.size = size
    self.runs = runs
  }
}

/// A page drawn as poppler reports one: characters half the size wide (a Chinese one the full
/// size), spaces a quarter of it, each line ending in `\n`, in the order given.
func page(_ lines: [TestLine], width: Double = 960, height: Double = 540, pictures: [PDFRect] = []) -> PDFPage {
  var characters: [PDFCharacter] = []
  for line in lines {
    var x = line.left
    for run in line.runs {
      let font = PDFFont(name: run.font, size: line.size)
      if let gap = run.gap, !run.text.hasPrefix(" ") { x += gap }
      for (index, scalar) in run.text.unicodeScalars.enumerated() {
        let advance: Double
        if scalar == " " {
          advance = index == 0 ? (run.gap ?? line.size / 4) : line.size / 4
        } else {
          advance = scalar.value >= 0x2E80 && !(0xF000...0xF0FF).contains(scalar.value) ? line.size : line.size / 2
        }
        let box = PDFRect(left: x, top: line.top, right: x + advance, bottom: line.top + line.size * 1.2)
        characters.append(PDFCharacter(scalar, box: box, font: font))
        x += advance
      }
    }
    characters.append(PDFCharacter("\n", box: PDFRect(left: x, top: line.top, right: x, bottom: line.top), font: nil))
  }
  return PDFPage(width: width, height: height, characters: characters, pictures: pictures)
}

/// A committed test PDF's bytes.
func testPDF(_ name: String) throws -> [UInt8] {
  let url = packageRoot.appendingPathComponent("Tests/DiglotPDFTests/PDFs/\(name)")
  return [UInt8](try Data(contentsOf: url))
}
