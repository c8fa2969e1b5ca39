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
    let bytes = FigureFile(.csv, columns: columns).whole(try records())
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
    let bytes = FigureFile(.json, columns: columns).whole(try records())
    let array = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: String]])
    #expect(array.count == 11)
    #expect(Set(array[0].keys) == Set(columns.map(\.name)))
    #expect(array[0]["zh"] == "30億元")
  }

  /// A file written a part at a time, each set of records copied from its own file or made now,
  /// is the file of all the records, in order, including sets of none; what is not such a file
  /// gives no records.
  @Test func filesWrittenInPartsAreTheFileOfAllTheirRecords() throws {
    let all = try records()
    let sets = [Array(all.prefix(4)), [], Array(all.dropFirst(4).prefix(3)), Array(all.dropFirst(7)), []]
    for format in [FigureFile.Format.csv, .json] {
      let whole = FigureFile(format, columns: columns).whole(all)
      for copiedSets in [[0, 1, 2, 3, 4], [0, 3], [1, 2], []] {
        var file = FigureFile(format, columns: columns)
        var bytes = Array(file.start.utf8)
        for (number, set) in sets.enumerated() {
          if copiedSets.contains(number) {
            let own = FigureFile(format, columns: columns).whole(set)
            let copied = file.add(recordsOf: own)
            bytes += try #require(copied)
          } else {
            for record in set { bytes += file.add(record).utf8 }
          }
        }
        bytes += file.end.utf8
        #expect(bytes == whole, "\(format), copied \(copiedSets)")
      }
    }
    #expect(FigureFile(.json, columns: columns).whole([]) == Array("[]\n".utf8))

    let other = FigureRecord.columns(pages: [])
    var csv = FigureFile(.csv, columns: columns)
    let otherColumns = csv.add(recordsOf: FigureFile(.csv, columns: other).whole(all))
    #expect(otherColumns == nil)
    for damaged in ["", "[", "[\n  {}", "{}\n", "[\n  \"a\"\n]\n"] {
      var json = FigureFile(.json, columns: columns)
      let records = json.add(recordsOf: Array(damaged.utf8))
      #expect(records == nil, "\(damaged)")
    }
  }

  /// `document.json` of a long document comes in several pieces that join to one JSON object
  /// with every area, ended by a line break; once the taker has had enough, nothing more comes.
  @Test func theDocumentIsWrittenAreaByArea() throws {
    var document = try #require(try corpusDocuments().first)
    let areas = document.areas
    document.areas = Array(repeating: areas, count: 200).flatMap { $0 }
    var pieces: [String] = []
    OpenData.document(document) { piece in
      pieces.append(piece)
      return true
    }
    #expect(pieces.count > 1)
    let whole = pieces.joined()
    #expect(whole.hasSuffix("}\n"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
    #expect((object["areas"] as? [Any])?.count == 200 * areas.count)
    #expect(object["file"] as? String == document.file)

    var taken = 0
    OpenData.document(document) { _ in
      taken += 1
      return false
    }
    #expect(taken == 1)
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
    #expect(JSON.lazyArray(count: values.count) { values[$0] }.serialized() == expected)
    #expect(JSON.lazyArray(count: 0) { _ in .null }.serialized() == "[]")
  }

  /// A long value is handed on in pieces that join to its serialization, and stops being made
  /// once the taker has had enough.
  @Test func jsonIsHandedOnInPieces() {
    let long = JSON.lazyArray(count: 20_000) { .object([("n", .int($0)), ("text", .string("數字 \($0)"))]) }
    var pieces: [String] = []
    long.serialize { piece in
      pieces.append(piece)
      return true
    }
    #expect(pieces.count > 1)
    #expect(pieces.joined() == long.serialized())
    let made = MadeCount()
    JSON.lazyArray(count: 20_000) { index in
      made.count = index + 1
      return .string(String(repeating: "x", count: 100))
    }.serialize { _ in false }
    #expect(made.count < 20_000)
  }
}

/// How many elements a lazy array made; only one thread writes it.
private final class MadeCount: @unchecked Sendable {
  var count = 0
}

extension FigureFile {
  /// The whole file of `records`.
  fileprivate func whole(_ records: some Sequence<FigureRecord>) -> [UInt8] {
    var file = self
    var bytes = Array(file.start.utf8)
    for record in records { bytes += file.add(record).utf8 }
    bytes += file.end.utf8
    return bytes
  }
}
