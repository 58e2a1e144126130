/// What generic, schema-driven code (the language, reports, the store) sees of a table.
public protocol AnyTable: AnyObject {
    var kind: Kind { get }
    /// The stored fields; derived fields follow them in `Schema.fields(of:)`.
    var storedFields: [FieldInfo] { get }
    /// Live records.
    var count: Int { get }
    /// Handles run from 0 to `slotCount - 1`; removed ones are not alive.
    var slotCount: Int { get }
    func isAlive(_ index: Int32) -> Bool
    func code(_ index: Int32) -> String
    func displayName(_ index: Int32) -> String
    func index(code: String) -> Int32?
    /// Live records with exactly this name.
    func indexes(named name: String) -> [Int32]
    func value(_ index: Int32, _ field: Int) -> DomainValue
    func values(_ index: Int32) -> [DomainValue]
    /// Live handles in table order.
    var liveIndexes: [Int32] { get }
    var allCodes: Dictionary<String, Int32>.Keys { get }
    var allNames: Dictionary<String, [Int32]>.Keys { get }
}

/// The mutation entry points the `Database` funnel drives (not public: every change
/// goes through the funnel so it is validated, indexed and recorded).
protocol MutableTable: AnyTable {
    func insert(_ values: [Int: DomainValue], at slot: Int32?, mode: ValidationMode, db: Database) throws -> Int32
    func update(_ index: Int32, _ values: [Int: DomainValue], mode: ValidationMode, db: Database) throws
    func delete(_ index: Int32, db: Database) throws
    /// Applies a change with no validation (rolling back a transaction).
    func applyRaw(_ change: Change, db: Database)
    func check(_ index: Int32, db: Database) -> [Violation]
    func forEachReference(_ index: Int32, _ body: (Int, EntityRef) -> Void)
    /// The kinds this kind's fields may refer to.
    var referenceTargets: Set<Kind> { get }
    func nextCode() -> String
    func removeAll()
}

/// Why a record is validated. A change meets every rule. A restore (undo, journal
/// replay) checks only what must hold of any record: not the rules about moves (one step
/// forward, claims only from open), nor the entry rules (no date after today, one record
/// per ID number, a phone that dials), so a store written before a rule, or under
/// another `today`, always opens. The store check applies the entry rules, not the moves.
enum ValidationMode { case change, restore, check }

/// The records of one kind: a contiguous array of typed structs indexed by handle,
/// with code and name indexes.
public final class Table<E: Entity>: MutableTable {
    public let kind = E.kind
    @_spi(Store) public let fields: [Field<E>]
    public let storedFields: [FieldInfo]
    /// Fields holding references, so indexing never looks at the others.
    let referenceFields: [Int]
    /// Their reference walkers, taken out of the fields once (copying a Field costs retains).
    private let referenceVisitors: [(field: Int, visit: @Sendable (E, (EntityRef) -> Void) -> Void)]
    public private(set) var rows: ContiguousArray<E> = []
    private var alive: ContiguousArray<Bool> = []
    public private(set) var count = 0
    private var codeIndex: [String: Int32] = [:]
    /// Name → records, built the first time a name is looked up (`ensureNameIndex`) and
    /// kept up to date from then on: most loads of a city never look one up, and its
    /// 50,000 names would cost an array each.
    private var nameIndex: [String: [Int32]] = [:]
    private var nameIndexBuilt = true
    /// Records by resident ID number (kinds that record people), built when first asked
    /// for, so loading a city never pays for it, then kept up to date with every change.
    private var identityIndex: [String: [Int32]]?
    /// Day fields of things that have happened, never after today (`EntryRules.pastDays`).
    let pastDayFields: [Int]
    /// The highest N among codes of the form `prefix` + N, so new codes never collide.
    private var highestNumber = 0
    /// How many digits that code has: staff who start at M0001 get M0002 next, not M2.
    private var numberWidth = 1

    init() {
        fields = E.fields
        storedFields = fields.enumerated().map { i, f in
            FieldInfo(kind: E.kind, index: i, name: f.name, label: f.label, type: f.type,
                      required: f.required, derived: false, personal: f.personal)
        }
        let fields = self.fields
        let referenceFields = storedFields.filter { !$0.type.targets.isEmpty }.map(\.index)
        self.referenceFields = referenceFields
        referenceVisitors = referenceFields.map { f in (f, fields[f].visitReferences!) }
        checkedFields = storedFields.filter { $0.required || !$0.type.targets.isEmpty }.map(\.index)
        let pastDays = EntryRules.pastDays[E.kind] ?? []
        pastDayFields = storedFields.filter { pastDays.contains($0.name) }.map(\.index)
        precondition(pastDayFields.count == pastDays.count, "EntryRules.pastDays names a field \(E.kind.name) does not have")
    }

