import DiglotXML
import Foundation
import ZIPFoundation

/// The parts of a PowerPoint file (a ZIP archive of XML parts), read with limits: no part is
/// inflated past `maximumPartSize`, nor all parts together past `maximumTotalSize`, and no XML
/// part with a document type declaration is parsed. Pictures and other media are never inflated.
final class DeckArchive {
  /// The largest part, uncompressed, that is read: slides are a few kilobytes to a few megabytes.
  static let maximumPartSize = 32 << 20
  /// The most that is inflated for one deck, all parts together.
  static let maximumTotalSize = 256 << 20

  /// Why a part could not be read; the reader turns it into a located error.
  struct Failure: Error {
    var message: String
  }

  private let archive: Archive
  /// Bytes inflated so far.
  private var inflated = 0

  init(_ bytes: [UInt8]) throws(Failure) {
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw Failure(message: "not a PowerPoint file: it is damaged or not a ZIP archive")
    }
  }

  /// True when the archive has the part.
  func has(_ path: String) -> Bool { archive[path] != nil }

  /// The bytes of a part, or nil if the archive has no such part.
  func bytes(_ path: String) throws(Failure) -> [UInt8]? {
    guard let entry = archive[path] else { return nil }
    let limit = min(Self.maximumPartSize, Self.maximumTotalSize - inflated)
    guard entry.uncompressedSize <= UInt64(limit) else {
      throw Failure(message: tooLarge(path, size: "is \(entry.uncompressedSize) bytes uncompressed"))
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(entry.uncompressedSize))
    var overflowed = false
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        // The declared size may lie: inflating stops at the limit all the same.
        guard bytes.count + chunk.count <= limit else {
          overflowed = true
          throw Failure(message: "")
        }
        bytes.append(contentsOf: chunk)
      }
    } catch {
      if overflowed { throw Failure(message: tooLarge(path, size: "inflates to more bytes than it declares")) }
      throw Failure(message: "part \(path) is damaged: it cannot be inflated")
    }
    inflated += bytes.count
    return bytes
  }

  private func tooLarge(_ path: String, size: String) -> String {
    "part \(path) \(size), over the limit of \(Self.maximumPartSize >> 20) MiB a part and \(Self.maximumTotalSize >> 20) MiB a deck; the deck is not read"
  }

  /// The root element of an XML part, or nil if the archive has no such part.
  func xml(_ path: String) throws(Failure) -> MarkupElement? {
    guard let bytes = try bytes(path) else { return nil }
    // PowerPoint never writes a DTD; one in a deck is refused before libxml2 sees it, so that no
    // entity is expanded and nothing is loaded.
    if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil || bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil {
      throw Failure(message: "part \(path) has a document type declaration (DTD); decks with one are not read")
    }
    let parsed = XML.parse(bytes)
    guard !parsed.hasErrors, let root = parsed.nodes.lazy.compactMap(\.element).first else {
      let problem = parsed.problems.first.map { ": line \($0.position.line): \($0.message)" } ?? ""
      throw Failure(message: "part \(path) is not well-formed XML\(problem)")
    }
    return root
  }

  /// The relationships of a part (`ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`),
  /// by id, with each target as a path in the archive. External targets are left out.
  func relationships(of path: String) throws(Failure) -> [String: Relationship] {
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard let root = try xml(relsPath) else { return [:] }
    var result: [String: Relationship] = [:]
    for element in root.childElements("Relationship") where element[attribute: "TargetMode"] != "External" {
      guard let id = element[attribute: "Id"], let target = element[attribute: "Target"] else { continue }
      let type = element[attribute: "Type"] ?? ""
      result[id] = Relationship(
        type: String(type.split(separator: "/").last ?? ""), path: resolve(target, from: folder))
    }
    return result
  }

  private func resolve(_ target: String, from folder: String) -> String {
    var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
    for part in target.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}

/// One relationship of a part: the last word of its type (`slide`, `slideLayout`, `notesSlide`,
/// `image` …) and the path of its target.
struct Relationship {
  var type: String
  var path: String
}

extension MarkupElement {
  /// The name without its namespace prefix: `p:sp` → `sp`.
  var localName: Substring {
    guard let colon = name.lastIndex(of: ":") else { return name[...] }
    return name[name.index(after: colon)...]
  }

  /// The child elements with this local name, in order.
  func childElements(_ local: String) -> [MarkupElement] {
    children.compactMap { node in
      guard case .element(let element) = node, element.localName == local else { return nil }
      return element
    }
  }

  /// The first child element with this local name.
  func child(_ local: String) -> MarkupElement? {
    for case .element(let element) in children where element.localName == local { return element }
    return nil
  }

  /// The element at a path of local names below this one: `child("spPr", "xfrm", "off")`.
  func child(_ first: String, _ rest: String...) -> MarkupElement? {
    rest.reduce(child(first)) { $0?.child($1) }
  }

  /// The value of the attribute with this local name, whatever its prefix (`r:id` → `id`).
  func attribute(local: String) -> String? {
    attributes.first { $0.name == local || $0.name.hasSuffix(":" + local) }?.value
  }
}
