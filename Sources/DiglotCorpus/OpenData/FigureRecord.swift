import DiglotModel
import Foundation

/// One figure as the open data publishes it: a row of `figures.csv`, an object of `figures.json`.
public struct FigureRecord: Sendable {
  /// A column of the open data, with what it holds in each language, for the data dictionary.
  public struct Column: Sendable {
    public var name: String
    public var en: String
    public var zh: String

    public init(name: String, en: String, zh: String) {
      self.name = name
      self.en = en
      self.zh = zh
    }
  }

  /// The values of the row, in the order of `columns`.
  public var fields: [String]

  /// - Parameters:
  ///   - address: the address's folder name on the site (`2024-02-28-budget`).
  ///   - pages: the URLs of the page the figure stands on, one per page column.
  public init(document: Document, placed: PlacedFigure, address: String, pages: [String]) {
    let figure = placed.figure
    let area = placed.area.map { document.areas[$0] }
    let topic = placed.topic.flatMap { index in area.map { $0.topics[index] } }
    fields =
      [
        address, document.titleSlide.date?.description ?? "", document.titleSlide.kind.rawValue,
        area?.number.map(String.init) ?? "", area?.title.zh?.plainText ?? "", area?.title.en?.plainText ?? "",
        topic?.title.zh?.plainText ?? "", topic?.title.en?.plainText ?? "",
        figure.kind.rawValue, figure.zh?.written ?? "", figure.en?.written ?? "",
        figure.zh?.valueString ?? "", figure.en?.valueString ?? "", Self.unit(figure.kind),
        figure.qualifier?.rawValue ?? "", figure.agreement.rawValue,
      ] + pages
  }

  /// Every column: the fixed ones, then the page columns the site gives.
  public static func columns(pages: [Column]) -> [Column] {
    [
      Column(
        name: "address", en: "The address's folder on this site: its date and kind",
        zh: "文件在本網站的資料夾：日期及類別"),
      Column(name: "date", en: "The address's date, YYYY-MM-DD", zh: "文件日期，格式為 YYYY-MM-DD"),
      Column(
        name: "address_kind", en: "budget, policy-address or other", zh: "budget（財政預算案）、policy-address（施政報告）或 other（其他）"
      ),
      Column(name: "area_number", en: "The policy area's number, if it has one", zh: "政策範疇的編號（如有）"),
      Column(name: "area_zh", en: "The policy area's title in Chinese", zh: "政策範疇的中文標題"),
      Column(name: "area_en", en: "The policy area's title in English", zh: "政策範疇的英文標題"),
      Column(name: "topic_zh", en: "The topic's title in Chinese, if any", zh: "主題的中文標題（如有）"),
      Column(name: "topic_en", en: "The topic's title in English, if any", zh: "主題的英文標題（如有）"),
      Column(name: "kind", en: "money, count, percent or ratio", zh: "money（金額）、count（數目）、percent（百分比）或 ratio（比例）"),
      Column(name: "zh", en: "The figure as the Chinese text writes it", zh: "中文原文所寫的數字"),
      Column(name: "en", en: "The figure as the English text writes it", zh: "英文原文所寫的數字"),
      Column(
        name: "zh_value", en: "The exact value of the Chinese figure (in HKD for money; ratio parts joined by :)",
        zh: "中文數字的準確數值（金額以港元計；比例各部分以 : 分隔）"),
      Column(name: "en_value", en: "The exact value of the English figure, likewise", zh: "英文數字的準確數值，同上"),
      Column(name: "unit", en: "HKD for money, % for percent, empty otherwise", zh: "金額為 HKD，百分比為 %，其他留空"),
      Column(
        name: "qualifier", en: "about, over, no more than, no less than or up to, if written",
        zh: "約、超過、不超過、不少於或最多（如有），以英文記錄"),
      Column(
        name: "agreement", en: "agree when both languages state the same value; differ; one-sided when only one has it",
        zh: "兩種語言數值相同為 agree；不同為 differ；只有一種語言為 one-sided"),
    ] + pages
  }

  private static func unit(_ kind: FigureKind) -> String {
    switch kind {
    case .money: "HKD"
    case .percent: "%"
    case .count, .ratio: ""
    }
  }
}

/// The text of the open data: the lines of `figures.csv` and the JSON of a document.
public enum OpenData {
  /// One CSV line, fields quoted where they must be, ended by CRLF.
  public static func csvLine(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",") + "\r\n"
  }

  /// `document.json`, the tree of `DocumentJSON.document(_:)`, handed to `take` a piece at a time,
  /// each area made as it is written, until `take` returns false.
  public static func document(_ document: Document, into take: (String) -> Bool) {
    var goesOn = true
    DocumentJSON.document(document).serialize { piece in
      goesOn = take(piece)
      return goesOn
    }
    if goesOn { _ = take("\n") }
  }

  /// A CSV field, in double quotes when it holds a comma, a quote or a line break.
  public static func csvField(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// A `figures.csv` or `figures.json` file written a part at a time: its start, records made now
/// or copied from another such file with the same columns (as written there, which is far
/// quicker than making them again), and its end. The parts joined are the file of all the records.
///
/// `figures.csv` is RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark, which is
/// how spreadsheets such as Excel know to read the Chinese text as UTF-8. `figures.json` is an
/// array of objects with the columns as keys, all values text.
public struct FigureFile: Sendable {
  public enum Format: Sendable { case csv, json }

  public let format: Format
  public let columns: [FigureRecord.Column]
  /// No record was added yet.
  private var isEmpty = true

  public init(_ format: Format, columns: [FigureRecord.Column]) {
    self.format = format
    self.columns = columns
  }

  /// What the file starts with: the CSV header line, with a byte-order mark.
  public var start: String {
    format == .csv ? "\u{FEFF}" + OpenData.csvLine(columns.map(\.name)) : ""
  }

  /// The text of a record where it is added next.
  public mutating func add(_ record: FigureRecord) -> String {
    add(text: text(of: record))
  }

  /// The text of a record on its own, whatever records come before it: for making records on
  /// several threads, each then added in order with `add(text:)`.
  public func text(of record: FigureRecord) -> String {
    switch format {
    case .csv: OpenData.csvLine(record.fields)
    case .json: JSON.object(zip(columns, record.fields).map { ($0.name, .string($1)) }).serialized(indent: 1)
    }
  }

  /// The text of a record, given as `text(of:)` made it, where it is added next.
  public mutating func add(text: String) -> String {
    guard format == .json else { return text }
    defer { isEmpty = false }
    return (isEmpty ? "[\n  " : ",\n  ") + text
  }

  /// The text of the records of `file`, a whole file of this format and these columns, copied as
  /// written there; nil if it is not such a file.
  public mutating func add(recordsOf file: [UInt8]) -> ArraySlice<UInt8>? {
    switch format {
    case .csv:
      let header = Array(start.utf8)
      return file.starts(with: header) ? file[header.count...] : nil
    case .json:
      if file.elementsEqual("[]\n".utf8) { return [] }
      let start = Array("[\n  {".utf8)
      let end = Array("}\n]\n".utf8)
      guard file.count >= start.count + end.count, file.starts(with: start), file.suffix(end.count).elementsEqual(end)
      else { return nil }
      // From the separator before the first object to the end of the last one.
      defer { isEmpty = false }
      return ArraySlice((isEmpty ? "[\n  " : ",\n  ").utf8) + file[(start.count - 1)..<(file.count - end.count + 1)]
    }
  }

  /// What the file ends with.
  public var end: String {
    format == .csv ? "" : isEmpty ? "[]\n" : "\n]\n"
  }
}