    // MARK: Reading

    public var slotCount: Int { rows.count }
    public func isAlive(_ index: Int32) -> Bool { index >= 0 && Int(index) < alive.count && alive[Int(index)] }
    public func code(_ index: Int32) -> String { rows[Int(index)].code }
    public func displayName(_ index: Int32) -> String { rows[Int(index)].displayName }
    public func index(code: String) -> Int32? { codeIndex[code] }
    public func indexes(named name: String) -> [Int32] {
        ensureNameIndex()
        return nameIndex[name] ?? []
    }

    /// Live records with this resident ID number (a lower-case check character counts as X).
    public func indexes(identityNumber number: String) -> [Int32] {
        if identityIndex == nil { buildIdentityIndex() }
        return identityIndex?[EntryRules.identityKey(number)] ?? []
    }
    public func value(_ index: Int32, _ field: Int) -> DomainValue { fields[field].get(rows[Int(index)]) }
    public func values(_ index: Int32) -> [DomainValue] { values(of: rows[Int(index)]) }
    public var liveIndexes: [Int32] { (0..<Int32(rows.count)).filter { alive[Int($0)] } }
    public var allCodes: Dictionary<String, Int32>.Keys { codeIndex.keys }
    var referenceTargets: Set<Kind> { Set(referenceFields.flatMap { storedFields[$0].type.targets }) }
    public var allNames: Dictionary<String, [Int32]>.Keys {
        ensureNameIndex()
        return nameIndex.keys
    }

    public subscript(handle: Handle<E>) -> E { rows[Int(handle.index)] }
    public func handle(code: String) -> Handle<E>? { codeIndex[code].map(Handle.init) }
    public var handles: [Handle<E>] { liveIndexes.map(Handle.init) }

    func values(of row: E) -> [DomainValue] { fields.map { $0.get(row) } }

    func forEachReference(_ index: Int32, _ body: (Int, EntityRef) -> Void) {
        // The row is borrowed from the table, not copied (a copy would retain every text and list in it).
        rows.withUnsafeBufferPointer { rows in
            for (f, visit) in referenceVisitors { visit(rows[Int(index)]) { body(f, $0) } }
        }
    }

    // MARK: Changing (through the Database funnel)

    func insert(_ values: [Int: DomainValue], at slot: Int32?, mode: ValidationMode, db: Database) throws -> Int32 {
        var row = E()
        try write(values, into: &row, code: "", db: db)
        return try insert(row, at: slot, mode: mode, db: db)
    }

    func insert(_ newRow: E, at slot: Int32?, mode: ValidationMode, db: Database) throws -> Int32 {
        var row = newRow
        if row.code.isEmpty { row.code = nextCode() }
        E.fillDefaults(&row, in: db)
        let violations = validate(row, old: nil, at: nil, mode: mode, db: db)
        guard violations.isEmpty else { throw ChangeRejected(violations) }
        let index = place(row, at: slot)
        addReferences(of: index, db: db)
        db.record(.insert(EntityRef(kind, index), values(of: row)), generatedCode: newRow.code.isEmpty)
        return index
    }

    func update(_ index: Int32, _ values: [Int: DomainValue], mode: ValidationMode, db: Database) throws {
        guard isAlive(index) else { throw db.gone(kind, index) }
        var row = rows[Int(index)]
        try write(values, into: &row, code: row.code, db: db)
        try replace(index, with: row, mode: mode, db: db)
    }

    func replace(_ index: Int32, with new: E, mode: ValidationMode, db: Database) throws {
        guard isAlive(index) else { throw db.gone(kind, index) }
        let old = rows[Int(index)]
        guard new.code == old.code else {
            throw ChangeRejected([Violation(kind, old.code, field: "code", value: new.code, rule: "stable_code", .stableCode)])
        }
        var changes: [FieldChange] = []
        for (i, f) in fields.enumerated() {
            let o = f.get(old), n = f.get(new)
            if o != n { changes.append(FieldChange(field: i, old: o, new: n)) }
        }
        guard !changes.isEmpty else { return }
        let violations = validate(new, old: old, at: index, mode: mode, db: db)
        guard violations.isEmpty else { throw ChangeRejected(violations) }
        let touchesReferences = changes.contains { referenceFields.contains($0.field) }
        if touchesReferences { removeReferences(of: index, db: db) }
        unindexKeys(index)
        rows[Int(index)] = new
        indexKeys(index)
        if touchesReferences { addReferences(of: index, db: db) }
        db.record(.update(EntityRef(kind, index), changes))
    }

