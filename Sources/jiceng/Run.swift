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

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one script, or - for standard input") }
        guard files.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("- (standard input) may be named once") }
        for variable in variables where !variable.contains("=") || variable.hasPrefix("=") {
            throw ValidationError("--var wants name=value, not \"\(variable)\"")
        }
    }

    func run() throws {
        let console = global.console
        let engine = try EngineFactory.make(colors: console.style.enabled, global: global)
        let pairs = variables.map { variable in
            let parts = variable.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (name: String(parts[0]), text: parts.count > 1 ? String(parts[1]) : "")
        }
        try finish(with: console.runScripts(files, options: ScriptOptions(keepGoing: keepGoing, dryRun: dryRun), variables: pairs, engine: engine))
    }
}
