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

/// The files of the open data: CSV and JSON of figure records.
public enum OpenData {
  /// `figures.csv`: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark, which is
  /// how spreadsheets such as Excel know to read the Chinese text as UTF-8.
  public static func csv(_ records: some Sequence<FigureRecord>, columns: [FigureRecord.Column]) -> [UInt8] {
    var bytes = Array(("\u{FEFF}" + csvLine(columns.map(\.name))).utf8)
    for record in records { bytes += csvLine(record.fields).utf8 }
    return bytes
  }

  /// One CSV line, fields quoted where they must be, ended by CRLF.
  public static func csvLine(_ fields: [String]) -> String {
    fields.map(csvField).joined(separator: ",") + "\r\n"
  }

  /// A `csv(_:columns:)` file of the records of several such files with these columns, given in
  /// order as their rows (`csvRows(of:columns:)`).
  public static func csv(rows: some Sequence<ArraySlice<UInt8>>, columns: [FigureRecord.Column]) -> [UInt8] {
    var bytes = csv([], columns: columns)
    for part in rows { bytes += part }
    return bytes
  }

  /// The rows of a `csv(_:columns:)` file with these columns: what follows its header; nil if it
  /// is not such a file.
  public static func csvRows(of file: [UInt8], columns: [FigureRecord.Column]) -> ArraySlice<UInt8>? {
    let header = csv([], columns: columns)
    return file.starts(with: header) ? file[header.count...] : nil
  }

  /// `figures.json`: an array of objects with the columns as keys, all values text.
  public static func json(_ records: some Sequence<FigureRecord>, columns: [FigureRecord.Column]) -> [UInt8] {
    let objects = records.lazy.map { record in JSON.object(zip(columns, record.fields).map { ($0.name, .string($1)) }) }
    var bytes = JSON.serializedArray(objects)
    bytes.append(0x0A)
    return bytes
  }

  /// A `json(_:columns:)` file of the records of several such files, given in order as their
  /// objects (`jsonObjects(of:)`).
  public static func json(objects: some Sequence<ArraySlice<UInt8>>) -> [UInt8] {
    var bytes: [UInt8] = []
    for part in objects where !part.isEmpty {
      bytes += (bytes.isEmpty ? "[\n  " : ",\n  ").utf8
      bytes += part
    }
    bytes += (bytes.isEmpty ? "[]\n" : "\n]\n").utf8
    return bytes
  }

  /// The objects of a `json(_:columns:)` file, as written between its brackets (empty for a file
  /// of no record); nil if it is not such a file.
  public static func jsonObjects(of file: [UInt8]) -> ArraySlice<UInt8>? {
    if file == Array("[]\n".utf8) { return [] }
    let start = Array("[\n  {".utf8)
    let end = Array("}\n]\n".utf8)
    guard file.count >= start.count + end.count, file.starts(with: start), file.suffix(end.count).elementsEqual(end)
    else { return nil }
    return file[(start.count - 1)..<(file.count - end.count + 1)]
  }

  /// `document.json`: the address's whole tree.
  public static func document(_ document: Document) -> [UInt8] {
    Array((DocumentJSON.document(document).serialized() + "\n").utf8)
  }

  /// A CSV field, in double quotes when it holds a comma, a quote or a line break.
  public static func csvField(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
