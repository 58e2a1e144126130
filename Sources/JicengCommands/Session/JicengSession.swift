#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
import JicengDomain
import JicengLang
import JicengStore

/// A working session: the interpreter with every command of the work registered, the
/// database it works on and the store that keeps it. The console drives one; a host
/// program embeds one.
///
/// Commit policy (SPEC §4): `execute(…, mode: .interactive)` — the REPL and piped input —
/// commits each chunk on its own; `.script` runs a whole file as one transaction and
/// commits nothing if it fails; `.dryRun` runs, rolls back and says what it would have
/// changed. `transaction { … }` groups statements inside one chunk.
///
/// Like the Interpreter, a session is used from one thread at a time.
public final class JicengSession: @unchecked Sendable {
    public let interpreter: Interpreter
    public let bridge: DomainBridge
    public var database: Database { bridge.database }
    /// Nil for an in-memory session.
    public let store: FileStore?
    public var options: SessionOptions {
        didSet { applyOptions() }
    }
    /// Things repaired while loading (a torn last journal line), for the console to show.
    public let loadWarnings: [Message]

    /// The changes of each commit this session made, newest last, for `undo`.
    var undoStack: [SessionCommit] = []
    /// Set by `undo` while its chunk runs: the commit it reverts (put back if the chunk fails).
    var undoing: SessionCommit?
    /// `save` inside a transaction asks for a checkpoint once the changes are committed.
    var checkpointRequested = false
    /// Commits this session made (a session that made none need not checkpoint on close).
    var commitsMade = 0
    /// The record a command of the running chunk has already announced (`created wish W12`).
    var announced: RecordRef?
    let reports = ReportResults()
    /// The value and format of the last `show`, so `show … to "x.csv"` can render for its file.
    var lastShown: (value: Value, format: JicengLang.OutputFormat?)?

    /// Opens the store named by `options` (creating it on first use) and loads it.
    public convenience init(options: SessionOptions, commands: [DomainCommand] = CommandCatalog.all) throws(SessionError) {
        if options.inMemory {
            self.init(database: Database(today: options.today ?? JicengSession.systemToday()), store: nil, warnings: [],
                      options: options, commands: commands)
            return
        }
        let folder = options.resolvedStorePath
        let store: FileStore
        let loaded: (database: Database, warnings: [Message])
        do {
            store = try FileStore(folder: folder, user: options.user)
            loaded = try store.load(today: options.today ?? JicengSession.systemToday())
        } catch {
            let reason = (error as? StoreError).map { Message($0) } ?? Message(verbatim: "\(error)")
            throw SessionError(Message(StoreMessage.cannotOpenStore(folder, reason)))
        }
        self.init(database: loaded.database, store: store, warnings: loaded.warnings, options: options, commands: commands)
    }

    init(database: Database, store: FileStore?, warnings: [Message], options: SessionOptions, commands: [DomainCommand]) {
        self.interpreter = Interpreter()
        self.bridge = DomainBridge(database: database)
        self.store = store
        self.options = options
        self.loadWarnings = warnings
        for kind in Kind.allCases { interpreter.register(type: bridge.type(kind)) }
        interpreter.register(type: reports.type)
        for command in commands { register(command) }
        installHooks()
        applyOptions()
    }

    /// Adds a command (a host program's own, or one of the work's).
    public func register(_ command: DomainCommand) {
        let label = command.label, bridge = bridge
        do {
            try interpreter.register(command: command.syntax) { [unowned self] invocation in
                let call = DomainCall(invocation: invocation, bridge: bridge, session: self)
                guard command.grouped else { return try command.run(call) }
                let db = bridge.database
                let outer = db.currentCommand
                db.currentCommand = label
                defer { db.currentCommand = outer }
                db.begin()
                do {
                    let result = try command.run(call)
                    db.commit()
                    return result
                } catch let rejected as ChangeRejected {
                    db.rollback()
                    throw call.diagnostics(for: rejected)
                } catch {
                    db.rollback()
                    throw error
                }
            }
        } catch {
            // A malformed declaration is a programming error in the command's author.
            preconditionFailure("\(error)")
        }
    }

    private func applyOptions() {
        bridge.showPersonalData = options.showPersonalData
        // An error quoting a script or a CSV row shows the numbers it wrote masked too.
        interpreter.diagnosticRedaction = options.showPersonalData ? nil : { Privacy.maskNumbers(in: $0) }
        bridge.language = options.language
        interpreter.messageLanguage = options.language == .zh ? .chinese : .english
        let terminal = outputOptions(forFile: false)
        reports.renderPlain = { ReportOutput.render($0, as: .table, options: terminal) }
        interpreter.today = options.today
        interpreter.filePolicy = options.filePolicy
        database.today = options.today ?? JicengSession.systemToday()
    }

    private func installHooks() {
        let db = database
        interpreter.transactionHooks = TransactionHooks(
            begin: { db.begin() }, commit: { db.commit() }, rollback: { db.rollback() })
        interpreter.showRenderer = { [unowned self] value, format in try self.render(value, format) }
        installFiles()
        interpreter.commands.addCompletions { [unowned self] (slot: CompletionSlot?) in self.completionNames(for: slot) }
        FieldHelp.install(in: interpreter.commands)
    }

    /// Codes and names for tab completion: of the kinds a command slot takes (its kind
    /// words, else its name: `branch`, `street`), else of every named kind.
    func completionNames(for slot: CompletionSlot? = nil) -> [String] {
        var kinds = slot?.kindWords.compactMap(KindWords.kind(forWord:)) ?? []
        if kinds.isEmpty, let name = slot?.name, let kind = KindWords.kind(forWord: name) { kinds = [kind] }
        if kinds.isEmpty { kinds = Kind.allCases.filter(\.isNamed) }
        var names: [String] = []
        for kind in kinds {
            let t = database.table(kind)
            names.append(contentsOf: t.allCodes)
            names.append(contentsOf: t.allNames)
        }
        return names
    }

    /// How `run` reads and `show … to` writes files (after the file policy allowed the
    /// path); a host or a test may keep them elsewhere. What `show … to` writes is
    /// rendered for a file in the format the extension implies.
    public var files: ScriptFiles = .local {
        didSet { installFiles() }
    }

    private func installFiles() {
        let files = self.files
        interpreter.files = ScriptFiles(read: files.read, write: { [unowned self] path, text in
            try files.write(path, self.textForFile(path, rendered: text))
        }, readBytes: files.readBytes)
    }

    /// Called when the console is done: folds the journal into a new snapshot if this
    /// session committed and the journal has grown past its threshold. A read-only run
    /// leaves the files alone, and a run that committed a little leaves its lines in the
    /// journal: rewriting a city's whole snapshot costs seconds, replaying a short journal
    /// on the next load costs little.
    public func close() {
        guard let store, commitsMade > 0, store.checkpointDue,
              database.transactionDepth == 0, database.pendingChanges.isEmpty else { return }
        try? store.checkpoint(database)
    }

    /// The local calendar date.
    static func systemToday() -> Day {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day(ordinal: 0)
    }
}
