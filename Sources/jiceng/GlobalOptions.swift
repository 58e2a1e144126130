import ArgumentParser
import JicengBase
import JicengConsole
import JicengLang

extension ColorChoice: ExpressibleByArgument {}
extension ConsoleLanguage: ExpressibleByArgument {}

/// Options every subcommand takes, as ArgumentParser reads them.
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

    @Option(help: ArgumentHelp(
        "Which files scripts may read and write (run, import, export, show … to): any, none, or only those inside a folder (default: any).",
        valueName: "any|none|folder"))
    var files: String?

    var settings: GlobalSettings {
        GlobalSettings(color: color, lang: lang, store: store, showPersonalData: showPersonalData, today: today, files: files)
    }

    func validate() throws {
        if let problem = settings.problem { throw ValidationError(problem) }
    }

    var pinnedDay: Day? { settings.pinnedDay }
    var filePolicy: FilePolicy { settings.filePolicy }
    var day: Day { settings.day }
    var language: ConsoleLanguage { settings.language }
    var messageLanguage: MessageLanguage { settings.messageLanguage }
    var console: Console { settings.console }
}

/// The global options' values and what follows from them, apart from how they were
/// read (by ArgumentParser, or by QuickRun for a plain `jiceng run`).
struct GlobalSettings: Equatable {
    var color: ColorChoice = .auto
    var lang: ConsoleLanguage?
    var store: String?
    var showPersonalData = false
    var today: String?
    var files: String?

    /// What is wrong with the options, if anything.
    var problem: String? {
        if case .onlyUnder(let folder) = filePolicy, !RealPath.isFolder(folder) {
            return "--files: \"\(folder)\" is not a folder (any, none, or an existing folder)"
        }
        if let today, Day(today) == nil { return "--today must be a date such as 2026-11-26, not \"\(today)\"" }
        if today == nil, let pinned = Environment.value("JICENG_TODAY"), Day(pinned) == nil {
            return "JICENG_TODAY must be a date such as 2026-11-26, not \"\(pinned)\""
        }
        return nil
    }

    /// The date pinned by --today or JICENG_TODAY (a monthly script previewed "as of" a
    /// day, or a reproducible run); nil means the system's date.
    var pinnedDay: Day? {
        (today ?? Environment.value("JICENG_TODAY")).flatMap { Day($0) }
    }

    /// What --files allows scripts: `any` (the default: a person's own console), `none`,
    /// or one folder (a cron job that should write its reports there and nowhere else).
    var filePolicy: FilePolicy {
        switch files {
        case nil, "any": .allowed
        case "none": .denied
        case let folder?: .onlyUnder(folder)
        }
    }

    /// Today as every command sees it.
    var day: Day { pinnedDay ?? Today.day }

    var language: ConsoleLanguage {
        lang ?? ConsoleLanguage.fromEnvironment(Console.processEnvironment)
    }

    /// The language of what the subcommands say.
    var messageLanguage: MessageLanguage { language == .zh ? .chinese : .english }

    var console: Console {
        Console(configuration: .init(language: language, color: color, version: Jiceng.version))
    }
}
