/// A kind of entity the host plugs in (the domain's member, org, community…). The
/// engine knows entities only through this: a name, fields by name with getters by
/// integer handle, an optional global collection (`members`) and a display form.
/// Field names are resolved to indexes once per access site and cached there, so a
/// chain like `m.branch.community.street.name` costs a few array reads per step.
public final class HostType: @unchecked Sendable {
    /// Singular, as in messages: `member`.
    public let name: String
    /// The Chinese name, as Chinese messages say it (`党员`); nil: `name` in both.
    public let label: String?
    /// The global name scripts iterate (`members`), or nil when the kind has none.
    public let collectionName: String?
    /// More names for the same collection (the Chinese `党员` for `members`).
    public let collectionAliases: [String]
    public let fields: [HostField]
    /// Every live entity of the kind, in a stable order.
    public let handles: @Sendable () -> [Int32]
    /// How `print` shows one entity: `member M0001 张三`.
    public let display: @Sendable (Int32) -> String
    private let fieldIndexes: [String: Int]

    public init(name: String, label: String? = nil, collectionName: String? = nil, collectionAliases: [String] = [],
                fields: [HostField], handles: @escaping @Sendable () -> [Int32],
                display: @escaping @Sendable (Int32) -> String) {
        self.name = name
        self.label = label
        self.collectionName = collectionName
        self.collectionAliases = collectionName == nil ? [] : collectionAliases
        self.fields = fields
        self.handles = handles
        self.display = display
        var indexes: [String: Int] = [:]
        for (i, f) in fields.enumerated() { indexes[f.name] = i }
        fieldIndexes = indexes
    }

    public func fieldIndex(_ name: String) -> Int? { fieldIndexes[name] }

    public func ref(_ handle: Int32) -> Value { .entity(EntityRef(type: self, handle: handle)) }

    /// The whole collection as a list of entity values (for queries and `for`).
    public func all() -> Value {
        let hs = handles()
        var items = ContiguousArray<Value>()
        items.reserveCapacity(hs.count)
        for h in hs { items.append(.entity(EntityRef(type: self, handle: h))) }
        return .list(ListBox(items))
    }
}

/// One field of a host type: a name and a getter by handle. Derived fields (a member's
/// `age`, an org's `members`) are just getters that compute.
public struct HostField: Sendable {
    public let name: String
    public let get: @Sendable (Int32) -> Value

    public init(_ name: String, get: @escaping @Sendable (Int32) -> Value) {
        self.name = name
        self.get = get
    }
}
