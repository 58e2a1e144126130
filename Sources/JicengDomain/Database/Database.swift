import JicengBase

/// Generic code over the typed tables (the store's decoder and encoder).
public protocol TableVisitor {
    mutating func visit<E: Entity>(_ table: Table<E>) throws
}

/// The whole state of the work in memory: one typed table per kind, indexes by code
/// and name, reverse indexes for every reference, and the log of changes of the
/// open transaction. Every change goes through the funnel in `Database+Changes`.
///
/// Not thread-safe: one console, one database; a server would give each session its own.
public final class Database {
    public let districts = Table<District>()
    public let streets = Table<Street>()
    public let communities = Table<Community>()
    public let grids = Table<Grid>()
    public let units = Table<Unit>()
    public let orgs = Table<Org>()
    public let members = Table<Member>()
    public let applicants = Table<Applicant>()
    public let agreements = Table<Agreement>()
    public let needs = Table<Need>()
    public let resources = Table<Resource>()
    public let projects = Table<Project>()
    public let meetings = Table<Meeting>()
    public let points = Table<PointsEntry>()
    public let dues = Table<DuesPayment>()
    public let wishes = Table<Wish>()
    public let proposals = Table<Proposal>()
    public let tasks = Table<WorkTask>()

    /// "Today" for derived fields (age, overdue, expiry); settable so scripts and tests are reproducible.
    public var today: Day

    /// Referrers named in a refused `remove` before "and N more".
    static let referrersNamed = 5

    let tables: [any MutableTable]
    /// Who refers to each record, per kind; after a load each kind's index is built the
    /// first time it is asked for (a session that never looks at members' meetings never
    /// pays for indexing a city's attendee lists).
    private var backrefTable: [BackrefIndex]
    private var backrefsBuilt: [Bool]

    // The open transaction: the changes made since the outermost `begin`, and where each nested group starts.
    private(set) var log: [ChangeRecord] = []
    private var groupStarts: [Int] = []
    /// The command the next changes belong to (set by the commands layer; shown in dry-run summaries).
    public var currentCommand = ""

    public init(today: Day) {
        self.today = today
        tables = [districts, streets, communities, grids, units, orgs, members, applicants, agreements,
                  needs, resources, projects, meetings, points, dues, wishes, proposals, tasks]
        precondition(tables.map(\.kind) == Kind.allCases, "tables must follow Kind's order")
        backrefTable = Array(repeating: BackrefIndex(), count: Kind.allCases.count)
        backrefsBuilt = Array(repeating: true, count: Kind.allCases.count)
    }

    // MARK: Tables and lookups

    /// Calls `visitor` with the typed table of `kind` (generic code that needs the row type).
    public func visit<V: TableVisitor>(_ kind: Kind, _ visitor: inout V) throws {
        switch kind {
        case .district: try visitor.visit(districts)
        case .street: try visitor.visit(streets)
        case .community: try visitor.visit(communities)
        case .grid: try visitor.visit(grids)
        case .unit: try visitor.visit(units)
        case .org: try visitor.visit(orgs)
        case .member: try visitor.visit(members)
        case .applicant: try visitor.visit(applicants)
        case .agreement: try visitor.visit(agreements)
        case .need: try visitor.visit(needs)
        case .resource: try visitor.visit(resources)
        case .project: try visitor.visit(projects)
        case .meeting: try visitor.visit(meetings)
        case .points: try visitor.visit(points)
        case .dues: try visitor.visit(dues)
        case .wish: try visitor.visit(wishes)
        case .proposal: try visitor.visit(proposals)
        case .task: try visitor.visit(tasks)
        }
    }

    public func table(_ kind: Kind) -> any AnyTable { tables[kind.rawValue] }
    func mutableTable(_ kind: Kind) -> any MutableTable { tables[kind.rawValue] }

