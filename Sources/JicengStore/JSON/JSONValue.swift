/// A small JSON tree, for the few places that work on a whole journal line generically
/// (masking personal data for the audit trail, reading history). Snapshots never use it.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Members in file order (the writer's order is kept when re-serialised).
    case object([(String, JSONValue)])

    static func == (l: JSONValue, r: JSONValue) -> Bool {
        switch (l, r) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s }; return nil }
    var int: Int? { if case .int(let i) = self { return i }; return nil }

    static func parse(_ bytes: ArraySlice<UInt8>) throws -> JSONValue {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer in
            var r = JSONReader(buffer)
            let v = try parse(&r, depth: 0)
            guard r.peek() == 0 else { throw r.error(.moreAfterValue) }
            return v
        }
    }

    /// Lists and objects nested deeper than this are refused: Jiceng writes three levels,
    /// and parsing recurses, so a line made to nest without end must not exhaust the stack.
    static let maximumDepth = 64

    static func parse(_ r: inout JSONReader, depth: Int) throws -> JSONValue {
        guard depth <= maximumDepth else { throw r.error(.nestedTooDeep(maximumDepth)) }
        switch r.peek() {
        case UInt8(ascii: "{"):
            r.offset += 1
            var members: [(String, JSONValue)] = []
            var first = true
            while try r.hasNext(UInt8(ascii: "}"), first: &first) {
                let key = try r.string()
                try r.expect(UInt8(ascii: ":"), .token("':'"))
                members.append((key, try parse(&r, depth: depth + 1)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            r.offset += 1
            var items: [JSONValue] = []
            var first = true
            while try r.hasNext(UInt8(ascii: "]"), first: &first) { items.append(try parse(&r, depth: depth + 1)) }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try r.string())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try r.bool())
        case UInt8(ascii: "n"):
            guard r.null() else { throw r.error(.expectedValue(found: nil)) }
            return .null
        default: return .int(try r.int())
        }
    }

    func write(into w: inout JSONWriter) {
        switch self {
        case .null: w.raw("null")
        case .bool(let b): w.bool(b)
        case .int(let i): w.int(i)
        case .string(let s): w.string(s)
        case .array(let items):
            w.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                item.write(into: &w)
            }
            w.byte(UInt8(ascii: "]"))
        case .object(let members):
            w.byte(UInt8(ascii: "{"))
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                w.string(k)
                w.byte(UInt8(ascii: ":"))
                v.write(into: &w)
            }
            w.byte(UInt8(ascii: "}"))
        }
    }
}
