import FlyingFox
import FlyingSocks
import Foundation

/// Serves a built site's folder over HTTP on this computer while it is being rebuilt, and
/// reloads the pages open in browsers after each build (see ``LiveReload``).
///
/// Synchronous on purpose: the server runs on tasks of its own, and the command that owns it
/// goes on building on its thread.
public final class SiteServer: Sendable {
  /// Why the server could not start.
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  private let http: HTTPServer
  private let live = LiveReload()
  /// The host as it goes in a URL (`127.0.0.1`, `[::1]`), and the port asked for.
  private let host: String
  private let port: UInt16

  /// A server of `folder` on `host` (an IPv4 or IPv6 address, or `localhost`) and `port` (0:
  /// any free port); nothing is listening until ``start()``.
  public init(folder: String, host: String, port: UInt16) throws(StartError) {
    let ip = host == "localhost" ? "127.0.0.1" : host
    let socketAddress: any SocketAddress
    do {
      socketAddress = ip.contains(":") ? try .inet6(ip6: ip, port: port) : try .inet(ip4: ip, port: port)
    } catch {
      throw StartError(description: "\(host) is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0)")
    }
    self.host = ip.contains(":") ? "[\(ip)]" : ip
    self.port = port
    let handler = SiteHandler(folder: ServedFolder(path: folder), live: live)
    http = HTTPServer(config: .init(address: socketAddress, logger: .disabled), handler: handler)
  }

  /// Starts listening, and returns the site's address, e.g. `http://127.0.0.1:8000/`.
  public func start() throws(StartError) -> String {
    let failure = Locked<(any Error)?>(nil)
    let http = self.http
    Task {
      do { try await http.run() } catch { failure.value = error }
    }
    let port = blocking { () async -> UInt16? in
      while failure.value == nil {
        if case .ip4(_, let port) = await http.listeningAddress { return port }
        if case .ip6(_, let port) = await http.listeningAddress { return port }
        try? await Task.sleep(for: .milliseconds(10))
      }
      return nil
    }
    guard let port else {
      var reason = failure.value.map { String(describing: $0) } ?? "unknown error"
      if case .failed(_, _, let message) = failure.value as? SocketError { reason = message.lowercased() }
      throw StartError(description: "cannot listen on \(host):\(self.port): \(reason)")
    }
    return "http://\(host):\(port)/"
  }

  /// Takes note of a build's end, for the open pages: they reload if the output changed or the
  /// build's failure began, ended or changed. `problems`: what went wrong, line by line, when
  /// the build failed; nil when it succeeded.
  public func buildEnded(changedOutput: Bool, problems: [String]?) {
    live.buildEnded(changedOutput: changedOutput, problems: problems)
  }
}

/// Answers a request: the live-reload socket, or a file of the folder.
private struct SiteHandler: HTTPHandler {
  let folder: ServedFolder
  let live: LiveReload

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let path = request.target.path()  // as sent: `request.path` has lost a final slash
    if path == LiveReload.path {
      return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: live)).handleRequest(request)
    }
    guard request.method == .GET || request.method == .HEAD else {
      var headers = HTTPHeaders()
      headers[HTTPHeader("Allow")] = "GET, HEAD"
      return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
    }
    switch folder.resolve(path) {
    case .file(let path):
      return response(.ok, file: path, for: request)
    case .folder(let location):
      var headers = HTTPHeaders()
      headers[.location] = location
      return HTTPResponse(statusCode: .movedPermanently, headers: headers)
    case .notFound:
      if let page = folder.notFoundPage, let body = FileManager.default.contents(atPath: page) {
        return response(.notFound, body: Self.rootBased(body), type: ContentType.html, for: request)
      }
      return response(
        .notFound, body: Data("<!DOCTYPE html><title>Not found</title><p>Not found</p>".utf8),
        type: ContentType.html, for: request)
    }
  }

  /// The site's `404.html`, whose relative links are written for the top of the site, with a
  /// `<base href="/">` so that they work at any depth.
  static func rootBased(_ page: Data) -> Data {
    guard let head = page.range(of: Data("<head>".utf8)) else { return page }
    var page = page
    page.insert(contentsOf: Data("\n<base href=\"/\">".utf8), at: head.upperBound)
    return page
  }

  private func response(_ status: HTTPStatusCode, file path: String, for request: HTTPRequest) -> HTTPResponse {
    guard let body = FileManager.default.contents(atPath: path) else {
      return HTTPResponse(statusCode: .notFound)  // removed since it was resolved
    }
    return response(status, body: body, type: ContentType.of(path: path), for: request)
  }

  private func response(_ status: HTTPStatusCode, body: Data, type: String, for request: HTTPRequest)
    -> HTTPResponse
  {
    let body = type == ContentType.html ? live.served(page: body) : body
    var headers = HTTPHeaders()
    headers[.contentType] = type
    headers[.cacheControl] = "no-store"  // every build may change any file
    headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
    guard request.method == .HEAD else { return HTTPResponse(statusCode: status, headers: headers, body: body) }
    headers[.contentLength] = String(body.count)
    return HTTPResponse(statusCode: status, headers: headers)
  }
}

/// A value shared between tasks, behind a lock.
private final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value
  init(_ value: Value) { stored = value }
  var value: Value {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}

/// Runs `body` on a task and waits for its result on this thread.
private func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
  let result = Locked<T?>(nil)
  let done = DispatchSemaphore(value: 0)
  Task {
    result.value = await body()
    done.signal()
  }
  done.wait()
  return result.value!
}