    func delete(_ index: Int32, db: Database) throws {
        guard isAlive(index) else { throw db.gone(kind, index) }
        let ref = EntityRef(kind, index)
        let referrers = db.backrefs(of: ref).filter { $0.source != ref }
        if !referrers.isEmpty {
            let shown = referrers.prefix(Database.referrersNamed).map { b in
                RuleMessage.Referrer(kind: b.kind, code: db.table(b.kind).code(b.index),
                                     field: FieldName(db.table(b.kind).storedFields[Int(b.field)].name, of: b.kind))
            }
            throw ChangeRejected([Violation(kind, code(index), field: nil, value: nil, rule: "referenced",
                                            .stillReferred(shown, more: referrers.count - shown.count))])
        }
        let before = values(of: rows[Int(index)])
        removeReferences(of: index, db: db)
        vacate(index, compact: false)
        db.record(.delete(ref, before))
    }

    func applyRaw(_ change: Change, db: Database) {
        switch change {
        case .insert(let ref, let values):
            var row = E()
            for (i, v) in values.enumerated() { _ = fields[i].set(&row, v) }
            let index = place(row, at: ref.index)
            addReferences(of: index, db: db)
        case .delete(let ref, _):
            removeReferences(of: ref.index, db: db)
            vacate(ref.index, compact: true)
        case .update(let ref, let changes):
            removeReferences(of: ref.index, db: db)
            unindexKeys(ref.index)
            for c in changes { _ = fields[c.field].set(&rows[Int(ref.index)], c.new) }
            indexKeys(ref.index)
            addReferences(of: ref.index, db: db)
        }
    }

    func removeAll() {
        rows.removeAll(); alive.removeAll(); codeIndex.removeAll(); nameIndex.removeAll(); nameIndexBuilt = true; identityIndex = nil
        count = 0; highestNumber = 0; numberWidth = 1
    }

    /// Writes generic values into a row; a value of the wrong type, or a code
    /// given to a field that must keep its code, is refused naming the field.
    private func write(_ values: [Int: DomainValue], into row: inout E, code: String, db: Database) throws {
        for (i, v) in values.sorted(by: { $0.key < $1.key }) {
            guard i >= 0, i < fields.count else {
                throw ChangeRejected([Violation(kind, code, field: "#\(i)", value: nil, rule: "field", .noSuchField)])
            }
            guard fields[i].set(&row, v) else {
                let described = db.describe(v)
                let shown = fields[i].personal ? Privacy.mask(field: fields[i].name, described) : described
                throw ChangeRejected([Violation(kind, code.isEmpty ? row.code : code, field: fields[i].name, value: shown,
                                                rule: "type", .expectedType(fields[i].type))])
            }
        }
    }

    // MARK: Slots and indexes

    private func place(_ row: E, at slot: Int32?) -> Int32 {
        let index: Int32
        if let slot, Int(slot) < rows.count {
            index = slot
            rows[Int(slot)] = row
            alive[Int(slot)] = true
        } else {
            index = Int32(rows.count)
            rows.append(row)
            alive.append(true)
        }
        count += 1
        codeIndex[row.code] = index
        noteNumber(of: row.code)
        indexKeys(index)
        return index
    }

    /// Marks a slot dead; `compact` drops it when it is the last one (a rolled-back insert).
    private func vacate(_ index: Int32, compact: Bool) {
        let i = Int(index)
        unindexKeys(index)
        codeIndex[rows[i].code] = nil
        alive[i] = false
        count -= 1
        if compact, i == rows.count - 1 {
            forgetNumber(of: rows[i].code)
            rows.removeLast()
            alive.removeLast()
        }
    }

    /// After a rolled-back insert, the next code is what it was before (M4 again, not M5).
    private func forgetNumber(of code: String) {
        let prefix = kind.codePrefix
        guard code.hasPrefix(prefix), let n = Int(code.dropFirst(prefix.count)), n == highestNumber else { return }
        var candidate = n - 1
        // Walk down over the gap; a huge gap (a code like M99999999) falls back to a scan.
        while candidate > 0, codeIndex[numbered(candidate)] == nil, n - candidate < Table.numberWalkLimit { candidate -= 1 }
        if candidate > 0, codeIndex[numbered(candidate)] == nil {
            candidate = codeIndex.keys.reduce(0) { best, c in
                guard c.hasPrefix(prefix), let m = Int(c.dropFirst(prefix.count)) else { return best }
                return max(best, m)
            }
        }
        highestNumber = max(candidate, 0)
    }

