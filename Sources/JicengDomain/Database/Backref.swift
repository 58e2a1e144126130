/// One reference held by a record: "record `index` of `kind` points here through `field`".
/// Every referenced record keeps a list of these, so "who refers to this?" (remove,
/// branch → members, community → orgs) never scans a table.
public struct Backref: Hashable, Sendable {
    public let kind: Kind
    public let field: UInt8
    public let index: Int32

    public var source: EntityRef { EntityRef(kind, index) }
}

/// The refs a stored value holds: a reference, a list of them, or the keys of notes.
func references(in value: DomainValue, _ body: (EntityRef) -> Void) {
    switch value {
    case .ref(let r): body(r)
    case .list(let items): for item in items { if case .ref(let r) = item { body(r) } }
    case .pairs(let pairs): for p in pairs { if case .ref(let r) = p.key { body(r) } }
    default: break
    }
}
