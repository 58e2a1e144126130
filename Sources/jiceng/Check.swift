import ArgumentParser
import JicengConsole

/// `jiceng check FILE…`: parse and resolve scripts without running them.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scripts without running them: silent and 0 when clean, each problem located otherwise.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Script files to check.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name the scripts to check") }
    }

    func run() throws {
        let console = global.console
        let engine = EngineFactory.make(colors: console.style.enabled, language: global.language)
        try finish(with: console.checkScripts(files, engine: engine))
    }
}
