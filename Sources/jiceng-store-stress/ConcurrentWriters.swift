import JicengDomain
import JicengStore

/// Several writer processes (`WriterChild`) commit to one store at once; afterwards every
/// commit of every writer must be there, whole, once, and in each writer's order.
struct ConcurrentWriters {
    let folder: String
    let writers: Int
    let commitsEach: Int

    /// Writer names: the prefix of each writer's district codes.
    static let names = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }

    struct Summary {
        var commitsKept = 0
        var seconds = 0.0
    }

    func run() throws -> Summary {
        guard (1...ConcurrentWriters.names.count).contains(writers) else {
            throw StressFailure("between 1 and \(ConcurrentWriters.names.count) writers")
        }
        let start = monotonicSeconds()
        try setUp()
        let prefixes = Array(ConcurrentWriters.names.prefix(writers))
        let children = try prefixes.map { try Child(ownExecutable(), ["write", folder, $0, String(commitsEach)], readOutput: true) }
        for (prefix, child) in zip(prefixes, children) {
            while child.readLine() != nil {}
            let ending = child.wait()
            guard ending == .exited(0) else {
                throw StressFailure("writer \(prefix) \(ending); its last lines:\n  \(child.lastWords)")
            }
        }
        try verify(prefixes)
        return Summary(commitsKept: writers * commitsEach, seconds: monotonicSeconds() - start)
    }

    /// The community the writers' wishes belong to, in a store of its own.
    private func setUp() throws {
        let store = try FileStore(folder: folder, user: "setup")
        let db = try store.load(today: today).database
        guard db.districts.count == 0, db.wishes.count == 0 else { throw StressFailure("\(folder) must be a new, empty store") }
        try db.insert(.street, fields: ["code": .text(WriterShape.street), "name": .text("幸福路街道")])
        try db.insert(.community, fields: ["code": .text(WriterShape.community), "name": .text("金华社区"), "street": .text(WriterShape.street)])
        try store.commit(db, CommitInfo(user: "setup", command: "setup"))
    }

    private func verify(_ prefixes: [String]) throws {
        let store = try FileStore(folder: folder, user: "checker")
        let db: Database
        do { db = try store.load(today: today).database } catch { throw StressFailure("the store does not load after the writers: \(error)") }
        let total = prefixes.count * commitsEach
        let districts = Dictionary(db.districts.handles.map { (db.districts[$0].code, db.districts[$0].name) }, uniquingKeysWith: { a, _ in a })
        let wishes = db.wishes.handles.map { db.wishes[$0] }
        var missing: [String] = []
        for prefix in prefixes {
            for i in 1...commitsEach where districts[WriterShape.districtCode(prefix, i)] != WriterShape.districtName(prefix, i) {
                missing.append(WriterShape.districtCode(prefix, i))
            }
        }
        guard missing.isEmpty, db.districts.count == total else {
            throw StressFailure("\(missing.count) writers' commits lost (\(missing.prefix(5))…); \(db.districts.count) districts for \(total) commits")
        }
        let expectedTexts = Set(prefixes.flatMap { p in (1...commitsEach).map { WriterShape.wishText(p, $0) } })
        guard wishes.count == total, Set(wishes.map(\.text)) == expectedTexts else {
            throw StressFailure("\(wishes.count) wishes kept of \(total), or not the ones committed")
        }
        guard Set(wishes.map(\.code)).count == total else { throw StressFailure("two wishes got the same model-made code") }
        try verifyHistory(store, prefixes)
    }

    /// One history entry per commit, numbered without gaps, each writer's in its own order.
    private func verifyHistory(_ store: FileStore, _ prefixes: [String]) throws {
        let history = try store.history()
        let total = 1 + prefixes.count * commitsEach
        guard history.map(\.seq) == Array(1...total) else {
            throw StressFailure("the history is not commits 1…\(total) in order: \(history.count) entries")
        }
        var next = Dictionary(uniqueKeysWithValues: prefixes.map { ($0, 1) })
        for entry in history.dropFirst() {
            guard let district = entry.changes.first(where: { $0.kind == .district }),
                  let prefix = prefixes.first(where: { district.code.hasPrefix($0) }),
                  district.code == WriterShape.districtCode(prefix, next[prefix]!) else {
                throw StressFailure("commit \(entry.seq) (\(entry.changes.map(\.code))) is not the next of its writer's")
            }
            next[prefix]! += 1
        }
    }
}