    /// Steps tried downwards before scanning every code (see `forgetNumber`).
    static var numberWalkLimit: Int { 1000 }

    /// Enters a record into the name and ID number indexes (after its row is written).
    private func indexKeys(_ index: Int32) {
        indexIdentity(index)
        indexName(index)
    }

    /// Takes a record out of the name and ID number indexes (before its row changes).
    private func unindexKeys(_ index: Int32) {
        unindexIdentity(index)
        unindexName(index)
    }

    private func ensureNameIndex() {
        guard !nameIndexBuilt else { return }
        nameIndexBuilt = true
        nameIndex.removeAll()
        for i in 0..<rows.count where alive[i] { indexName(Int32(i)) }
    }

    private func indexName(_ index: Int32) {
        guard kind.isNamed, nameIndexBuilt else { return }
        let name = rows[Int(index)].displayName
        if !name.isEmpty { nameIndex[name, default: []].append(index) }
    }

    private func unindexName(_ index: Int32) {
        guard kind.isNamed, nameIndexBuilt else { return }
        let name = rows[Int(index)].displayName
        guard !name.isEmpty, var list = nameIndex[name] else { return }
        list.removeAll { $0 == index }
        nameIndex[name] = list.isEmpty ? nil : list
    }

    private func buildIdentityIndex() {
        guard E.identityNumber(of: E()) != nil else { return }
        var index: [String: [Int32]] = [:]
        for i in 0..<rows.count where alive[i] {
            if let n = E.identityNumber(of: rows[i]), !n.isEmpty { index[EntryRules.identityKey(n), default: []].append(Int32(i)) }
        }
        identityIndex = index
    }

    private func indexIdentity(_ index: Int32) {
        guard identityIndex != nil, let n = E.identityNumber(of: rows[Int(index)]), !n.isEmpty else { return }
        identityIndex![EntryRules.identityKey(n), default: []].append(index)
    }

    private func unindexIdentity(_ index: Int32) {
        guard identityIndex != nil, let n = E.identityNumber(of: rows[Int(index)]), !n.isEmpty else { return }
        let key = EntryRules.identityKey(n)
        identityIndex![key]?.removeAll { $0 == index }
        if identityIndex![key]?.isEmpty == true { identityIndex![key] = nil }
    }

    private func noteNumber(of code: String) {
        guard let (n, width) = Table.number(in: code, after: kind.codePrefix), n > highestNumber else { return }
        highestNumber = n
        numberWidth = width
    }

    /// N and its number of digits when `code` is `prefix` followed by the digits of N (read
    /// from the bytes: a city's load notes every code it reads).
    static func number(in code: String, after prefix: String) -> (Int, width: Int)? {
        var code = code, prefix = prefix
        return code.withUTF8 { c in
            prefix.withUTF8 { p -> (Int, width: Int)? in
                guard c.count > p.count, c.count - p.count <= 18 else { return nil }
                for i in 0..<p.count where c[i] != p[i] { return nil }
                var n = 0
                for i in p.count..<c.count {
                    guard c[i] >= UInt8(ascii: "0"), c[i] <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(c[i] - UInt8(ascii: "0"))
                }
                return (n, c.count - p.count)
            }
        }
    }

    /// The code numbered `n`, as wide as the highest code so far.
    private func numbered(_ n: Int) -> String {
        let digits = String(n)
        return kind.codePrefix + String(repeating: "0", count: max(0, numberWidth - digits.count)) + digits
    }

    func nextCode() -> String {
        var n = highestNumber + 1
        while codeIndex[numbered(n)] != nil { n += 1 }
        return numbered(n)
    }

    private func addReferences(of index: Int32, db: Database) {
        forEachReference(index) { field, target in db.addBackref(to: target, Backref(kind: kind, field: UInt8(field), index: index)) }
    }

    private func removeReferences(of index: Int32, db: Database) {
        forEachReference(index) { field, target in db.removeBackref(to: target, Backref(kind: kind, field: UInt8(field), index: index)) }
    }

    // MARK: Validation

    /// Fields the common rules look at (required ones and references), so validating a
    /// record reads only these rather than every field: inserting a sample city's
    /// 400,000 records spends most of its time here.
    let checkedFields: [Int]

