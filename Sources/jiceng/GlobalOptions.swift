import ArgumentParser
import Foundation
import JicengConsole

extension ColorChoice: ExpressibleByArgument {}
extension ConsoleLanguage: ExpressibleByArgument {}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Language of messages and help: zh or en (default: from LANG).")
    var lang: ConsoleLanguage?

    var language: ConsoleLanguage {
        lang ?? ConsoleLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var console: Console {
        Console(configuration: .init(language: language, color: color, version: Jiceng.version))
    }
}
