import JicengBase

/// The value of one field, read or written generically (by field index) — what the
/// language sees of a record and what `add`/`set` commands hand to the model.
public enum DomainValue: Hashable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case decimal(ExactDecimal)
    case text(String)
    case day(Day)
    case month(YearMonth)
    case ref(EntityRef)
    case list([DomainValue])
    /// Ordered key → value pairs: absentees (member → reason), committee (member → role).
    case pairs([Pair])

    public struct Pair: Hashable, Sendable {
        public var key: DomainValue
        public var value: DomainValue
        public init(_ key: DomainValue, _ value: DomainValue) { self.key = key; self.value = value }
    }

    public var isNone: Bool {
        switch self {
        case .none: true
        case .text(let s): s.isEmpty
        case .list(let l): l.isEmpty
        case .pairs(let p): p.isEmpty
        default: false
        }
    }

    public var ref: EntityRef? { if case .ref(let r) = self { return r }; return nil }
    public var text: String? { if case .text(let s) = self { return s }; return nil }
    public var day: Day? { if case .day(let d) = self { return d }; return nil }
    public var int: Int? { if case .int(let i) = self { return i }; return nil }
}
