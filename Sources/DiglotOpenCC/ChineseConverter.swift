import COpenCC

/// Converts Chinese text with OpenCC, between the scripts (Traditional, Simplified) and the
/// regional variants (Hong Kong, Taiwan), as one of OpenCC's configurations says.
///
/// The only holder of OpenCC's pointers: the converter opened here is closed when the value goes.
/// OpenCC's converters only read their dictionaries after opening, so one converter serves any
/// number of threads at once.
public final class ChineseConverter: @unchecked Sendable {
  /// Why a configuration could not be opened.
  public struct OpenError: Error, CustomStringConvertible {
    public var configuration: String
    public var reason: String
    public var description: String { "cannot open the OpenCC configuration \(configuration): \(reason)" }
  }

  /// The configuration's file name (`hk2s.json`), as given.
  public let configuration: String
  private let handle: opencc_t

  /// Opens a configuration by file name (`hk2s.json`: Traditional Chinese as written in Hong Kong
  /// to Simplified Chinese), looked up in OpenCC's data folder, or by path.
  public init(configuration: String) throws(OpenError) {
    guard let handle = opencc_open(configuration), diglot_opencc_failed(handle) == 0 else {
      let reason = opencc_error().map { String(cString: $0) } ?? "unknown error"
      throw OpenError(configuration: configuration, reason: reason.isEmpty ? "unknown error" : reason)
    }
    self.configuration = configuration
    self.handle = handle
  }

  deinit {
    opencc_close(handle)
  }

  /// The text converted. Text without any non-ASCII character is returned as it is, without a call.
  public func convert(_ text: String) -> String {
    guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
    // OpenCC hands back a C string, which would end at a NUL: convert the pieces between them.
    guard !text.utf8.contains(0) else {
      return text.split(separator: "\0", omittingEmptySubsequences: false).map { convert(String($0)) }
        .joined(separator: "\0")
    }
    var text = text
    return text.withUTF8 { bytes in
      // OpenCC allocates the result (nil when it fails); it is freed with OpenCC's own function.
      guard let base = bytes.baseAddress,
        let converted = base.withMemoryRebound(
          to: CChar.self, capacity: bytes.count, { opencc_convert_utf8(handle, $0, bytes.count) })
      else { return String(decoding: bytes, as: UTF8.self) }
      defer { opencc_convert_utf8_free(converted) }
      return String(cString: converted)
    }
  }
}
