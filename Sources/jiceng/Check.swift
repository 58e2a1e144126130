import ArgumentParser
import JicengCommands
import JicengConsole

/// `jiceng check FILE…`: parse and resolve scripts without running them. Without files:
/// check the store's integrity and rules.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", // named, not derived from the type's name by reflection at every start
        abstract: "Check scripts without running them, or with no files the store: silent and 0 when clean, each problem located otherwise.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Script files to check (none: check the store).", valueName: "file"))
    var files: [String] = []

    func run() throws {
        let console = global.console
        guard !files.isEmpty else { return try checkStore(console) }
        let engine = try EngineFactory.make(colors: console.style.enabled, global: global.settings)
        try finish(with: console.checkScripts(files, engine: engine))
    }
}

extension Check {
    /// Every rule over every record: errors (exit 1) and notices (空挂, 失联), one a line.
    func checkStore(_ console: Console) throws {
        let session = try EngineFactory.openSession(global.settings)
        defer { session.close() }
        let problems = session.checkStore()
        for problem in problems { StandardStream.output.write(StoreCommands.line(problem) + "\n") }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(ConsoleExitCode.scriptError.rawValue) }
    }
}
