import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase
import JicengCommands
import JicengDomain
import JicengStore

/// `jiceng import members roster.csv`: one commit of all the rows, or none.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records from a CSV file (UTF-8 or GB18030/GBK, headers in English or Chinese).",
        discussion: """
            Every bad row is reported with its line and reason; nothing is imported unless \
            every row is good, or --skip-bad is given (then the good rows are imported and \
            the exit status is 0). Lists are separated by ';', notes written code:note.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("What the rows are: members, orgs, units, communities, …", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Flag(help: "Import the good rows and report the bad ones.")
    var skipBad = false

    @Flag(help: "Check the file and say what would be imported; change nothing.")
    var dryRun = false

    func validate() throws {
        guard KindArgument.kind(kind) != nil else { throw KindArgument.unknown(kind) }
    }

    func run() throws {
        let kind = KindArgument.kind(kind)!
        let (store, db) = try StoreAccess.open(global, today: global.day)
        let report: ImportReport
        do {
            report = try CSVImport.run(kind, path: file, into: db, options: ImportOptions(skipBad: skipBad))
        } catch {
            throw StoreAccess.fail(global, error)
        }
        let l = global.messageLanguage
        for problem in report.problems { StoreAccess.printError(global, Message(CLIMessage.error(problem.text(l)))) }
        guard report.applied else { throw StoreAccess.fail(global, report.summaryMessage()) }
        if dryRun {
            print(CLIMessage.dryRunWouldImport(report.imported.count, kind, file: file, encoding: report.encoding.rawValue).text(l))
            print(ChangeSummary(db.pendingChanges, in: db).text(l))
            db.discardChanges()
            return
        }
        do {
            try store.commit(db, CommitInfo(user: StoreAccess.user(global), source: file, command: "import \(kind.name)s \(file)"))
            // A large import is one long journal line: fold it in now, once it is safe in the journal.
            if store.checkpointDue { try store.checkpoint(db) }
        } catch {
            throw StoreAccess.fail(global, error)
        }
        print(report.summaryMessage().text(l))
    }
}
