#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
@_spi(Store) import JicengDomain

/// The JSON store (SPEC §4): a folder with snapshot.json, journal.jsonl, audit.jsonl
/// and a lock. A commit appends one fsync'd journal line; a checkpoint writes a new
/// snapshot atomically and starts an empty journal. See docs/STORE.md for the format.
///
/// One `FileStore` serves one `Database` in one process; other processes may use the
/// same folder at the same time (the lock and the catch-up keep every commit).
public final class FileStore: Store {
    public static let snapshotName = "snapshot.json"
    public static let journalName = "journal.jsonl"
    public static let auditName = "audit.jsonl"
    public static let lockName = "lock"
    /// Past this many journal bytes a checkpoint is due (`checkpointDue`): replaying the
    /// journal on load stays quick, while checkpoints (which rewrite the whole snapshot) stay rare.
    public static let defaultCheckpointBytes = 4 << 20

    public let folder: String
    public let user: String
    public var checkpointBytes = FileStore.defaultCheckpointBytes

    private let lock: StoreLock
    private var snapshotPath: String { folder + "/" + FileStore.snapshotName }
    private var journalPath: String { folder + "/" + FileStore.journalName }
    private var auditPath: String { folder + "/" + FileStore.auditName }

    // What this process has read of the files.
    private var lastSeq = 0
    private var journalSeen: FileIdentity?
    /// Bytes of the journal that are whole, good lines; past them is a torn tail.
    private var journalGoodEnd = 0
    private var loaded = false

    /// The folder used when none is given: `./jiceng-data`.
    public static let defaultFolder = "jiceng-data"

    /// The store folder a console should use: `--store PATH`, else `JICENG_STORE`, else `./jiceng-data`.
    public static func folder(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["JICENG_STORE"], !env.isEmpty { return env }
        return defaultFolder
    }

    /// Opens (creating if needed) the store folder; reads nothing yet.
    public init(folder: String, user: String) throws {
        self.folder = folder
        self.user = user
        try Files.makeFolder(folder)
        lock = try StoreLock(path: folder + "/" + FileStore.lockName)
    }

    /// The sequence number of the last commit this process has read or made.
    public var sequence: Int { lastSeq }

    /// The journal has grown past `checkpointBytes`. A commit never checkpoints by itself
    /// (on a city that rewrites tens of megabytes inside one statement): the owner calls
    /// `checkpoint` when it is done committing, and the journal keeps every commit safe meanwhile.
    public var checkpointDue: Bool { journalGoodEnd >= checkpointBytes }

    // MARK: Loading

    public func load(today: Day) throws -> (database: Database, warnings: [Message]) {
        let db = Database(today: today)
        let warnings = try lock.withShared { try readAll(into: db) }
        loaded = true
        return (db, warnings)
    }

    /// Empties the database and reads the snapshot, then the journal after it.
    private func readAll(into db: Database) throws -> [Message] {
        db.removeAll()
        lastSeq = 0
        // The mapping and the decoder's lookups are gone before the reverse indexes are built.
        let mapped = try MappedFile(path: snapshotPath)
        do {
            if let seq = try mapped.map({ file in
                try Snapshot.decode(file.buffer, file: FileStore.snapshotName, into: db, release: file.release)
            }) {
                lastSeq = seq
                db.resetBackrefs()
            }
        } catch {
            db.removeAll() // a snapshot read halfway leaves placeholders in its rows: keep nothing of it
            throw error
        }
        snapshotSeq = lastSeq
        do {
            return try readJournal(into: db)
        } catch let ahead as JournalAhead {
            let held = mapped == nil ? nil : lastSeq
            throw StoreError.corrupt(StoreProblem(file: FileStore.journalName, line: 1,
                                                  message: .journalAhead(base: ahead.base, snapshotSeq: held),
                                                  repair: .putBackMatchingSnapshot(base: ahead.base, snapshotSeq: held)))
        }
    }

    /// The sequence number of the snapshot last read (what setting the journal aside would leave).
    private var snapshotSeq = 0

    /// The journal starts after the changes this database holds (someone checkpointed since).
    private struct JournalAhead: Error { let base: Int }

