import JicengBase

/// A value of the language. Every payload is plain (integers, small structs, a string)
/// or a final class, so the enum stays small, copies are cheap and the hot paths
/// (`.int` arithmetic, comparisons) need no boxes or existentials.
public enum Value: Sendable {
    case `nil`
    case bool(Bool)
    case int(Int64)
    case decimal(ExactDecimal)
    case string(String)
    case date(Day)
    case month(YearMonth)
    case quarter(Quarter)
    case list(ListBox)
    case record(RecordBox)
    case entity(EntityRef)
    case function(FunctionBox)

    /// The name of the value's type as users see it in messages: `cannot add int and string`.
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .bool: return "bool"
        case .int: return "int"
        case .decimal: return "decimal"
        case .string: return "string"
        case .date: return "date"
        case .month: return "month"
        case .quarter: return "quarter"
        case .list: return "list"
        case .record: return "record"
        case .entity(let e): return e.type.name
        case .function: return "function"
        }
    }

    public var isNil: Bool { if case .nil = self { return true } else { return false } }

    /// Holds no reference (nil, a bool, a number, a date): copying or dropping it needs
    /// no reference counting, which hot paths check inline before calling the general code.
    @inline(__always)
    var isPlain: Bool {
        switch self {
        case .nil, .bool, .int, .decimal, .date, .month, .quarter: return true
        case .string, .list, .record, .entity, .function: return false
        }
    }

    /// Truthiness for `if`, `while`, `where`, `and`, `or`, `not`: only `false` and `nil`
    /// are false, as in Lua — `0` and `""` are ordinary values, not hidden booleans.
    @inline(__always)
    public var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .nil: return false
        default: return true
        }
    }

    public static func list(_ items: [Value]) -> Value { .list(ListBox(ContiguousArray(items))) }

    public static func record(_ fields: KeyValuePairs<String, Value>) -> Value {
        .record(RecordBox(keys: fields.map(\.key), values: ContiguousArray(fields.map(\.value))))
    }
}

/// A list's items. Lists are shared by reference, as in Lua, Python and JavaScript:
/// `let b = a` makes both names see the same list.
public final class ListBox: @unchecked Sendable {
    public var items: ContiguousArray<Value>

    public init(_ items: ContiguousArray<Value> = []) { self.items = items }

    deinit { if items.contains(where: \.isContainer) { NestedValues.release(&items) } }
}

/// A record's fields in the order they were written (`{name: "x", n: 1}`), so display
/// and `keys()` keep the author's order. Records are small; lookups scan the keys, and
/// each field-access site caches the index it last found.
public final class RecordBox: @unchecked Sendable {
    public var keys: [String]
    public var values: ContiguousArray<Value>

    public init(keys: [String], values: ContiguousArray<Value>) {
        self.keys = keys
        self.values = values
    }

    deinit { if values.contains(where: \.isContainer) { NestedValues.release(&values) } }

    public func index(of key: String) -> Int? { keys.firstIndex(of: key) }

    public subscript(key: String) -> Value? {
        guard let i = index(of: key) else { return nil }
        return values[i]
    }

    public func set(_ key: String, _ value: Value) {
        if let i = index(of: key) { values[i] = value } else { keys.append(key); values.append(value) }
    }
}

/// An entity of a host type (a member, an org, …): the type and an integer handle into
/// the host's table. The engine never looks inside; it asks the type for fields.
public struct EntityRef: Sendable {
    public let type: HostType
    public let handle: Int32

    public init(type: HostType, handle: Int32) {
        self.type = type
        self.handle = handle
    }
}
