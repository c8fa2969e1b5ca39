import FlyingFox
import Foundation
import Testing

@testable import DiglotServe

/// The script and overlay added to served pages, and when the open pages are told to reload.
@Suite struct LiveReloadTests {
  let page = Data("<!DOCTYPE html><html><body><p>Text</p></body></html>".utf8)

  private func served(_ live: LiveReload) -> String {
    String(decoding: live.served(page: page), as: UTF8.self)
  }

  /// The token a page was served with, from its script.
  private func token(_ html: String) throws -> String {
    let start = try #require(html.range(of: "const served = \""))
    return String(html[start.upperBound...].prefix { $0 != "\"" })
  }

  @Test func theScriptGoesBeforeTheBodyEnds() throws {
    let html = served(LiveReload())
    #expect(html.hasPrefix("<!DOCTYPE html><html><body><p>Text</p><script>"))
    #expect(html.hasSuffix("</script>\n</body></html>"))
    #expect(html.contains("\"\(LiveReload.path)\""))
    #expect(!html.contains("diglot-build-failed"))
  }

  @Test func withoutABodyEndTheScriptIsAppended() {
    let live = LiveReload()
    let html = String(decoding: live.served(page: Data("<p>Text".utf8)), as: UTF8.self)
    #expect(html.hasPrefix("<p>Text<script>"))
    #expect(html.hasSuffix("</script>\n"))
  }

  @Test func theTokenChangesOnlyWhenTheSiteOrItsFailureDoes() throws {
    let live = LiveReload()
    let first = try token(served(live))
    live.buildEnded(changedOutput: false, problems: nil)
    #expect(try token(served(live)) == first, "a build that wrote nothing reloads nothing")
    live.buildEnded(changedOutput: true, problems: nil)
    let second = try token(served(live))
    #expect(second != first)
    live.buildEnded(changedOutput: false, problems: ["a.txt:1:2: error: broken"])
    let failed = try token(served(live))
    #expect(failed != second)
    live.buildEnded(changedOutput: false, problems: ["a.txt:1:2: error: broken"])
    #expect(try token(served(live)) == failed, "the same failure again reloads nothing")
    live.buildEnded(changedOutput: false, problems: nil)
    #expect(try token(served(live)) != failed, "the end of a failure reloads")
  }

  @Test func aFailedBuildShowsItsProblemsEscaped() {
    let live = LiveReload()
    live.buildEnded(changedOutput: false, problems: ["a.txt:1:2: error: <b>&\"x\"</b>", "build failed: 1 error"])
    let html = served(live)
    #expect(html.contains("id=\"diglot-build-failed\""))
    #expect(html.contains("a.txt:1:2: error: &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;\nbuild failed: 1 error</pre>"))
    #expect(!html.contains("<b>&"))
    live.buildEnded(changedOutput: true, problems: nil)
    #expect(!served(live).contains("diglot-build-failed"))
  }

  @Test func aSocketGetsTheTokenAtOnceAndAfterEachBuildThatCounts() async throws {
    let live = LiveReload()
    let (client, _) = AsyncStream<WSMessage>.makeStream()
    var messages = try await live.makeMessages(for: client).makeAsyncIterator()
    let served = try token(served(live))
    #expect(await messages.next() == .text(served))
    live.buildEnded(changedOutput: false, problems: nil)
    live.buildEnded(changedOutput: true, problems: nil)
    let next = try token(self.served(live))
    #expect(next != served)
    #expect(await messages.next() == .text(next), "the build that wrote nothing sent nothing")
  }
}