    /// Replays the journal lines after `lastSeq`. Returns warnings (a dropped torn last line).
    /// Throws `JournalAhead` when the journal starts after what this database holds.
    /// Lines run from the header's base + 1 without a gap; those this database already
    /// holds (an interrupted checkpoint, or read before) are skipped.
    private func readJournal(into db: Database) throws -> [Message] {
        let identity = try Files.identity(journalPath)
        guard let bytes = try Files.read(journalPath) else {
            journalSeen = nil
            journalGoodEnd = 0
            return []
        }
        let file = FileStore.journalName
        let lines = Journal.lines(bytes)
        guard let header = lines.first else {
            throw StoreError.corrupt(StoreProblem(file: file, message: .journalEmpty(format: Journal.formatName),
                                                  repair: .startNewJournal(snapshotSeq: snapshotSeq)))
        }
        guard header.terminated, let base = Journal.base(ofHeader: bytes[header.range]) else {
            let isCommit = bytes[header.range].starts(with: Journal.linePrefix)
            throw StoreError.corrupt(StoreProblem(file: file, line: 1, message: .journalHeaderMissing(format: Journal.formatName, isCommit: isCommit),
                                                  repair: .putHeaderBack(isCommit: isCommit, snapshotSeq: snapshotSeq)))
        }
        guard base <= lastSeq else { throw JournalAhead(base: base) }
        let startSeq = lastSeq
        var warnings: [Message] = []
        var goodEnd = header.range.upperBound + 1
        var previous = base
        for (n, line) in lines.enumerated().dropFirst() {
            let text = bytes[line.range]
            let isLast = n == lines.count - 1
            let repair = LoadProblems.journalRepair(line: line.number, lastGoodSeq: previous, snapshotSeq: snapshotSeq)
            guard line.terminated, Journal.checksumMatches(text) else {
                if isLast {
                    warnings.append(Message(StoreMessage.droppedTornLine(file: file, line: line.number)))
                    break
                }
                throw LoadProblems.damagedJournalLine(text, number: line.number, lastGoodSeq: previous, snapshotSeq: snapshotSeq)
            }
            guard let seq = Journal.seq(of: text) else {
                throw StoreError.corrupt(StoreProblem(file: file, line: line.number, column: 1, message: Message(StoreMessage.lineWithoutSeq), repair: repair))
            }
            guard seq == previous + 1 else {
                let what: StoreMessage = seq > previous + 1 ? .changesMissing(seq: seq, next: previous + 1) : .changeRepeated(seq: seq, previous: previous)
                throw StoreError.corrupt(StoreProblem(file: file, line: line.number, column: 1, message: Message(what), repair: repair))
            }
            previous = seq
            goodEnd = line.range.upperBound + 1
            if seq <= startSeq { continue } // already held (a checkpoint interrupted before trimming, or read before)
            db.begin()
            do {
                try Journal.replay(text, into: db)
                db.commit()
            } catch let e as JSONError {
                db.rollback()
                throw LoadProblems.journalContent(e, in: text, number: line.number, lastGoodSeq: seq - 1, snapshotSeq: snapshotSeq)
            }
            lastSeq = seq
        }
        _ = db.takeChanges() // replayed changes are already durable
        journalSeen = identity
        journalGoodEnd = goodEnd
        return warnings
    }

    // MARK: Committing

    @discardableResult
    public func commit(_ db: Database, _ info: CommitInfo) throws -> Int {
        guard loaded else { throw StoreError.usage("load the store before committing to it") }
        guard db.transactionDepth == 0 else { throw StoreError.usage("commit inside an open transaction; end it first") }
        let mine = db.pendingChanges
        guard !mine.isEmpty else { return lastSeq }
        do {
            return try lock.withExclusive {
                if try Files.identity(journalPath) != journalSeen {
                    // Someone else committed: take our changes out, read theirs, put ours back on top.
                    db.discardChanges()
                    try catchUp(db)
                    try reapply(mine, to: db)
                }
                let seq = lastSeq + 1
                try append(Journal.line(seq: seq, time: Journal.now(), info: info, records: db.pendingChanges, db: db))
                lastSeq = seq
                _ = db.takeChanges()
                return seq
            }
        } catch {
            // Memory must match the files: what was not committed is not kept.
            if !db.pendingChanges.isEmpty { db.discardChanges() }
            throw error
        }
    }

    /// Brings the database up to the files' latest state (under the exclusive lock).
    private func catchUp(_ db: Database) throws {
        do {
            _ = try readJournal(into: db)
        } catch is JournalAhead {
            // Another process checkpointed past what we had read: read the new snapshot.
            _ = try readAll(into: db)
        }
    }

    /// Re-applies our changes (as new, validated changes) after others' commits. Records we
    /// inserted get new handles (and a new code where the model made the code).
    private func reapply(_ records: [ChangeRecord], to db: Database) throws {
        var moved: [EntityRef: EntityRef] = [:]
        func map(_ v: DomainValue) -> DomainValue {
            switch v {
            case .ref(let r): .ref(moved[r] ?? r)
            case .list(let items): .list(items.map(map))
            case .pairs(let pairs): .pairs(pairs.map { .init(map($0.key), map($0.value)) })
            default: v
            }
        }
        let command = db.currentCommand
        defer { db.currentCommand = command }
        db.begin()
        do {
            for record in records {
                db.currentCommand = record.command
                switch record.change {
                case .insert(let ref, let values):
                    var byIndex: [Int: DomainValue] = [:]
                    for (i, v) in values.enumerated() where !v.isNone { byIndex[i] = map(v) }
                    if record.generatedCode { byIndex[0] = nil }
                    moved[ref] = try db.insert(ref.kind, byIndex)
                case .update(let ref, let fields):
                    try db.update(moved[ref] ?? ref, Dictionary(fields.map { ($0.field, map($0.new)) }, uniquingKeysWith: { $1 }))
                case .delete(let ref, _):
                    try db.delete(moved[ref] ?? ref)
                }
            }
            db.commit()
        } catch let rejected as ChangeRejected {
            db.rollback()
            throw StoreError.conflict("another user's changes came first: \(rejected)")
        }
    }

