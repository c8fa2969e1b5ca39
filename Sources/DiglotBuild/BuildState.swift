import DiglotCorpus
import DiglotFileSystem
import DiglotModel
import DiglotSite
import Foundation

/// What a build remembers for the next one, kept in the site's record beside the output folder
/// (never in the published site): what it was built with, and for each input its stamp, its
/// content's fingerprint, its document, search text and diagnostics, so that a build reads only
/// the inputs that changed.
struct BuildState: Equatable {
  /// One input file as it was read.
  struct Input: Equatable {
    var path: String
    var stamp: FileStamp
    var content: Fingerprint
    var diagnostics: [Diagnostic]
    /// The whole document: the pages across addresses show any part of any address.
    var storedDocument: Stored<Document>
    /// The document's outline in Simplified characters, as the pages of other addresses show
    /// it: converting it again would cost more than keeping it.
    var storedSimplified: Stored<Outline>
    var storedSearch: Stored<SearchText>
    /// The names the document's bullets give: finding them again would cost more than keeping
    /// them (the rules they were found with are in `setting`).
    var storedNames: Stored<[BulletName]>

    init(
      path: String, stamp: FileStamp, content: Fingerprint, document: Document?, search: SearchText?,
      diagnostics: [Diagnostic]
    ) {
      self.path = path
      self.stamp = stamp
      self.content = content
      self.storedDocument = Stored(document)
      self.storedSimplified = Stored(nil)
      self.storedSearch = Stored(search)
      self.storedNames = Stored(nil)
      self.diagnostics = diagnostics
    }

    /// Whether the file gave a document.
    var hasDocument: Bool { storedDocument.exists }

    /// The whole document; nil when the file gave none or its bytes could not be decoded.
    var document: Document? { storedDocument.value { try $0.readDocument() } }

    /// The outline in Simplified characters, if the last build had Simplified pages.
    var simplifiedOutline: Outline? {
      get { storedSimplified.value { try $0.readOutline() } }
      set { storedSimplified = Stored(newValue) }
    }

    /// The document's search text; nil when the file could not be decoded.
    var search: SearchText? {
      get { storedSearch.value { try $0.readSearchText() } }
      set { storedSearch = Stored(newValue) }
    }

    /// The names the document's bullets give, if a build found them.
    var names: [BulletName]? {
      get { storedNames.value { try $0.readNames() } }
      set { storedNames = Stored(newValue) }
    }

    static func == (a: Input, b: Input) -> Bool {
      (a.path, a.stamp, a.content, a.diagnostics) == (b.path, b.stamp, b.content, b.diagnostics)
        && a.document == b.document && a.simplifiedOutline == b.simplifiedOutline && a.search == b.search
        && a.names == b.names
    }

    /// Writes the stored values, copying the bytes they were read from when they were never
    /// decoded.
    fileprivate func writeStored(to writer: inout BinaryWriter) {
      storedDocument.write(to: &writer) { $0.write(document: $1) }
      storedSimplified.write(to: &writer) { $0.write(outline: $1) }
      storedSearch.write(to: &writer) { $0.write(search: $1) }
      storedNames.write(to: &writer) { $0.write(names: $1) }
    }
  }

  /// A value of a saved state: the bytes it was read from, decoded only when asked for (a
  /// build in which nothing changed never needs them), or the value itself.
  struct Stored<Value> {
    private var encoded: Encoded?
    private var decoded: Value?

    init(_ value: Value?) { decoded = value }

    fileprivate init(encoded: Encoded?) { self.encoded = encoded }

    /// Whether there is a value.
    var exists: Bool { decoded != nil || encoded != nil }

    /// The value; nil when there is none or its bytes are malformed.
    func value(_ read: (inout BinaryReader) throws -> Value) -> Value? {
      decoded ?? encoded?.decode(read)
    }

