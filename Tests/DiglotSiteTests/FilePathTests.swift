import DiglotFileSystem
import Testing

/// The folder part of a path, as messages and the output's parent use it.
@Suite struct FilePathTests {
  @Test(arguments: [
    ("o", ""), ("o/", ""), ("Output", ""), ("./o", "."), ("a/b", "a"), ("a//b/", "a"), ("/o", "/"),
    ("/", "/"), ("", ""), ("../site/o", "../site"),
  ])
  func parent(path: String, expected: String) {
    #expect(FilePath.parent(of: path) == expected)
  }
}