    /// Appends one line and fsyncs it. A torn tail left by a crash is cut off first.
    private func append(_ line: [UInt8]) throws {
        if !Files.exists(journalPath) {
            try Files.replaceAtomically(journalPath, folder: folder, with: Journal.header(base: lastSeq))
            journalGoodEnd = Journal.header(base: lastSeq).count
        }
        let fd = open(journalPath, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Files.fail(journalPath, "open") }
        defer { close(fd) }
        Files.tighten(fd)
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Files.fail(journalPath, "fstat") }
        if Int(st.st_size) > journalGoodEnd {
            guard ftruncate(fd, off_t(journalGoodEnd)) == 0 else { throw Files.fail(journalPath, "truncate") }
        }
        guard lseek(fd, off_t(journalGoodEnd), SEEK_SET) >= 0 else { throw Files.fail(journalPath, "seek") }
        try Files.writeAll(fd, line, path: journalPath)
        try Files.sync(fd, path: journalPath)
        journalGoodEnd += line.count
        journalSeen = try Files.identity(journalPath)
    }

    // MARK: Checkpoints

    public func checkpoint(_ db: Database) throws {
        guard loaded else { throw StoreError.usage("load the store before saving it") }
        guard db.transactionDepth == 0, db.pendingChanges.isEmpty else {
            throw StoreError.usage("commit or discard the pending changes before a checkpoint")
        }
        try lock.withExclusive {
            if try Files.identity(journalPath) != journalSeen { try catchUp(db) }
            try checkpointLocked(db)
        }
    }

    /// Copies new journal lines to the audit trail, writes the snapshot, then starts an
    /// empty journal, each step durable before the next: a crash between steps leaves
    /// a store that loads to the same state.
    private func checkpointLocked(_ db: Database) throws {
        try appendToAudit()
        try Files.replaceAtomically(snapshotPath, folder: folder, with: Snapshot.encode(db, seq: lastSeq))
        let header = Journal.header(base: lastSeq)
        try Files.replaceAtomically(journalPath, folder: folder, with: header)
        journalGoodEnd = header.count
        journalSeen = try Files.identity(journalPath)
    }

    private func appendToAudit() throws {
        guard let journal = try Files.read(journalPath) else { return }
        let fd = open(auditPath, O_RDWR | O_CREAT | O_CLOEXEC, Files.fileMode)
        guard fd >= 0 else { throw Files.fail(auditPath, "open") }
        defer { close(fd) }
        Files.tighten(fd)
        let audit = try Files.readAll(fd, path: auditPath, from: 0)
        let auditedUpTo = Audit.lastSeq(audit)
        var out: [UInt8] = []
        // A torn audit tail (a crash while appending) is cut off; its lines are copied again.
        let keep = audit.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        for line in Journal.lines(journal).dropFirst() where line.terminated {
            let text = journal[line.range]
            guard Journal.checksumMatches(text), let seq = Journal.seq(of: text), seq > auditedUpTo else { continue }
            out += try Audit.masked(text)
        }
        guard !out.isEmpty || keep != audit.count else { return }
        guard ftruncate(fd, off_t(keep)) == 0, lseek(fd, off_t(keep), SEEK_SET) >= 0 else { throw Files.fail(auditPath, "truncate") }
        try Files.writeAll(fd, out, path: auditPath)
        try Files.sync(fd, path: auditPath)
    }

    // MARK: History

    /// Every commit in order: the audit trail, then the journal lines not yet folded into it.
    public func history() throws -> [HistoryEntry] {
        try lock.withShared {
            var entries: [HistoryEntry] = []
            var seen = 0
            for (path, skipHeader) in [(auditPath, false), (journalPath, true)] {
                guard let bytes = try Files.read(path) else { continue }
                for line in Journal.lines(bytes).dropFirst(skipHeader ? 1 : 0) where line.terminated {
                    let text = bytes[line.range]
                    guard Journal.checksumMatches(text), let entry = HistoryEntry(text), entry.seq > seen else { continue }
                    entries.append(entry)
                    seen = entry.seq
                }
            }
            return entries
        }
    }
}
