import ArgumentParser
import JicengConsole

/// `jiceng run FILE… | -`: scripts, each one transaction, in order.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", // named, not derived from the type's name by reflection at every start
        abstract: "Run scripts; each is one transaction and stops at its first error.",
        discussion: "A script may start with `#!/usr/bin/env -S jiceng run` and be run directly.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Run on after an error, reporting each one (the run still exits 1).")
    var keepGoing = false

    @Flag(help: "Run, commit nothing, and say what the scripts would have changed.")
    var dryRun = false

    @Option(name: .customLong("var"), help: ArgumentHelp("Set a script variable.", valueName: "name=value"))
    var variables: [String] = []

    @Argument(help: ArgumentHelp("Script files, or - for standard input.", valueName: "file"))
    var files: [String]

    var request: RunRequest {
        RunRequest(global: global.settings, keepGoing: keepGoing, dryRun: dryRun, variables: variables, files: files)
    }

    func validate() throws {
        if let problem = request.problemOfItsOwn { throw ValidationError(problem) }
    }

    func run() throws {
        try finish(with: request.execute())
    }
}

/// What `jiceng run` was asked to do, however its arguments were read (ArgumentParser,
/// or QuickRun for the plain forms).
struct RunRequest: Equatable {
    var global = GlobalSettings()
    var keepGoing = false
    var dryRun = false
    var variables: [String] = []
    var files: [String] = []

    /// What is wrong with the arguments, if anything.
    var problem: String? { problemOfItsOwn ?? global.problem }

    /// What is wrong with the arguments of `run` itself (the global options check theirs).
    var problemOfItsOwn: String? {
        guard !files.isEmpty else { return "name at least one script, or - for standard input" }
        guard files.filter({ $0 == "-" }).count <= 1 else { return "- (standard input) may be named once" }
        for variable in variables where !variable.contains("=") || variable.hasPrefix("=") {
            return "--var wants name=value, not \"\(variable)\""
        }
        return nil
    }

    func execute() throws -> ConsoleExitCode {
        let console = global.console
        let engine = try EngineFactory.make(colors: console.style.enabled, global: global)
        let pairs = variables.map { variable in
            let parts = variable.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (name: String(parts[0]), text: parts.count > 1 ? String(parts[1]) : "")
        }
        return console.runScripts(files, options: ScriptOptions(keepGoing: keepGoing, dryRun: dryRun), variables: pairs, engine: engine)
    }
}
