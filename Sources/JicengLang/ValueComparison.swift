import JicengBase

/// Equality and ordering. `==` never fails: values of different types are simply not
/// equal (except int and decimal, which compare as numbers). Ordering (`<`, `sort by`,
/// `min`, `max`) is defined within a type and between numbers; anything else is a
/// type mismatch the user should hear about, not a silent guess.
extension Value: Equatable {
    public static func == (l: Value, r: Value) -> Bool { equal(l, r, depth: 0) }

    /// Containers nested deeper than this compare by identity: a list that contains
    /// itself must not recurse until the stack runs out.
    static let maxCompareDepth = 64

    private static func equal(_ l: Value, _ r: Value, depth: Int) -> Bool {
        switch (l, r) {
        case (.nil, .nil): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.decimal(let a), .decimal(let b)): return a == b
        case (.int(let a), .decimal(let b)): return ExactDecimal(a) == b
        case (.decimal(let a), .int(let b)): return a == ExactDecimal(b)
        case (.string(let a), .string(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.month(let a), .month(let b)): return a == b
        case (.quarter(let a), .quarter(let b)): return a == b
        case (.list(let a), .list(let b)):
            if a === b { return true }
            guard depth < maxCompareDepth, a.items.count == b.items.count else { return false }
            for (x, y) in zip(a.items, b.items) where !equal(x, y, depth: depth + 1) { return false }
            return true
        case (.record(let a), .record(let b)):
            if a === b { return true }
            guard depth < maxCompareDepth, a.keys.count == b.keys.count else { return false }
            for (k, v) in zip(a.keys, a.values) {
                guard let w = b[k], equal(v, w, depth: depth + 1) else { return false }
            }
            return true
        case (.entity(let a), .entity(let b)): return a.type === b.type && a.handle == b.handle
        case (.function(let a), .function(let b)): return a === b
        default: return false
        }
    }

    /// -1, 0 or 1; throws a type mismatch for values with no common order.
    public static func compare(_ l: Value, _ r: Value) throws(ValueError) -> Int { try compare(l, r, depth: 0) }

    private static func compare(_ l: Value, _ r: Value, depth: Int) throws(ValueError) -> Int {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (b < a ? 1 : 0) }
        switch (l, r) {
        case (.int(let a), .int(let b)): return sign(a, b)
        case (.decimal(let a), .decimal(let b)): return sign(a, b)
        case (.int(let a), .decimal(let b)): return sign(ExactDecimal(a), b)
        case (.decimal(let a), .int(let b)): return sign(a, ExactDecimal(b))
        case (.string(let a), .string(let b)): return sign(a, b)
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.month(let a), .month(let b)): return sign(a, b)
        case (.quarter(let a), .quarter(let b)): return sign(a, b)
        case (.bool(let a), .bool(let b)): return sign(a ? 1 : 0, b ? 1 : 0)
        case (.entity(let a), .entity(let b)) where a.type === b.type: return sign(a.handle, b.handle)
        case (.list(let a), .list(let b)):
            guard depth < maxCompareDepth else {
                throw ValueError(RuntimeErrorID.typeMismatch, .listsNestedTooDeep(maxCompareDepth))
            }
            for (x, y) in zip(a.items, b.items) {
                let c = try compare(x, y, depth: depth + 1)
                if c != 0 { return c }
            }
            return sign(a.items.count, b.items.count)
        default:
            throw ValueError(RuntimeErrorID.typeMismatch, .cannotCompare(l.typeNames, r.typeNames))
        }
    }

    /// The order `sort by` uses: nil sorts before everything, so a missing field does
    /// not stop a report; other mismatches still fail.
    static func sortOrder(_ l: Value, _ r: Value) throws(ValueError) -> Int {
        switch (l.isNil, r.isNil) {
        case (true, true): return 0
        case (true, false): return -1
        case (false, true): return 1
        default: return try compare(l, r)
        }
    }
}

/// Lets values be dictionary keys for `group by`; consistent with `==` (1 == 1.0).
extension Value: Hashable {
    public func hash(into h: inout Hasher) {
        switch self {
        case .nil: h.combine(0)
        case .bool(let b): h.combine(b)
        case .int(let i): h.combine(ExactDecimal(i))
        case .decimal(let d): h.combine(d)
        case .string(let s): h.combine(s)
        case .date(let d): h.combine(d)
        case .month(let m): h.combine(m)
        case .quarter(let q): h.combine(q)
        case .list(let l): h.combine(l.items.count) // contents stay out: a list may contain itself
        case .record(let r): h.combine(r.keys.count)
        case .entity(let e): h.combine(ObjectIdentifier(e.type)); h.combine(e.handle)
        case .function(let f): h.combine(ObjectIdentifier(f))
        }
    }
}
