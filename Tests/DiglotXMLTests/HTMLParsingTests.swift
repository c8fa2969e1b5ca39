import Testing

@testable import DiglotXML

@Suite struct HTMLParsingTests {
  @Test func copiesTheDocumentIntoATree() {
    let source = """
      <!DOCTYPE html>
      <html lang="en">
      <head><title>標題</title></head>
      <body><main id="main" data-slot="content"><p>Hi <b>there</b><!-- note --></p></main></body>
      </html>
      """
    let parsed = HTML.parse(Array(source.utf8))
    #expect(parsed.problems == [])
    let expected: [MarkupNode] = [
      .element(
        "html", ["lang": "en"],
        [
          .text("\n"),
          .element("head", [:], [.element("title", [:], [.text("標題")])]),
          .text("\n"),
          .element(
            "body", [:],
            [
              .element(
                "main", ["id": "main", "data-slot": "content"],
                [.element("p", [:], [.text("Hi "), .element("b", [:], [.text("there")]), .comment(" note ")])])
            ]),
          .text("\n"),
        ])
    ]
    #expect(parsed.nodes == expected)
  }

  @Test func recordsWhereEachElementStarts() throws {
    let source = "<html>\n<body>\n  <p>一</p><p>二</p>\n</body></html>"
    let elements = HTML.parse(Array(source.utf8)).nodes.allElements
    let paragraphs = elements.filter { $0.name == "p" }
    #expect(paragraphs.map(\.position) == [MarkupPosition(line: 3, column: 3), MarkupPosition(line: 3, column: 11)])
  }

  @Test func locatesEveryElementOfAPartWrittenOnOneLine() {
    // As PowerPoint writes its parts: one line, prefixed names, many elements of one name.
    let paragraph = "<a:p><a:r><a:t>x</a:t></a:r></a:p>"
    let source = "<p:txBody xmlns:a=\"a\" xmlns:p=\"p\">" + String(repeating: paragraph, count: 2000) + "</p:txBody>"
    let elements = XML.parse(Array(source.utf8)).nodes.allElements
    let columns = elements.filter { $0.name == "a:p" }.map { $0.position?.column }
    let start = "<p:txBody xmlns:a=\"a\" xmlns:p=\"p\">".count + 1
    #expect(columns == (0..<2000).map { start + $0 * paragraph.count })
    #expect(
      elements.filter { $0.name == "a:t" }.last?.position
        == MarkupPosition(line: 1, column: start + 1999 * paragraph.count + 10))
  }

  @Test func keepsHTML5ElementsWithoutAProblem() {
    let source = """
      <html><head><title>t</title></head><body>
      <header></header><nav></nav><main><section><article><data value="1">一</data>
      <time datetime="2024-02-29">29/2/2024</time></article></section></main><footer></footer>
      <my-widget></my-widget><template><p>x</p></template>
      </body></html>
      """
    let parsed = HTML.parse(Array(source.utf8))
    #expect(parsed.problems == [])
    let names = Set(parsed.nodes.allElements.map(\.name))
    #expect(
      names.isSuperset(of: ["header", "nav", "main", "section", "article", "data", "time", "footer", "my-widget"]))
  }

  @Test func reportsAMismatchedEndTagWhereItStands() {
    let source = "<html><body>\n<p>中文<b>粗</p>\n</body></html>"
    let parsed = HTML.parse(Array(source.utf8))
    #expect(parsed.hasErrors)
    // `</p>` starts at the 10th character of line 2: columns count characters, not bytes.
    #expect(
      parsed.problems.contains(
        MarkupProblem(.error, "opening and ending tag mismatch: p and b", at: .init(line: 2, column: 10))))
  }

  @Test func reportsAnUnclosedElementAtItsStartTag() {
    let source = "<html><body>\n<main>\n  <div class=\"a\">\n    <p>text\n</main>\n</body></html>"
    let parsed = HTML.parse(Array(source.utf8))
    #expect(
      parsed.problems.contains(MarkupProblem(.error, "element <div> is not closed", at: .init(line: 3, column: 3))))
  }

  @Test func reportsAnElementLeftOpenAtTheEnd() {
    let parsed = HTML.parse(Array("<html><body><section>\r\n<nav>x</nav>".utf8))
    #expect(
      parsed.problems == [MarkupProblem(.error, "element <section> is not closed", at: .init(line: 1, column: 13))])
  }

  @Test func doesNotReportOptionalEndTagsVoidElementsOrRawText() {
    let source = """
      <html><head><meta charset="utf-8"><style>a > b { }</style>
      <script>if (a <div) {}</script></head><body><ul><li>one<li>two</ul><p>a<br>b<img src="x.png" alt="">
      </body></html>
      """
    #expect(HTML.parse(Array(source.utf8)).problems == [])
  }

  @Test func reportsAnUnknownElement() {
    let parsed = HTML.parse(Array("<html><body><dvi>x</dvi></body></html>".utf8))
    #expect(parsed.problems.map(\.message) == ["tag dvi invalid"])
  }

  @Test func readsAnEmptyInput() {
    #expect(HTML.parse([]).nodes == [])
  }
}
