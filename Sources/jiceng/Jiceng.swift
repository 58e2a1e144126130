import ArgumentParser
import JicengConsole

/// `jiceng` alone starts the REPL (or, with piped input, runs it without prompts).
struct Jiceng: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jiceng",
        abstract: "基层 — a scripting console for urban grassroots party-building work.",
        discussion: """
            With no subcommand: the REPL on a terminal, or, when input is piped, each \
            statement run and committed in turn (exit 1 if any failed).
            Exit codes: 0 ok, 1 a script error, 64 a usage error, 65 an unreadable or \
            invalid store, 130 interrupted.
            Shell completion: jiceng --generate-completion-script bash|zsh|fish
            """,
        version: version,
        subcommands: [Run.self, Check.self, SampleCommand.self, ImportCommand.self, ExportCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let console = global.console
        let engine = try EngineFactory.make(colors: console.replStyle.enabled, global: global.settings)
        try finish(with: console.runREPL(engine: engine))
    }
}

/// Ends the command with the console's exit status (ArgumentParser's own errors
/// already exit 64).
func finish(with code: ConsoleExitCode) throws {
    if code != .success { throw ExitCode(code.rawValue) }
}