    public func code(_ ref: EntityRef) -> String { table(ref.kind).code(ref.index) }
    public func isAlive(_ ref: EntityRef) -> Bool { table(ref.kind).isAlive(ref.index) }

    /// A record by its code, or by its name when exactly one record has that name.
    public func lookup(_ kind: Kind, _ codeOrName: String) -> EntityRef? {
        let t = table(kind)
        if let i = t.index(code: codeOrName) { return EntityRef(kind, i) }
        let named = t.indexes(named: codeOrName)
        return named.count == 1 ? EntityRef(kind, named[0]) : nil
    }

    /// Like `lookup`, but explains a miss: unknown (with the nearest code or name) or ambiguous.
    public func resolve(_ kind: Kind, _ codeOrName: String) throws -> EntityRef {
        if let r = lookup(kind, codeOrName) { return r }
        let named = table(kind).indexes(named: codeOrName)
        if named.count > 1 {
            let codes = named.prefix(Database.referrersNamed).map { table(kind).code($0) }
            throw ChangeRejected([Violation(kind, codeOrName, field: nil, value: nil, rule: "ambiguous_name",
                                            .ambiguousName(named.count, kind, codes: codes))])
        }
        throw ChangeRejected([Violation(kind, codeOrName, field: nil, value: nil, rule: "unknown", .noRecordNamed(kind))],
                             suggestion: suggestion(kind, codeOrName))
    }

    /// The nearest existing code or name, for "did you mean".
    public func suggestion(_ kind: Kind, _ text: String) -> String? {
        let t = table(kind)
        return Suggest.nearest(to: text, in: t.allCodes) ?? Suggest.nearest(to: text, in: t.allNames)
    }

    /// The code the next record of the kind gets when created without one (W1, W2, …).
    public func nextCode(_ kind: Kind) -> String { mutableTable(kind).nextCode() }

    // MARK: Generic reads by field index (stored fields first, then derived ones)

    public func read(_ ref: EntityRef, _ field: Int) -> DomainValue {
        let t = table(ref.kind)
        let stored = t.storedFields.count
        if field < stored { return t.value(ref.index, field) }
        return Derived.fields(of: ref.kind)[field - stored].compute(self, ref.index)
    }

    public func read(_ ref: EntityRef, _ fieldName: String) -> DomainValue? {
        Schema.index(of: fieldName, in: ref.kind).map { read(ref, $0) }
    }

