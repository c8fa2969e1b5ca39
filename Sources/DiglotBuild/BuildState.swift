import DiglotFileSystem
import DiglotModel
import DiglotSite
import Foundation

/// What a build remembers for the next one, kept in the site's record beside the output folder
/// (never in the published site): what it was built with, and for each input its stamp, its
/// content's fingerprint, the outline of its document and its diagnostics.
struct BuildState: Equatable {
  /// One input file as it was read.
  struct Input: Equatable {
    var path: String
    var stamp: FileStamp
    var content: Fingerprint
    var diagnostics: [Diagnostic]
    /// The outline and the search text as read from a saved state, decoded only when asked
    /// for: a build in which nothing changed never needs them.
    private var encodedOutline: Encoded?
    private var decodedOutline: Document?
    private var encodedSearch: Encoded?
    private var decodedSearch: SearchText?

    init(
      path: String, stamp: FileStamp, content: Fingerprint, outline: Document?, search: SearchText?,
      diagnostics: [Diagnostic]
    ) {
      self.path = path
      self.stamp = stamp
      self.content = content
      self.decodedOutline = outline
      self.decodedSearch = search
      self.diagnostics = diagnostics
    }

    fileprivate init(
      path: String, stamp: FileStamp, content: Fingerprint, encodedOutline: Encoded?, encodedSearch: Encoded?,
      diagnostics: [Diagnostic]
    ) {
      self.init(path: path, stamp: stamp, content: content, outline: nil, search: nil, diagnostics: diagnostics)
      self.encodedOutline = encodedOutline
      self.encodedSearch = encodedSearch
    }

    /// Whether the file gave a document.
    var hasOutline: Bool { decodedOutline != nil || encodedOutline != nil }

    /// The document's outline; nil when the file could not be decoded.
    var outline: Document? {
      decodedOutline ?? encodedOutline?.decode { try $0.readOutline() }
    }

    /// The document's search text; nil when the file could not be decoded.
    var search: SearchText? {
      get { decodedSearch ?? encodedSearch?.decode { try $0.readSearchText() } }
      set {
        decodedSearch = newValue
        encodedSearch = nil
      }
    }

    static func == (a: Input, b: Input) -> Bool {
      (a.path, a.stamp, a.content, a.diagnostics) == (b.path, b.stamp, b.content, b.diagnostics)
        && a.outline == b.outline && a.search == b.search
    }

    /// Writes the outline and the search text, copying the bytes they were read from when they
    /// were never decoded.
    fileprivate func writeBlobs(to writer: inout BinaryWriter) {
      Self.write(encodedOutline, decodedOutline, to: &writer) { $0.write(outline: $1) }
      Self.write(encodedSearch, decodedSearch, to: &writer) { $0.write(search: $1) }
    }

    private static func write<T>(
      _ encoded: Encoded?, _ decoded: T?, to writer: inout BinaryWriter, _ writeValue: (inout BinaryWriter, T) -> Void
    ) {
      if let encoded, decoded == nil {
        writer.write(true)
        writer.write(blob: encoded.bytes[encoded.range])
      } else {
        writer.write(decoded) { writer, value in
          var blob = BinaryWriter()
          writeValue(&blob, value)
          writer.write(blob: blob.bytes)
        }
      }
    }
  }

  /// A value's bytes within a saved state's bytes.
  struct Encoded {
    var bytes: [UInt8]
    var range: Range<Int>

    /// The value, or nil when its bytes are malformed.
    func decode<T>(_ read: (inout BinaryReader) throws -> T) -> T? {
      var reader = BinaryReader(bytes, range: range)
      return try? read(&reader)
    }
  }

  /// The tool, the templates and the options: when any differs, nothing can be reused.
  var setting: Fingerprint
  var inputs: [Input]
  /// The folders of each address's pages (its own, then its areas'), by input file: a build that
  /// gives an address other folders renders its pages again.
  var folders: [String: [String]]

  private static let magic = Array("diglot-build 2\n".utf8)

  /// The folders of the addresses' own pages: one per address of the site.
  var addressFolders: Set<String> { Set(folders.values.compactMap(\.first)) }

  func encoded() -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(setting.value)
    writer.write(inputs) { writer, input in
      writer.write(input.path)
      writer.currentFile = input.path
      writer.write(stamp: input.stamp)
      writer.write(input.content.value)
      input.writeBlobs(to: &writer)
      writer.write(input.diagnostics) { $0.write($1) }
    }
    writer.write(folders.sorted { $0.key < $1.key }) { writer, entry in
      writer.write(entry.key)
      writer.write(entry.value) { $0.write($1) }
    }
    return Self.magic + writer.bytes
  }

  static func decode(_ bytes: [UInt8]) throws -> BuildState {
    guard bytes.starts(with: magic) else { throw BinaryReader.Malformed() }
    var reader = BinaryReader(bytes, from: magic.count)
    let setting = Fingerprint(value: try reader.readUInt64())
    let inputs = try reader.readArray { reader in
      let path = try reader.readString()
      reader.currentFile = path
      return Input(
        path: path,
        stamp: try reader.readStamp(),
        content: Fingerprint(value: try reader.readUInt64()),
        encodedOutline: try reader.readOptional { Encoded(bytes: bytes, range: try $0.readBlob()) },
        encodedSearch: try reader.readOptional { Encoded(bytes: bytes, range: try $0.readBlob()) },
        diagnostics: try reader.readArray { try $0.readDiagnostic() })
    }
    let folders = try reader.readArray { reader in
      (try reader.readString(), try reader.readArray { try $0.readString() })
    }
    guard reader.isAtEnd else { throw BinaryReader.Malformed() }
    return BuildState(
      setting: setting, inputs: inputs,
      folders: Dictionary(folders, uniquingKeysWith: { a, _ in a }))
  }
}

extension BinaryWriter {
  mutating func write(stamp: FileStamp) {
    write(Int(stamp.size))
    write(Int(stamp.modified))
    write(stamp.inode)
  }
}

extension BinaryReader {
  mutating func readStamp() throws -> FileStamp {
    FileStamp(size: Int64(try readInt()), modified: Int64(try readInt()), inode: try readUInt64())
  }
}
