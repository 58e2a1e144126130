/// A row's position in its kind's table. Handles stay valid for the life of a
/// `Database` (removed rows leave a tombstone), so indexes and the language can keep
/// them instead of looking codes up again. They are not stored: files use codes.
public struct Handle<Row>: Hashable, Comparable, Sendable {
    public let index: Int32
    public init(_ index: Int32) { self.index = index }
    public static func < (l: Handle, r: Handle) -> Bool { l.index < r.index }
}

/// A handle together with its kind, for fields that may point at more than one kind
/// (a wish claimed by a member or a unit) and for generic, schema-driven code.
public struct EntityRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: Kind
    public let index: Int32
    public init(_ kind: Kind, _ index: Int32) { self.kind = kind; self.index = index }
    public init<E: Entity>(_ handle: Handle<E>) { self.init(E.kind, handle.index) }
    public func handle<E: Entity>(as type: E.Type) -> Handle<E>? { kind == E.kind ? Handle(index) : nil }
    public static func < (l: EntityRef, r: EntityRef) -> Bool { (l.kind, l.index) < (r.kind, r.index) }
    public var description: String { "\(kind.name)#\(index)" }
}
