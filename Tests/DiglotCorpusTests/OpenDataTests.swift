import DiglotCorpus
import DiglotModel
import Foundation
import Testing

@Suite struct OpenDataTests {
  let columns = FigureRecord.columns(pages: [FigureRecord.Column(name: "url_en", en: "The page", zh: "網頁")])

  func records() throws -> [FigureRecord] {
    let document = try #require(try corpusDocuments().first { $0.file.hasSuffix("2024-25-budget-itib.txt") })
    return document.placedFigures.map {
      FigureRecord(document: document, placed: $0, address: "2024-02-28-budget", pages: ["en/x/index.html"])
    }
  }

  @Test func csvHasAByteOrderMarkCRLFAndQuotedFields() throws {
    let bytes = OpenData.csv(try records(), columns: columns)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines.first == columns.map(\.name).joined(separator: ","))
    #expect(lines.last == "")
    // The 2024-25 Budget has eleven figures: seven in its first area (a sum and its three parts
    // among them), four (with the ratio) in its second.
    #expect(lines.count == 1 + 11 + 1)
    #expect(
      lines[1]
        == "2024-02-28-budget,2024-02-28,budget,1,鞏固香港科研優勢,Consolidate Hong Kong's strengths in scientific research,"
        + "人工智能,Artificial Intelligence (AI),money,30億元,$3 billion,3000000000,3000000000,HKD,,agree,en/x/index.html")
    #expect(OpenData.csvField("a, \"b\"") == "\"a, \"\"b\"\"\"")
    #expect(OpenData.csvField("two\r\nlines") == "\"two\r\nlines\"")
  }

  @Test func jsonHasTheColumnsAsKeys() throws {
    let bytes = OpenData.json(try records(), columns: columns)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: String]])
    #expect(array.count == 11)
    #expect(Set(array[0].keys) == Set(columns.map(\.name)))
    #expect(array[0]["zh"] == "30億元")
  }

  /// The files of several sets of records, joined, are the file of all the records, in order,
  /// including sets of none; what is not such a file gives no rows or objects.
  @Test func filesJoinedAreTheFileOfAllTheirRecords() throws {
    let all = try records()
    let sets = [Array(all.prefix(4)), [], Array(all.dropFirst(4)), []]
    #expect(
      OpenData.csv(
        rows: sets.compactMap { OpenData.csvRows(of: OpenData.csv($0, columns: columns), columns: columns) },
        columns: columns)
        == OpenData.csv(all, columns: columns))
    #expect(
      OpenData.json(objects: sets.compactMap { OpenData.jsonObjects(of: OpenData.json($0, columns: columns)) })
        == OpenData.json(all, columns: columns))
    #expect(OpenData.json(objects: [[], []]) == OpenData.json([], columns: columns))
    #expect(OpenData.csv(rows: [], columns: columns) == OpenData.csv([], columns: columns))

    let other = FigureRecord.columns(pages: [])
    #expect(OpenData.csvRows(of: OpenData.csv(all, columns: other), columns: columns) == nil)
    for damaged in ["", "[", "[\n  {}", "{}\n", "[\n  \"a\"\n]\n"] {
      #expect(OpenData.jsonObjects(of: Array(damaged.utf8)) == nil, "\(damaged)")
    }
  }

  @Test func jsonIsIndentedByTwoSpacesPerLevel() {
    let values: [JSON] = [
      .object([("a", .string("x\"y")), ("b", .array([.int(1), .null]))]), .array([]), .bool(true),
    ]
    let expected = """
      [
        {
          "a": "x\\"y",
          "b": [
            1,
            null
          ]
        },
        [],
        true
      ]
      """
    #expect(JSON.array(values).serialized() == expected)
    #expect(JSON.serializedArray(values) == Array(expected.utf8))
    #expect(JSON.serializedArray([]) == Array("[]".utf8))
  }
}
