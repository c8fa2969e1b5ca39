/// Finds elements whose end tag is missing.
///
/// libxml2's HTML parser closes an open `<div>` or `<main>` silently when its parent ends, so a
/// forgotten end tag would change a template's structure without a word. This check walks the
/// start and end tags of the source and reports every element that must have an end tag but is
/// closed only by an enclosing end tag or by the end of the file.
enum TagCheck {
  static func unclosedElements(in source: String) -> [MarkupProblem] {
    var scanner = Scanner(Array(source))
    var open: [(name: String, position: MarkupPosition)] = []
    var problems: [MarkupProblem] = []

    func close(from index: Int) {
      for element in open[index...] where !optionalEndTags.contains(element.name) {
        problems.append(MarkupProblem(.error, "element <\(element.name)> is not closed", at: element.position))
      }
      open.removeSubrange(index...)
    }

    while let tag = scanner.nextTag() {
      if tag.isEnd {
        // A stray end tag is left to libxml2, which reports it.
        if let index = open.lastIndex(where: { $0.name == tag.name }) {
          close(from: index + 1)
          open.removeLast()
        }
      } else if rawTextElements.contains(tag.name) && !tag.isSelfClosing {
        scanner.skipRawText(until: tag.name)
      } else if !HTML.isVoid(tag.name) && !tag.isSelfClosing {
        open.append((tag.name, tag.position))
      }
    }
    close(from: 0)
    return problems
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "-" || character == ":" || character == "_"
  }

  /// Elements whose end tag HTML lets an author leave out.
  private static let optionalEndTags: Set<String> = [
    "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
  ]

  /// Elements whose content is not markup.
  private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

  private struct Tag {
    var name: String
    var isEnd: Bool
    var isSelfClosing: Bool
    var position: MarkupPosition
  }

  /// Reads tags from characters, skipping comments, the doctype and processing instructions.
  private struct Scanner {
    let characters: [Character]
    var index = 0
    var line = 1
    var column = 1

    init(_ characters: [Character]) {
      self.characters = characters
    }

    mutating func nextTag() -> Tag? {
      while index < characters.count {
        guard characters[index] == "<" else {
          advance(by: 1)
          continue
        }
        let position = MarkupPosition(line: line, column: column)
        if matches("<!--") {
          skip(past: "-->")
          continue
        }
        if matches("<!") || matches("<?") {
          skip(past: ">")
          continue
        }
        let isEnd = matches("</")
        var end = index + (isEnd ? 2 : 1)
        let nameStart = end
        while end < characters.count && TagCheck.isNameCharacter(characters[end]) { end += 1 }
        guard end > nameStart else {
          // A lone `<` in text.
          advance(by: 1)
          continue
        }
        let name = String(characters[nameStart..<end]).lowercased()
        advance(by: end - index)
        let isSelfClosing = skipAttributes()
        return Tag(name: name, isEnd: isEnd, isSelfClosing: isSelfClosing, position: position)
      }
      return nil
    }

    /// Moves past the end tag `</name`, leaving the raw text between untouched.
    mutating func skipRawText(until name: String) {
      while index < characters.count {
        if matches("</" + name) { return }
        advance(by: 1)
      }
    }

    /// Moves past the rest of a tag, minding quoted values; tells whether it ended with `/>`.
    private mutating func skipAttributes() -> Bool {
      var quote: Character?
      var previous: Character?
      while index < characters.count {
        let character = characters[index]
        advance(by: 1)
        if let open = quote {
          if character == open { quote = nil }
        } else if character == "\"" || character == "'" {
          quote = character
        } else if character == ">" {
          return previous == "/"
        }
        previous = character
      }
      return false
    }

    private func matches(_ text: String) -> Bool {
      var position = index
      for character in text {
        guard position < characters.count, characters[position].lowercased() == character.lowercased() else {
          return false
        }
        position += 1
      }
      return true
    }

    private mutating func skip(past terminator: String) {
      while index < characters.count && !matches(terminator) { advance(by: 1) }
      advance(by: terminator.count)
    }

    private mutating func advance(by count: Int) {
      for _ in 0..<count where index < characters.count {
        if characters[index].isLineBreak {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }
  }
}

extension Character {
  /// `\n`, `\r\n` (one character in Swift) or `\r`: the line ends libxml2 counts.
  var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}
