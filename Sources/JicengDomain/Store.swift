import JicengBase

/// Who made a commit, where and with what: the metadata of one journal line.
public struct CommitInfo: Sendable, Hashable {
    public var user: String
    /// Script file and line ("monthly.jc:14"), or "" for the REPL.
    public var source: String
    /// The command text (or "run monthly.jc" for a batch).
    public var command: String
    public init(user: String, source: String = "", command: String = "") {
        self.user = user; self.source = source; self.command = command
    }
}

/// Where the database lives between runs. `JicengStore.FileStore` keeps a folder of
/// JSON files; a PostgreSQL backend could serve a city's staff behind the same protocol.
public protocol Store: AnyObject {
    /// Reads the whole state; warnings are things repaired on the way (a torn last journal line).
    func load(today: Day) throws -> (database: Database, warnings: [Message])
    /// Makes the database's pending changes durable as one commit and returns its sequence
    /// number. Changes others committed meanwhile are brought in first; if ours no longer
    /// fit (a rule now fails), nothing is committed and the pending changes are dropped.
    @discardableResult
    func commit(_ database: Database, _ info: CommitInfo) throws -> Int
    /// Folds the journal into a new snapshot.
    func checkpoint(_ database: Database) throws
}
