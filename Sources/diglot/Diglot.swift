import ArgumentParser

@main
struct Diglot: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diglot",
    abstract: "Turns bilingual (Traditional Chinese + English) slide text into a linked static website.",
    subcommands: [Build.self, Watch.self, Serve.self, Parse.self, Figures.self, Check.self],
    defaultSubcommand: Build.self
  )
}