    /// A value as a person reads it: references by code, lists joined.
    public func describe(_ value: DomainValue) -> String {
        switch value {
        case .none: "nil"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .decimal(let d): d.description
        case .text(let s): "\"\(s)\""
        case .day(let d): d.description
        case .month(let m): m.description
        case .ref(let r): isAlive(r) || Int(r.index) < table(r.kind).slotCount ? "\(r.kind.name) \"\(code(r))\"" : r.description
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .pairs(let pairs): "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    // MARK: Reverse indexes

    /// Every record that refers to `ref`, through any field.
    public func backrefs(of ref: EntityRef) -> ContiguousArray<Backref> {
        if !backrefsBuilt[ref.kind.rawValue] { buildBackrefs(to: ref.kind) }
        return backrefTable[ref.kind.rawValue].references(to: ref.index)
    }

    /// Records of `kind` whose `field` refers to `ref` (branch → members: `referrers(to: branch, from: .member, field: "branch")`).
    public func referrers(to ref: EntityRef, from kind: Kind, field: String) -> [Int32] {
        guard let f = Schema.index(of: field, in: kind) else { return [] }
        return backrefs(of: ref).filter { $0.kind == kind && Int($0.field) == f }.map(\.index)
    }

    func addBackref(to target: EntityRef, _ b: Backref) {
        guard backrefsBuilt[target.kind.rawValue] else { return } // the build will see it
        backrefTable[target.kind.rawValue].add(b, to: target.index)
    }

    func removeBackref(to target: EntityRef, _ b: Backref) {
        guard backrefsBuilt[target.kind.rawValue] else { return }
        backrefTable[target.kind.rawValue].remove(b, from: target.index)
    }

    /// Drops every reverse index, to be rebuilt from the tables when first asked for (after a bulk load).
    @_spi(Store) public func resetBackrefs() {
        backrefTable = Array(repeating: BackrefIndex(), count: Kind.allCases.count)
        backrefsBuilt = Array(repeating: false, count: Kind.allCases.count)
    }

    /// Builds the index of who refers to records of `kind`, in two passes over plain
    /// memory: count the references to each record, then place each into one packed array.
    private func buildBackrefs(to kind: Kind) {
        let slots = table(kind).slotCount
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(slots, 1))
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        let sources = tables.filter { $0.referenceTargets.contains(kind) }
        for t in sources {
            for index in 0..<Int32(t.slotCount) where t.isAlive(index) {
                t.forEachReference(index) { _, target in if target.kind == kind { counts[Int(target.index)] += 1 } }
            }
        }
        backrefTable[kind.rawValue] = BackrefIndex(counts: UnsafeBufferPointer(rebasing: counts[0..<slots])) { emit in
            for t in sources {
                let source = t.kind
                for index in 0..<Int32(t.slotCount) where t.isAlive(index) {
                    t.forEachReference(index) { field, target in
                        if target.kind == kind { emit(target.index, Backref(kind: source, field: UInt8(field), index: index)) }
                    }
                }
            }
        }
        backrefsBuilt[kind.rawValue] = true
    }

    func gone(_ kind: Kind, _ index: Int32) -> ChangeRejected {
        ChangeRejected([Violation(kind, "#\(index)", field: nil, value: nil, rule: "reference", .noLongerExists(kind))])
    }

    func record(_ change: Change, generatedCode: Bool = false) {
        log.append(ChangeRecord(change: change, command: currentCommand, generatedCode: generatedCode))
    }

    /// Empties every table (before loading another state into this database).
    @_spi(Store) public func removeAll() {
        for t in tables { t.removeAll() }
        backrefTable = Array(repeating: BackrefIndex(), count: Kind.allCases.count)
        backrefsBuilt = Array(repeating: true, count: Kind.allCases.count)
        log.removeAll()
        groupStarts.removeAll()
    }

    // MARK: Transactions

    /// Starts a group of changes that `commit` keeps and `rollback` undoes; groups nest.
    public func begin() { groupStarts.append(log.count) }

    public var transactionDepth: Int { groupStarts.count }

    /// Ends the innermost group, keeping its changes (they join the enclosing group, if any).
    public func commit() {
        precondition(!groupStarts.isEmpty, "commit without begin")
        groupStarts.removeLast()
    }

    /// Undoes the innermost group's changes, newest first, and ends it.
    public func rollback() {
        precondition(!groupStarts.isEmpty, "rollback without begin")
        let start = groupStarts.removeLast()
        undoLog(from: start)
    }

    /// The changes made and not yet handed to the store (the open transaction's, or
    /// those made outside any group since the last `takeChanges`).
    public var pendingChanges: [ChangeRecord] { log }

    /// Hands the pending changes over (to be journaled); they can no longer be rolled back.
    public func takeChanges() -> [ChangeRecord] {
        precondition(groupStarts.isEmpty, "changes are taken only outside transactions")
        defer { log.removeAll() }
        return log
    }

    /// Undoes every pending change (a failed batch, or before replaying others' commits).
    public func discardChanges() {
        groupStarts.removeAll()
        undoLog(from: 0)
    }

    private func undoLog(from start: Int) {
        for record in log[start...].reversed() { mutableTable(record.change.target.kind).applyRaw(record.change.inverse, db: self) }
        log.removeSubrange(start...)
    }

    /// Runs `body` as one group: all of its changes or none.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        begin()
        do {
            let result = try body()
            commit()
            return result
        } catch {
            rollback()
            throw error
        }
    }
}
