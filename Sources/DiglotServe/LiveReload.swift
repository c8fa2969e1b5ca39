import FlyingFox
import Foundation

/// What the open pages are told about the builds: a token that changes whenever the served site
/// does, and the problems of the last build when it failed.
///
/// Every HTML response gets a small script with the token it was served with; the script opens a
/// WebSocket to ``path``, which sends the current token at once and again after every build that
/// changed something, and the page reloads when the token is not its own. So a page never misses
/// a build that ended between its load and its socket's opening, and a page left open while the
/// server restarted reloads too. While the last build failed, HTML responses also get an overlay
/// with its problems.
final class LiveReload: WSMessageHandler, @unchecked Sendable {
  /// The WebSocket's path: hidden, so no file of a site can have it.
  static let path = "/.diglot/live"

  private let lock = NSLock()
  /// Tells tokens of this server from those of an earlier one.
  private let start = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
  private var builds = 0
  private var problems: [String]?
  private var sockets: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

  /// Takes note of a build's end. The pages reload when the output changed, or when the build's
  /// failure began, ended or changed its problems.
  func buildEnded(changedOutput: Bool, problems: [String]?) {
    let update: (token: String, sockets: [AsyncStream<WSMessage>.Continuation])? = lock.withLock {
      guard changedOutput || problems != self.problems else { return nil }
      self.problems = problems
      builds += 1
      return (token, Array(sockets.values))
    }
    guard let update else { return }
    for socket in update.sockets { socket.yield(WSMessage.text(update.token)) }
  }

  /// The messages for a new socket: the current token now, then after every build that counts.
  func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
    let id = UUID()
    let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
    continuation.onTermination = { [weak self] _ in self?.removeSocket(id) }
    lock.withLock {
      sockets[id] = continuation
      continuation.yield(WSMessage.text(token))
    }
    return messages
  }

  private func removeSocket(_ id: UUID) {
    lock.withLock { _ = sockets.removeValue(forKey: id) }
  }

  /// An HTML page as served: the script, and the overlay while the last build failed, just
  /// before `</body>` (or at the end, when there is none).
  func served(page: Data) -> Data {
    let (token, problems): (String, [String]?) = lock.withLock { (self.token, self.problems) }
    var insert = Self.script(token: token)
    if let problems { insert = Self.overlay(problems) + insert }
    var page = page
    let at = page.range(of: Data("</body>".utf8), options: .backwards)?.lowerBound ?? page.endIndex
    page.insert(contentsOf: Data(insert.utf8), at: at)
    return page
  }

  /// Called with `lock` held.
  private var token: String { "\(start)-\(builds)" }

  private static func script(token: String) -> String {
    """
    <script>(() => {
      const served = "\(token)";
      const connect = () => {
        const socket = new WebSocket(location.origin.replace(/^http/, "ws") + "\(path)");
        socket.onmessage = (event) => { if (event.data !== served) location.reload(); };
        socket.onclose = () => setTimeout(connect, 1000);
      };
      connect();
    })();</script>

    """
  }

  private static func overlay(_ problems: [String]) -> String {
    let lines = problems.map(escaped).joined(separator: "\n")
    return """
      <div id="diglot-build-failed" role="alertdialog" aria-modal="true" aria-labelledby="diglot-build-failed-title" \
      style="position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 2rem; \
      background: rgba(0, 0, 0, 0.6); font: 16px/1.5 system-ui, sans-serif;">
      <div style="max-width: 60rem; margin: 0 auto; padding: 1.5rem; background: #fff; color: #111; \
      border-top: 0.5rem solid #b00020; box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.4);">
      <h2 id="diglot-build-failed-title" style="margin: 0 0 0.5rem; font-size: 1.25rem; color: #b00020;">\
      The build failed</h2>
      <p style="margin: 0 0 1rem;">This is the last site that built. Fix what is listed below and save: \
      this page reloads by itself.</p>
      <pre style="margin: 0; padding: 1rem; overflow: auto; white-space: pre-wrap; background: #f5f5f5; \
      color: #111; font: 14px/1.5 ui-monospace, monospace;">\(lines)</pre>
      </div>
      </div>

      """
  }

  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
