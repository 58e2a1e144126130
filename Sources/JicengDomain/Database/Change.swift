/// One change to one record: the unit the model validates, the journal records and
/// `undo` inverts. Values are by field index; references are handles (the store
/// writes them as codes, which never change).
public enum Change: Hashable, Sendable {
    /// A new record with all its stored fields.
    case insert(EntityRef, [DomainValue])
    /// Some fields of a record, each with its value before and after.
    case update(EntityRef, [FieldChange])
    /// A removed record with all its stored fields as they were.
    case delete(EntityRef, [DomainValue])

    public var target: EntityRef {
        switch self {
        case .insert(let r, _), .update(let r, _), .delete(let r, _): r
        }
    }

    /// The change that undoes this one.
    public var inverse: Change {
        switch self {
        case .insert(let r, let v): .delete(r, v)
        case .delete(let r, let v): .insert(r, v)
        case .update(let r, let fields): .update(r, fields.map { FieldChange(field: $0.field, old: $0.new, new: $0.old) })
        }
    }

    public var operation: String {
        switch self {
        case .insert: "insert"
        case .update: "update"
        case .delete: "delete"
        }
    }
}

public struct FieldChange: Hashable, Sendable {
    public let field: Int
    public let old: DomainValue
    public let new: DomainValue
    public init(field: Int, old: DomainValue, new: DomainValue) { self.field = field; self.old = old; self.new = new }
}

/// A change with the command that made it, for dry-run summaries and history.
public struct ChangeRecord: Hashable, Sendable {
    public let change: Change
    /// The command's verb phrase ("assign member"), or "" when made outside a command.
    public let command: String
    /// An insert whose code was made by the model (W1, W2, …), so a writer that must
    /// replay it after others' commits may give it the next free code instead.
    public let generatedCode: Bool
}
