import Testing

@testable import DiglotXML

@Suite struct SerializationTests {
  private func html(_ nodes: [MarkupNode]) -> String {
    String(decoding: HTML.serialize(nodes), as: UTF8.self)
  }

  @Test func writesADoctypeAndVoidElements() {
    let page: [MarkupNode] = [
      .element(
        "html", ["lang": "zh-Hant-HK"],
        [
          .element("head", [:], [.element("meta", ["charset": "utf-8"]), .element("title", [:], [.text("創科")])]),
          .element("body", [:], [.element("p", [:], [.text("一"), .element("br"), .text("二")])]),
        ])
    ]
    #expect(
      html(page)
        == "<!DOCTYPE html>\n<html lang=\"zh-Hant-HK\"><head><meta charset=\"utf-8\"><title>創科</title></head>"
        + "<body><p>一<br>二</p></body></html>\n")
  }

  @Test func keepsChineseAsUTF8InTextAndAttributes() {
    let text = "撥款30億元推行人工智能資助計劃"
    let bytes = HTML.serialize([.element("a", ["href": "../搜尋/index.html", "title": text], [.text(text)])])
    let written = String(decoding: bytes, as: UTF8.self)
    #expect(!written.contains("&#"))
    #expect(!written.contains("%E"))
    #expect(written.contains("href=\"../搜尋/index.html\""))
    #expect(bytes.count == written.utf8.count)
    #expect(written.contains(">" + text + "</a>"))
  }

  @Test func escapesTextAndAttributesByConstruction() {
    let hostile = "<script>alert(1)</script> & \"quoted\" 'single' ../../etc"
    let node = MarkupNode.element("p", ["title": hostile], [.text(hostile)])
    let written = html([node])
    #expect(!written.contains("<script>"))
    #expect(written.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\" 'single'"))
    #expect(
      written.contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; 'single' ../../etc\""))
    let reparsed = HTML.parse(HTML.serialize([node])).nodes.allElements.first { $0.name == "p" }
    #expect(reparsed?.textContent == hostile)
    #expect(reparsed?[attribute: "title"] == hostile)
  }

  @Test func leavesOutControlCharacters() {
    #expect(html([.element("p", [:], [.text("a\u{0}b\u{1B}c\td")])]).contains("<p>abc\td</p>"))
  }

  @Test func roundTripsATemplate() {
    let source = """
      <!DOCTYPE html>
      <html lang="zh-Hant-HK">
      <head><meta charset="utf-8"><title>鞏固香港科研優勢</title><style>p > a { color: #000 }</style></head>
      <body><nav aria-label="Breadcrumb"><ol><li><a href="../index.html">主頁</a></li></ol></nav>
      <main id="main"><p>撥款<data value="3000000000">30億元</data> &amp; more<br></p><pre>
      x</pre></main></body>
      </html>
      """
    let parsed = HTML.parse(Array(source.utf8))
    #expect(parsed.problems == [])
    let written = HTML.serialize(parsed.nodes)
    #expect(String(decoding: written, as: UTF8.self) == source + "\n")
    #expect(HTML.parse(written).nodes == parsed.nodes)
  }

  @Test func writesIndentedXML() {
    let feed: [MarkupNode] = [
      .element(
        "feed", ["xmlns": "http://www.w3.org/2005/Atom"],
        [
          .element("title", [:], [.text("施政 & <budget>")]),
          .element("link", ["href": "a?b=1&c=2"]),
        ])
    ]
    let written = String(decoding: XML.serialize(feed), as: UTF8.self)
    #expect(
      written == """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>施政 &amp; &lt;budget&gt;</title>
          <link href="a?b=1&amp;c=2"/>
        </feed>

        """)
    let parsed = XML.parse(Array(written.utf8))
    #expect(parsed.problems == [])
    #expect(parsed.nodes.allElements.first { $0.name == "title" }?.textContent == "施政 & <budget>")
  }

  @Test func writesXMLWithChildrenMadeOneAtATime() {
    let root = MarkupElement("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
    let written = String(
      decoding: XML.serialize(
        root,
        children: (1...2).lazy.map { number in
          MarkupElement("url", [:], [.element("loc", [:], [.text("a/\(number)&b")]), .element("link", ["href": "x"])])
        }), as: UTF8.self)
    #expect(
      written == """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url>
            <loc>a/1&amp;b</loc>
            <link href="x"/>
          </url>
          <url>
            <loc>a/2&amp;b</loc>
            <link href="x"/>
          </url>
        </urlset>

        """)
    #expect(
      String(decoding: XML.serialize(root, children: []), as: UTF8.self)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>\n"
    )
  }

  @Test func reportsXMLThatIsNotWellFormed() {
    let parsed = XML.parse(Array("<?xml version=\"1.0\"?>\n<urlset>\n<url></urlset>".utf8))
    #expect(parsed.hasErrors)
    #expect(parsed.problems.first?.position.line == 3)
  }

  @Test func keepsNamespacePrefixes() {
    let source =
      "<urlset xmlns=\"u\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><xhtml:link hreflang=\"en\"/></urlset>"
    let parsed = XML.parse(Array(source.utf8))
    #expect(parsed.nodes.allElements.map(\.name) == ["urlset", "xhtml:link"])
    #expect(parsed.nodes.first?.element?[attribute: "xmlns:xhtml"] == "http://www.w3.org/1999/xhtml")
  }
}
