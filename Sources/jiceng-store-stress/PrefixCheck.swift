import JicengBase
import JicengDomain
import JicengStore

/// After a kill: the store loads and holds exactly the first n rounds of `CrashShape`,
/// whole and in order, with n at least every acknowledged round. The kill loop runs it
/// after every kill; `jiceng-store-stress verify` runs it alone (and the tests show it
/// failing on stores that break each rule).
enum PrefixCheck {
    struct Found {
        /// Rounds the store holds (K1…Kn).
        let rounds: Int
        /// The counter street is there (the first commit was made).
        let hasCounter: Bool
        /// The load dropped a torn last journal line (a kill in the middle of its write).
        let droppedTornLine: Bool
    }

    static func verify(folder: String, acknowledged: Int, previous: Int = 0) throws -> Found {
        let store = try FileStore(folder: folder, user: "checker")
        let loaded: (database: Database, warnings: [Message])
        do {
            loaded = try store.load(today: today)
        } catch {
            throw StressFailure("the store does not load: \(error)")
        }
        let db = loaded.database
        let n = db.districts.count
        let codes = Set(db.districts.handles.map { db.districts[$0].code })
        let expected = Set((0..<n).map { CrashShape.districtCode($0 + 1) })
        if codes != expected {
            let missing = expected.subtracting(codes).sorted().prefix(5), extra = codes.subtracting(expected).sorted().prefix(5)
            throw StressFailure("the store's \(n) districts are not K1…K\(n): missing \(Array(missing)), unexpected \(Array(extra))")
        }
        let counter = db.streets.handle(code: CrashShape.counterCode)
        if n > 0 {
            guard let counter else { throw StressFailure("the counter street is missing but \(n) rounds are there") }
            let name = db.streets[counter].name
            guard name == String(n) else {
                throw StressFailure("half a commit: K\(n) is there but the counter committed with it reads \(name)")
            }
        }
        guard n >= acknowledged else {
            throw StressFailure("an acknowledged commit is lost: round \(acknowledged) was acknowledged, the store holds \(n) rounds")
        }
        guard n >= previous else { throw StressFailure("commits went missing since the last load: \(previous) rounds then, \(n) now") }
        try checkHistory(store, rounds: n, hasCounter: counter != nil)
        let dropped = loaded.warnings.contains { $0.english.contains("incomplete last line") }
        return Found(rounds: n, hasCounter: counter != nil, droppedTornLine: dropped)
    }

    /// The audit trail and journal together list every commit once, numbered without gaps,
    /// in the order made: the counter's creation, then round 1, 2, … n.
    private static func checkHistory(_ store: FileStore, rounds n: Int, hasCounter: Bool) throws {
        let commits = n + (hasCounter ? 1 : 0)
        guard store.sequence == commits else {
            throw StressFailure("the store's last change is number \(store.sequence), but it holds \(commits) commits")
        }
        let history = try store.history()
        guard history.map(\.seq) == Array(0..<commits).map({ $0 + 1 }) else {
            throw StressFailure("the history is not commits 1…\(commits) in order: \(history.count) entries, numbered \(history.prefix(3).map(\.seq))…\(history.suffix(3).map(\.seq))")
        }
        for (i, entry) in history.enumerated() {
            let touched = entry.changes.map { "\($0.operation) \($0.kind.name) \($0.code)" }
            let expected = i == 0 ? ["insert street \(CrashShape.counterCode)"]
                : ["insert district \(CrashShape.districtCode(i))", "update street \(CrashShape.counterCode)"]
            guard touched == expected else {
                throw StressFailure("commit \(entry.seq) in the history is \(touched), expected \(expected)")
            }
        }
    }
}
