import JicengBase
import JicengDomain
import JicengLang
import JicengStore

/// How `execute` runs and commits a chunk of source (SPEC §4).
public enum ExecutionKind: Sendable, Equatable {
    /// The REPL and piped input: the chunk commits on its own when it succeeds.
    case interactive
    /// A script file: one transaction, committed only if the whole script succeeds.
    case script
    /// A script that runs, commits nothing, and says what it would have changed.
    case dryRun
}

extension JicengSession {
    /// Runs `source` and commits by `kind`. Returns the value of the last expression (what
    /// the REPL echoes). On any error nothing of the chunk is kept, in memory or on disk.
    /// `firstLine` is where the chunk starts in `file` (REPL and piped input), so
    /// messages and the journal name the real line; a chunk already moved down with
    /// blank lines (as the console hands it over) is fine too.
    @discardableResult
    public func execute(_ source: String, file: String, firstLine: Int = 1, kind: ExecutionKind) throws(ScriptError) -> Value {
        // A chunk starts clean: anything left open by a host that changed the database
        // directly, outside `execute`, is not this chunk's to commit.
        if !database.pendingChanges.isEmpty || database.transactionDepth > 0 { database.discardChanges() }
        database.today = options.today ?? JicengSession.systemToday()
        let text = firstLine > 1 ? String(repeating: "\n", count: firstLine - 1) + source : source
        undoing = nil
        announced = nil
        var value: Value
        do {
            value = try interpreter.run(text, file: file)
        } catch {
            abandon()
            throw error
        }
        switch kind {
        case .dryRun:
            let records = database.pendingChanges
            let summary = ChangeSummary(records, in: database)
            database.discardChanges()
            undoing.map { undoStack.append($0) }
            interpreter.output(DryRun.report(summary, interpreter.messageLanguage))
        case .interactive:
            // Already said (`created wish W12`): the REPL need not echo it again.
            if case .entity(let e) = value, let ref = bridge.record(e), ref == announced { value = .nil }
            let line = firstLine + source.prefix { $0 == "\n" }.count
            try commit(CommitInfo(user: options.user, source: "\(file):\(line)", command: CommitText.scrubbed(source)), file: file)
        case .script:
            try commit(CommitInfo(user: options.user, source: file, command: "run \(file)"), file: file)
        }
        return value
    }

    /// Drops what a failed chunk changed; an `undo` in it did not happen.
    private func abandon() {
        database.discardChanges()
        if let undone = undoing { undoStack.append(undone) }
        undoing = nil
    }

    /// Makes the chunk's changes durable as one commit and remembers them for `undo`.
    private func commit(_ info: CommitInfo, file: String) throws(ScriptError) {
        let records = database.pendingChanges
        if !records.isEmpty {
            if let store {
                let before = store.sequence
                do {
                    try store.commit(database, info)
                } catch {
                    abandon()
                    throw ScriptError([Diagnostic(id: BridgeErrorID.storeFailed, message: Message(CommandMessage.nothingCommitted("\(error)")),
                                                  file: SourceFile(name: file, text: ""), range: SourceRange(start: 0, end: 0))])
                }
                // Others' commits came in first: our records' handles may have moved, so
                // what this session could undo is no longer certain.
                if store.sequence != before + 1 { undoStack.removeAll() }
            } else {
                _ = database.takeChanges()
            }
            commitsMade += 1
            if undoing == nil { undoStack.append(SessionCommit(records: records, command: info.command)) }
            if undoStack.count > JicengSession.undoDepth { undoStack.removeFirst() }
        }
        undoing = nil
        if checkpointRequested, let store {
            checkpointRequested = false
            try? store.checkpoint(database)
        }
    }

    /// Commits `undo` can walk back: enough for a working session, bounded so a long
    /// piped run does not keep every change in memory.
    static let undoDepth = 100
}

/// The `--dry-run` report: what the script would have changed.
enum DryRun {
    static func report(_ summary: ChangeSummary, _ language: MessageLanguage = .english) -> String {
        language.pick("dry run: nothing was committed; the script would make ", "试运行：没有提交任何改动；这个脚本将做出 ")
            + summary.text(language) + "\n"
    }
}

/// One commit this session made, as `undo` needs it.
struct SessionCommit {
    let records: [ChangeRecord]
    /// The command text as journaled (personal numbers masked).
    let command: String
}
