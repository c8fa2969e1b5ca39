import DiglotSite

/// The binary form of an address's search text, kept between builds so that the search index
/// can be made again without reading inputs that did not change.
extension BinaryWriter {
  mutating func write(search text: SearchText) {
    for language in SiteLanguage.allCases {
      write(text.pages[language]) { writer, pages in
        writer.write(pages) { writer, page in
          writer.write(page) { writer, sentence in
            writer.write(sentence.text)
            writer.write(sentence.topic)
            writer.write(sentence.figures) { writer, figure in
              writer.write(figure.key)
              writer.write(figure.written)
            }
          }
        }
      }
    }
  }
}

extension BinaryReader {
  mutating func readSearchText() throws -> SearchText {
    var pages: [SiteLanguage: [[SearchText.Sentence]]] = [:]
    for language in SiteLanguage.allCases {
      pages[language] = try readOptional { reader in
        try reader.readArray { reader in
          try reader.readArray { reader in
            SearchText.Sentence(
              text: try reader.readString(), topic: try reader.readInt(),
              figures: try reader.readArray { reader in
                SearchText.Figure(key: try reader.readString(), written: try reader.readString())
              })
          }
        }
      }
    }
    return SearchText(pages: pages)
  }
}