    func check(_ index: Int32, db: Database) -> [Violation] {
        validate(rows[Int(index)], old: nil, at: index, mode: .check, db: db)
    }

    /// The rules every record obeys (codes, required fields, references), then its kind's own.
    private func validate(_ row: E, old: E?, at index: Int32?, mode: ValidationMode, db: Database) -> [Violation] {
        var report = ViolationReport(kind: kind, code: row.code)
        report.mode = mode
        if row.code.isEmpty {
            report.add("code", nil, rule: "required", .codeRequired)
        } else if let other = codeIndex[row.code], other != index {
            report.add("code", row.code, rule: "unique_code", .uniqueCode(kind))
        }
        for i in checkedFields {
            let f = fields[i]
            let v = f.get(row)
            if f.required, v.isNone { report.add(f.name, nil, rule: "required", .fieldRequired(FieldName(f.name, of: kind))) }
            guard referenceFields.contains(i) else { continue }
            references(in: v) { r in
                if !db.table(r.kind).isAlive(r.index) {
                    report.add(f.name, r.description, rule: "reference", .refersToMissing(r.kind))
                }
            }
        }
        if mode != .restore {
            for i in pastDayFields {
                let v = fields[i].get(row)
                guard case .day(let day) = v, old.map({ fields[i].get($0) != v }) ?? true else { continue }
                EntryRules.requireNotAfterToday(&report, fields[i].name, day, today: db.today)
            }
        }
        E.validate(row, old: mode == .change ? old : nil, at: index, in: db, &report)
        return report.violations
    }

    // MARK: Loading (the store fills tables in bulk, then the database indexes them)

    /// Appends the records `decode` reads one after another, each straight into a new
    /// row (no copy is made), without validation: `decode` gets the address of a fresh
    /// empty row and its handle, and returns the record's code, or nil when the list has
    /// ended. The loop keeps the table's storage in locals, so a city's hundreds of
    /// thousands of rows pay no exclusivity check each; the name and ID number indexes
    /// are built when next asked for. Returns the handle a record would have had whose
    /// code was already taken (nothing of it is kept), or nil.
    @_spi(Store) public func appendLoaded(_ decode: (UnsafeMutableRawPointer, Int32) throws -> String?) throws -> Int32? {
        let first = rows.count
        var rows = self.rows, alive = self.alive, codes = self.codeIndex
        self.rows = []; self.alive = []; self.codeIndex = [:]
        let prefix = kind.codePrefix
        var highest = highestNumber, width = numberWidth
        defer {
            self.rows = rows; self.alive = alive; self.codeIndex = codes
            count += rows.count - first
            highestNumber = highest
            numberWidth = width
            if rows.count > first {
                if kind.isNamed { nameIndexBuilt = false }
                identityIndex = nil
            }
        }
        while true {
            let index = Int32(rows.count)
            rows.append(E())
            let code: String?
            do {
                code = try rows.withUnsafeMutableBufferPointer { try decode(UnsafeMutableRawPointer($0.baseAddress! + Int(index)), index) }
            } catch {
                rows.removeLast()
                throw error
            }
            guard let code else {
                rows.removeLast()
                return nil
            }
            if let taken = codes.updateValue(index, forKey: code) {
                codes[code] = taken
                rows.removeLast()
                return index
            }
            alive.append(true)
            if let (n, digits) = Table.number(in: code, after: prefix), n > highest {
                highest = n
                width = digits
            }
        }
    }

    /// Writes one field of a loaded record past the funnel, unchecked (a hand-edited file).
    @_spi(Store) public func setLoaded(_ index: Int32, field: Int, _ value: DomainValue) -> Bool {
        fields[field].set(&rows[Int(index)], value)
    }

    /// Replaces the placeholder handles the loader left in fields referring to `kinds`
    /// (codes it met before their records) with the rows they stand for.
    @_spi(Store) public func resolvePlaceholders(to kinds: Set<Kind>, _ resolve: PlaceholderRows) {
        let fixers = referenceFields.filter { !kinds.isDisjoint(with: storedFields[$0].type.targets) }
            .compactMap { fields[$0].resolvePlaceholders }
        guard !fixers.isEmpty else { return }
        rows.withUnsafeMutableBufferPointer { rows in
            for fix in fixers {
                for i in rows.indices { fix(UnsafeMutableRawPointer(rows.baseAddress! + i), resolve) }
            }
        }
    }
}
