import ArgumentParser
import DiglotServe
import Foundation

struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the site and serve it over HTTP, rebuilding and reloading the open pages on every change.",
    discussion: """
      Builds as `watch` does, and serves the output folder at http://127.0.0.1:8000/ (or --host \
      and --port). Pages open in a browser reload by themselves after every build that changes \
      the site. When a build fails, the last good site is still served, with the build's \
      diagnostics over every page until it is fixed. The script that does this is added to the \
      pages as they are served, never to the files of the output folder. Ctrl-C (or SIGTERM) \
      stops serving between builds, with exit code 0.
      """)

  @OptionGroup var arguments: BuildArguments

  @OptionGroup var watching: WatchArguments

  @Option(
    help: "The address to listen on: 127.0.0.1 serves this computer only, 0.0.0.0 (or ::) every network it is on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on; 0 takes any free port.")
  var port: UInt16 = 8000

  func run() throws {
    let stop = StopRequest(signals: [SIGINT, SIGTERM])
    let folders = WatchedFolders(input: arguments.input, templates: arguments.templates)
    let address: String
    let server: SiteServer
    do {
      server = try SiteServer(folder: arguments.output, host: host, port: port)
      address = try server.start()
    } catch {
      Console.error("error: \(error)\n")
      throw ExitCode(1)
    }
    Console.error(
      "serving \(arguments.output)/ at \(address), watching \(folders.input)/ and \(folders.templates)/ (Ctrl-C to stop)\n"
    )
    let options = arguments.options
    folders.watch(every: watching.interval, until: stop) {
      let outcome = arguments.build(options)
      server.buildEnded(changedOutput: outcome.changedOutput, problems: outcome.succeeded ? nil : outcome.problems)
    }
    Console.error("stopped serving\n")
  }
}
