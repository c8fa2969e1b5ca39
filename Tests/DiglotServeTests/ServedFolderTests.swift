import DiglotTestSupport
import Foundation
import Testing

@testable import DiglotServe

/// What a request path may reach: files inside the folder only, whatever the path or the links.
@Suite struct ServedFolderTests {
  /// A site folder beside a secret file, with a link out, a link to a folder out, and a link that
  /// stays inside.
  let project: URL
  let folder: ServedFolder

  init() throws {
    project = try temporaryFolder("diglot-serve")
    let site = project.appendingPathComponent("Output")
    let files = FileManager.default
    try files.createDirectory(at: site.appendingPathComponent("en/x"), withIntermediateDirectories: true)
    try files.createDirectory(at: site.appendingPathComponent("assets"), withIntermediateDirectories: true)
    for path in ["index.html", "en/index.html", "en/x/index.html", "assets/site.css", "404.html"] {
      try Data(path.utf8).write(to: site.appendingPathComponent(path))
    }
    try Data("secret".utf8).write(to: project.appendingPathComponent("secret.txt"))
    try files.createSymbolicLink(atPath: site.path + "/leak.txt", withDestinationPath: "../secret.txt")
    try files.createSymbolicLink(atPath: site.path + "/out", withDestinationPath: "..")
    try files.createSymbolicLink(atPath: site.path + "/style.css", withDestinationPath: "assets/site.css")
    folder = ServedFolder(path: site.path)
  }

  private func real(_ path: String) -> ServedFolder.Resolution {
    .file(URL(fileURLWithPath: project.path + "/Output/" + path).resolvingSymlinksInPath().path)
  }

  @Test func filesAndFolders() {
    defer { try? FileManager.default.removeItem(at: project) }
    #expect(folder.resolve("/") == real("index.html"))
    #expect(folder.resolve("/en/") == real("en/index.html"))
    #expect(folder.resolve("/en/x/index.html") == real("en/x/index.html"))
    #expect(folder.resolve("/en/x") == .folder(redirectTo: "/en/x/"))
    #expect(folder.resolve("/assets/site.css") == real("assets/site.css"))
    #expect(folder.resolve("/assets/%73ite.css") == real("assets/site.css"))
    #expect(folder.resolve("/%65n") == .folder(redirectTo: "/%65n/"))
    #expect(folder.resolve("/style.css") == real("assets/site.css"), "a link that stays inside is followed")
    #expect(folder.notFoundPage == real("404.html").filePath)
  }

  @Test func nothingOutsideTheFolder() {
    defer { try? FileManager.default.removeItem(at: project) }
    for path in [
      "/../secret.txt", "/en/../../secret.txt", "/./index.html", "/en/./index.html", "/leak.txt", "/out", "/out/",
      "/out/secret.txt",
      "/en//index.html", "en/index.html", "", "/assets/site.css/", "/en\\..\\..\\secret.txt",
      "/index.html\0.css", "/.hidden", "/missing.html", "/en/missing/", "/%2e%2e/secret.txt",
      "/en/%2E%2E/%2e%2e/secret.txt",
      "/en%2F..%2F..%2Fsecret.txt", "/..%5csecret.txt", "/index.html%00.css", "/%zz", "/%2e/index.html",
    ] {
      #expect(folder.resolve(path) == .notFound, "\(path.debugDescription) must not be served")
    }
  }

  @Test func aMissingFolderServesNothing() {
    defer { try? FileManager.default.removeItem(at: project) }
    let missing = ServedFolder(path: project.path + "/Nothing")
    #expect(missing.resolve("/") == .notFound)
    #expect(missing.notFoundPage == nil)
  }
}

extension ServedFolder.Resolution {
  fileprivate var filePath: String? {
    if case .file(let path) = self { return path }
    return nil
  }
}
