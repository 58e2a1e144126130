import ArgumentParser
import Foundation
import JicengBase
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

    @Option(help: ArgumentHelp(
        "Take this date as today for ages, arrears, expiry and reports (default: $JICENG_TODAY, else the system date).",
        valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if let today, Day(today) == nil { throw ValidationError("--today must be a date such as 2026-11-26, not \"\(today)\"") }
        if today == nil, let pinned = ProcessInfo.processInfo.environment["JICENG_TODAY"], Day(pinned) == nil {
            throw ValidationError("JICENG_TODAY must be a date such as 2026-11-26, not \"\(pinned)\"")
        }
    }

    /// The date pinned by --today or JICENG_TODAY (a monthly script previewed "as of" a
    /// day, or a reproducible run); nil means the system's date.
    var pinnedDay: Day? {
        (today ?? ProcessInfo.processInfo.environment["JICENG_TODAY"]).flatMap { Day($0) }
    }

    /// Today as every command sees it.
    var day: Day { pinnedDay ?? Today.day }

    var language: ConsoleLanguage {
        lang ?? ConsoleLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var console: Console {
        Console(configuration: .init(language: language, color: color, version: Jiceng.version))
    }
}
