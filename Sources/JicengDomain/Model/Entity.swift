/// A kind of record: a plain struct stored in a typed table, described by its fields.
public protocol Entity: Sendable {
    static var kind: Kind { get }
    /// The stored fields, in the order the file format writes them is by name; this
    /// order only fixes the field indexes.
    static var fields: [Field<Self>] { get }
    /// An empty record that fields are then written into.
    init()
    /// Stable, unique within the kind; never changes once the record exists.
    var code: String { get set }
    /// What staff call it (may be Chinese); "" when the kind has no name.
    var displayName: String { get }
    /// The rules of this kind over one record (and its neighbours through `db`);
    /// `old` is the record before the change, nil for an insert or a whole-store check;
    /// `index` is the record's handle, nil for an insert.
    static func validate(_ row: Self, old: Self?, at index: Int32?, in db: Database, _ report: inout ViolationReport)
    /// Fills what a new record may leave out (status open, born from the idcard, …).
    static func fillDefaults(_ row: inout Self, in db: Database)
    /// The person's resident ID number, for kinds that record people (one person, one
    /// record: the table indexes it so a second record with the same number is refused).
    static func identityNumber(of row: Self) -> String?
}

extension Entity {
    public var displayName: String { "" }
    public static func fillDefaults(_ row: inout Self, in db: Database) {}
    public static func identityNumber(of row: Self) -> String? { nil }
}
