import JicengBase
@_spi(Store) import JicengDomain
import JicengLang

/// A record of the domain: kind and handle (the domain's `EntityRef`).
public typealias RecordRef = JicengDomain.EntityRef

/// The language's view of the domain: one `HostType` per kind over one `Database`,
/// with every schema field (stored and derived) as a field read by integer handle,
/// and the one place where domain values and language values convert.
///
/// Stored fields read the typed table row directly with the field's getter captured
/// when the type is built, so `m.branch.community.street.name` is four array reads and
/// four closure calls — no name lookups at run time.
public final class DomainBridge: @unchecked Sendable {
    public let database: Database
    /// By `Kind.rawValue`.
    public private(set) var types: [HostType] = []
    private var kindsByType: [ObjectIdentifier: Kind] = [:]
    /// Print ID and phone numbers in the clear (`--show-pii`); masked otherwise, in
    /// field reads as in every output.
    public var showPersonalData = false
    /// `--lang`: headers and choice words in tables.
    public var language: OutputLanguage = .en

    public init(database: Database) {
        self.database = database
        for kind in Kind.allCases {
            var builder = TypeBuilder(bridge: self)
            try? database.visit(kind, &builder)
            let type = builder.type!
            types.append(type)
            kindsByType[ObjectIdentifier(type)] = kind
        }
    }

    public func type(_ kind: Kind) -> HostType { types[kind.rawValue] }

    /// The kind of a host type of this bridge; nil for other types (reports, a host's own).
    public func kind(of type: HostType) -> Kind? { kindsByType[ObjectIdentifier(type)] }

    /// The record an entity value stands for, if it is one of this bridge's.
    /// Nil, too, for a record whose row is gone: a variable can outlive a record added by
    /// a chunk that then failed and was rolled back.
    public func record(_ value: JicengLang.EntityRef) -> RecordRef? {
        guard let kind = kind(of: value.type), value.handle >= 0, Int(value.handle) < database.table(kind).slotCount else { return nil }
        return RecordRef(kind, value.handle)
    }

    // MARK: Domain → language

    public func value(_ ref: RecordRef) -> Value { types[ref.kind.rawValue].ref(ref.index) }

    public func value(_ v: DomainValue) -> Value {
        switch v {
        case .none: return .nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .decimal(let d): return .decimal(d)
        case .text(let s): return .string(s)
        case .day(let d): return .date(d)
        case .month(let m): return .month(m)
        case .ref(let r): return value(r)
        case .list(let items):
            var out = ContiguousArray<Value>()
            out.reserveCapacity(items.count)
            for item in items { out.append(value(item)) }
            return .list(ListBox(out))
        case .pairs(let pairs):
            // Absentees and committee roles read as a record keyed by code: {"M0009": "病假"},
            // the way a script writes them.
            return .record(RecordBox(keys: pairs.map { keyText($0.key) }, values: ContiguousArray(pairs.map { value($0.value) })))
        }
    }

    private func keyText(_ v: DomainValue) -> String {
        switch v {
        case .ref(let r): database.code(r)
        case .text(let s): s
        default: database.describe(v)
        }
    }

    // MARK: Language → domain

    /// What a script wrote, as the model takes it: a string stays text (the model
    /// resolves codes and names where a reference is expected); an entity becomes a
    /// reference; a record becomes key → value pairs. Nil for a value the model has no
    /// type for (a quarter, a function).
    public func domainValue(_ v: Value) -> DomainValue? {
        switch v {
        case .nil: return DomainValue.none
        case .bool(let b): return .bool(b)
        case .int(let i): return Int(exactly: i).map(DomainValue.int)
        case .decimal(let d): return .decimal(d)
        case .string(let s): return .text(s)
        case .date(let d): return .day(d)
        case .month(let m): return .month(m)
        case .quarter, .function: return nil
        case .entity(let e): return record(e).map(DomainValue.ref)
        case .list(let l):
            var out: [DomainValue] = []
            out.reserveCapacity(l.items.count)
            for item in l.items { guard let d = domainValue(item) else { return nil }; out.append(d) }
            return .list(out)
        case .record(let r):
            var out: [DomainValue.Pair] = []
            for (k, item) in zip(r.keys, r.values) { guard let d = domainValue(item) else { return nil }; out.append(.init(.text(k), d)) }
            return .pairs(out)
        }
    }

    // MARK: Display

    /// `member M0001 张三`: what `print` shows of a record.
    public func display(_ ref: RecordRef) -> String {
        let table = database.table(ref.kind)
        guard table.isAlive(ref.index) || Int(ref.index) < table.slotCount else { return "\(ref.kind.name) #\(ref.index)" }
        let name = table.displayName(ref.index)
        return "\(ref.kind.name) \(table.code(ref.index))" + (name.isEmpty ? "" : " " + name)
    }

    /// The text of a personal field as output may show it.
    func shown(_ info: FieldInfo, _ text: String) -> String {
        showPersonalData || !info.personal ? text : Privacy.mask(field: info.name, text)
    }
}

/// Builds the host type of one kind from its typed table (generic over the row type,
/// so stored fields read the row without going through `any AnyTable`).
private struct TypeBuilder: TableVisitor {
    unowned let bridge: DomainBridge
    var type: HostType?

    init(bridge: DomainBridge) { self.bridge = bridge }

    mutating func visit<E: Entity>(_ table: Table<E>) throws {
        let kind = E.kind
        let infos = Schema.fields(of: kind)
        let stored = Schema.storedCount(of: kind)
        unowned let bridge = bridge
        let rows = UncheckedSendable(table)
        var fields: [HostField] = []
        fields.reserveCapacity(infos.count)
        // A variable may outlive its record's row: `let m = add member …` in a chunk that
        // then failed and was rolled back. Such a record reads as nil, as a missing link does.
        for info in infos {
            if info.index < stored {
                let get = table.fields[info.index].get
                if info.personal {
                    fields.append(HostField(info.name) { h in
                        guard Int(h) < rows.value.rows.count, case .text(let s) = get(rows.value.rows[Int(h)]) else { return .nil }
                        return .string(bridge.shown(info, s))
                    })
                } else {
                    fields.append(HostField(info.name) { h in
                        Int(h) < rows.value.rows.count ? bridge.value(get(rows.value.rows[Int(h)])) : .nil
                    })
                }
            } else {
                let index = info.index
                fields.append(HostField(info.name) { h in
                    Int(h) < rows.value.rows.count ? bridge.value(bridge.database.read(RecordRef(kind, h), index)) : .nil
                })
            }
        }
        type = HostType(
            name: kind.name, label: kind.label, collectionName: KindWords.plural(kind),
            collectionAliases: KindWords.collectionAliases(kind), fields: fields,
            handles: { rows.value.liveIndexes },
            display: { h in bridge.display(RecordRef(kind, h)) })
    }
}

/// Lets a getter capture its table: the interpreter, the bridge and the database are
/// used from one thread at a time (see `Interpreter`), which the compiler cannot see.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
