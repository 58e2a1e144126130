import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase
import JicengCommands
import JicengDomain

/// `jiceng export members --to roster.csv`: a kind's records for Excel or programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export records as CSV (UTF-8 with a byte order mark, for Excel) or JSON; ID and phone numbers masked unless --show-pii.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("What to export: members, orgs, units, meetings, …", valueName: "kind"))
    var kind: String

    @Option(help: "csv or json (default: from the --to file's extension, else csv).")
    var format: String?

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var to: String?

    func validate() throws {
        guard KindArgument.kind(kind) != nil else { throw KindArgument.unknown(kind) }
        if let format, ![OutputFormat.csv, .json].contains(OutputFormat(word: format)) {
            throw ValidationError("--format is csv or json")
        }
    }

    func run() throws {
        let kind = KindArgument.kind(kind)!
        let chosen = format.flatMap(OutputFormat.init(word:)) ?? to.flatMap(OutputFormat.init(fileName:)).flatMap { [.csv, .json].contains($0) ? $0 : nil } ?? .csv
        let (_, db) = try StoreAccess.open(global, today: global.day)
        let text = EntityExport.render(kind, in: db, format: chosen, language: global.language == .zh ? .zh : .en,
                                       showPersonalData: global.showPersonalData, forFile: to != nil)
        guard let to else { print(text, terminator: ""); return }
        // Personal data: the file is the owner's alone, as the store's files are.
        do { try PrivateFiles.write(text.utf8, to: to) } catch {
            throw StoreAccess.fail(global, Message(CLIMessage.cannotWrite(to, reason: error.reason)))
        }
        StoreAccess.printError(global, Message(CLIMessage.exported(db.table(kind).count, kind, file: to)))
    }
}

