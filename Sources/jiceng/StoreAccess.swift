import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase
import JicengCommands
import JicengConsole
import JicengDomain
import JicengStore

/// Opening the store the global options name, for the subcommands that work on it
/// directly (sample, import, export) rather than through a language session.
enum StoreAccess {
    /// The folder: --store, else $JICENG_STORE, else ./jiceng-data.
    static func folder(_ global: GlobalOptions) -> String { SessionOptions(storePath: global.store).resolvedStorePath }

    static func user(_ global: GlobalOptions) -> String { SessionOptions(storePath: global.store).user }

    /// Opens and loads the store; a store that cannot be read ends the command with 65.
    static func open(_ global: GlobalOptions, today: Day) throws -> (store: FileStore, database: Database) {
        do {
            let store = try FileStore(folder: folder(global), user: user(global))
            let (db, warnings) = try store.load(today: today)
            for w in warnings { printError(global, Message(CLIMessage.warning(w.text(global.messageLanguage)))) }
            return (store, db)
        } catch {
            printError(global, Message(CLIMessage.error(describe(error, global))))
            throw ExitCode(ConsoleExitCode.storeInvalid.rawValue)
        }
    }

    /// Ends the command with a script error (1) after saying why.
    static func fail(_ global: GlobalOptions, _ message: Message) -> ExitCode {
        printError(global, Message(CLIMessage.error(message.text(global.messageLanguage))))
        return ExitCode(ConsoleExitCode.scriptError.rawValue)
    }

    static func fail(_ global: GlobalOptions, _ error: any Error) -> ExitCode {
        fail(global, Message(verbatim: describe(error, global)))
    }

    /// An error in the reader's language where it carries its message in both.
    static func describe(_ error: any Error, _ global: GlobalOptions) -> String {
        let l = global.messageLanguage
        switch error {
        case let e as ImportError: return e.message.text(l)
        case let e as StoreError: return e.text(l)
        default: return "\(error)"
        }
    }

    static func printError(_ global: GlobalOptions, _ message: Message) {
        printError(global, message.text(global.messageLanguage))
    }

    /// Writes an error to stderr, ID and phone numbers it quotes (a store line, a CSV
    /// row) masked unless --show-pii: stderr of a cron job ends up in a log.
    static func printError(_ global: GlobalOptions, _ text: String) {
        let shown = global.showPersonalData ? text : Privacy.maskNumbers(in: text)
        StandardStream.error.write(global.console.style.diagnostics(shown) + "\n")
    }
}

/// Today in the local calendar (ages, expiry and "overdue" count from it).
enum Today {
    static var day: Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// The kind a command-line word names: the collection word scripts use (`members`,
/// `communities`), the singular, or the Chinese word (`党员`).
enum KindArgument {
    static func kind(_ word: String) -> Kind? {
        KindWords.kind(forPlural: word) ?? KindWords.kind(forWord: word) ?? Kind(named: word)
    }

    static func unknown(_ word: String) -> ValidationError {
        ValidationError("unknown kind \"\(word)\"; one of " + Kind.allCases.map(KindWords.plural).joined(separator: ", "))
    }
}