    fileprivate func write(to writer: inout BinaryWriter, _ writeValue: (inout BinaryWriter, Value) -> Void) {
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
  /// What each page across addresses showed (`CorpusPageKeys`), by its path.
  var pageKeys: [String: Fingerprint] = [:]
  /// Each page's bytes without its revision date, and that date, by the page's path.
  var revisions: [String: PageRevisions.Revision] = [:]

  private static let magic = Array("diglot-build 5\n".utf8)

  /// The folders of the addresses' own pages: one per address of the site.
  var addressFolders: Set<String> { Set(folders.values.compactMap(\.first)) }

  /// The state's bytes, made a piece at a time as they are written: a state is as large as
  /// the inputs, and is never held whole as bytes.
  var stream: ByteStream {
    ByteStream { output in
      var writer = BinaryWriter(startingWith: Self.magic)
      /// Hands on what is written so far, once it makes a piece.
      func pieceMayEnd(_ writer: inout BinaryWriter) {
        if writer.bytes.count >= 1 << 16 { output.append(writer.takeBytes()) }
      }
      writer.write(setting.value)
      writer.write(inputs) { writer, input in
        writer.write(input.path)
        writer.currentFile = input.path
        writer.write(stamp: input.stamp)
        writer.write(input.content.value)
        input.writeStored(to: &writer)
        writer.write(input.diagnostics) { $0.write($1) }
        pieceMayEnd(&writer)
      }
      writer.write(folders.sorted { $0.key < $1.key }) { writer, entry in
        writer.write(entry.key)
        writer.write(entry.value) { $0.write($1) }
        pieceMayEnd(&writer)
      }
      writer.write(pageKeys.sorted { $0.key < $1.key }) { writer, entry in
        writer.write(entry.key)
        writer.write(entry.value.value)
        pieceMayEnd(&writer)
      }
      writer.write(revisions.sorted { $0.key < $1.key }) { writer, entry in
        writer.write(entry.key)
        writer.write(entry.value.content.value)
        writer.write(date: entry.value.date)
        pieceMayEnd(&writer)
      }
      output.append(writer.takeBytes())
    }
  }

  /// The state's bytes, whole.
  func encoded() -> [UInt8] { stream.bytes }

  static func decode(_ bytes: [UInt8]) throws -> BuildState {
    guard bytes.starts(with: magic) else { throw BinaryReader.Malformed() }
    var reader = BinaryReader(bytes, from: magic.count)
    let setting = Fingerprint(value: try reader.readUInt64())
    let inputs = try reader.readArray { reader in
      let path = try reader.readString()
      reader.currentFile = path
      let stamp = try reader.readStamp()
      let content = Fingerprint(value: try reader.readUInt64())
      func stored<T>() throws -> Stored<T> {
        Stored(encoded: try reader.readOptional { Encoded(bytes: bytes, range: try $0.readBlob()) })
      }
      var input = Input(
        path: path, stamp: stamp, content: content, document: nil, search: nil, diagnostics: [])
      input.storedDocument = try stored()
      input.storedSimplified = try stored()
      input.storedSearch = try stored()
      input.storedNames = try stored()
      input.diagnostics = try reader.readArray { try $0.readDiagnostic() }
      return input
    }
    let folders = try reader.readArray { reader in
      (try reader.readString(), try reader.readArray { try $0.readString() })
    }
    let pageKeys = try reader.readArray { reader in
      (try reader.readString(), Fingerprint(value: try reader.readUInt64()))
    }
    let revisions = try reader.readArray { reader in
      let path = try reader.readString()
      let content = Fingerprint(value: try reader.readUInt64())
      return (path, PageRevisions.Revision(content: content, date: try reader.readDate()))
    }
    guard reader.isAtEnd else { throw BinaryReader.Malformed() }
    return BuildState(
      setting: setting, inputs: inputs, folders: Dictionary(folders, uniquingKeysWith: { a, _ in a }),
      pageKeys: Dictionary(pageKeys, uniquingKeysWith: { a, _ in a }),
      revisions: Dictionary(revisions, uniquingKeysWith: { a, _ in a }))
  }
}

extension BuildState.Stored: Sendable where Value: Sendable {}

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
