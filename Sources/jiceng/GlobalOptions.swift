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

    @Option(help: ArgumentHelp("The store folder (default: $JICENG_STORE, else ./jiceng-data; created on first use).", valueName: "path"))
    var store: String?

    @Flag(name: .customLong("show-pii"), help: "Show ID and phone numbers in the clear (masked otherwise).")
    var showPersonalData = false

    var language: ConsoleLanguage {
        lang ?? ConsoleLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var console: Console {
        Console(configuration: .init(language: language, color: color, version: Jiceng.version))
    }
}
