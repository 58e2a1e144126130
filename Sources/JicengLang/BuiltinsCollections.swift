/// Built-ins over lists and records: counting, aggregates, order.
extension Builtins {
    static let collections: [NativeFunction] = [
        NativeFunction("count", arity: 1...1, summary: "count(xs) — how many items a list (or query) has", summaryZh: "count(xs) — 列表（或查询结果）有多少项") { a, _ in
            try .int(Int64(list("count", a).count))
        },
        NativeFunction("len", arity: 1...1, summary: "len(x) — the length of a list, a string (in characters) or a record", summaryZh: "len(x) — 列表、字符串（按字数）或记录的长度") { a, _ in
            switch a[0] {
            case .list(let l): return .int(Int64(l.items.count))
            case .string(let s): return .int(Int64(s.count))
            case .record(let r): return .int(Int64(r.keys.count))
            default: throw expect(.listStringOrRecord, "len", 0, a[0])
            }
        },
        NativeFunction("sum", arity: 1...Int.max, summary: "sum(xs) — the total of a list of numbers (0 when empty)", summaryZh: "sum(xs) — 一组数字的合计（为空时是 0）") { a, _ in
            var total = Value.int(0)
            for v in try numbers("sum", a) { total = try Arithmetic.add(total, v) }
            return total
        },
        NativeFunction("avg", arity: 1...Int.max, summary: "avg(xs) — the exact average (nil when empty)", summaryZh: "avg(xs) — 精确的平均数（为空时是 nil）") { a, _ in
            let xs = try numbers("avg", a)
            guard !xs.isEmpty else { return .nil }
            var total = Value.int(0)
            for v in xs { total = try Arithmetic.add(total, v) }
            return try Arithmetic.divide(total, .int(Int64(xs.count)))
        },
        NativeFunction("min", arity: 1...Int.max, summary: "min(xs) or min(a, b, …) — the smallest (nil when empty)", summaryZh: "min(xs) 或 min(a, b, …) — 最小的一个（为空时是 nil）") { a, _ in
            try extreme("min", a, wantSmaller: true)
        },
        NativeFunction("max", arity: 1...Int.max, summary: "max(xs) or max(a, b, …) — the largest (nil when empty)", summaryZh: "max(xs) 或 max(a, b, …) — 最大的一个（为空时是 nil）") { a, _ in
            try extreme("max", a, wantSmaller: false)
        },
        NativeFunction("first", arity: 1...1, summary: "first(xs) — the first item, or nil", summaryZh: "first(xs) — 第一项，没有时是 nil") { a, _ in
            try list("first", a).first ?? .nil
        },
        NativeFunction("last", arity: 1...1, summary: "last(xs) — the last item, or nil", summaryZh: "last(xs) — 最后一项，没有时是 nil") { a, _ in
            try list("last", a).last ?? .nil
        },
        NativeFunction("reverse", arity: 1...1, summary: "reverse(x) — a list or string back to front", summaryZh: "reverse(x) — 把列表或字符串倒过来") { a, _ in
            switch a[0] {
            case .list(let l): return .list(ListBox(ContiguousArray(l.items.reversed())))
            case .string(let s): return .string(String(s.reversed()))
            default: throw expect(.listOrString, "reverse", 0, a[0])
            }
        },
        NativeFunction("sorted", arity: 1...1, summary: "sorted(xs) — a new list in ascending order", summaryZh: "sorted(xs) — 按从小到大排好的新列表") { a, _ in
            let items = Array(try list("sorted", a))
            let order = try sortedOrder(of: items)
            return .list(ListBox(ContiguousArray(order.map { items[$0] })))
        },
        NativeFunction("keys", arity: 1...1, summary: "keys(r) — a record's field names, in order", summaryZh: "keys(r) — 记录的字段名，按原顺序") { a, _ in
            guard case .record(let r) = a[0] else { throw expect(.record, "keys", 0, a[0]) }
            return .list(ListBox(ContiguousArray(r.keys.map { Value.string($0) })))
        },
        NativeFunction("values", arity: 1...1, summary: "values(r) — a record's field values, in order", summaryZh: "values(r) — 记录的字段值，按原顺序") { a, _ in
            guard case .record(let r) = a[0] else { throw expect(.record, "values", 0, a[0]) }
            return .list(ListBox(r.values))
        },
        NativeFunction("contains", arity: 2...2, summary: "contains(x, y) — whether list x holds y, string x contains y, or record x has field y", summaryZh: "contains(x, y) — 列表 x 是否含有 y、字符串 x 是否包含 y、记录 x 是否有字段 y") { a, _ in
            try .bool(Builtins.contains(a[0], a[1]))
        },
    ]

    static func extreme(_ function: String, _ a: [Value], wantSmaller: Bool) throws(ValueError) -> Value {
        let items = a.count == 1 ? try list(function, a) : ContiguousArray(a)
        var best: Value? = nil
        for item in items where !item.isNil {
            var v = item
            if case .record(let r) = item, r.values.count == 1 { v = r.values[0] } // `max(xs select age)`
            if v.isNil { continue }
            guard let b = best else { best = v; continue }
            let c: Int
            do { c = try Value.compare(v, b) } catch { throw argumentError(0, .inFunction(function, error.message)) }
            if wantSmaller ? c < 0 : c > 0 { best = v }
        }
        return best ?? .nil
    }

    /// `x in y` and contains(y, x).
    static func contains(_ container: Value, _ item: Value) throws(ValueError) -> Bool {
        switch container {
        case .list(let l): return l.items.contains(item)
        case .string(let s):
            guard case .string(let t) = item else {
                throw ValueError(RuntimeErrorID.typeMismatch, .cannotLookFor(item.typeNames))
            }
            return s.contains(t)
        case .record(let r):
            guard case .string(let k) = item else { return false }
            return r.index(of: k) != nil
        default:
            throw ValueError(RuntimeErrorID.typeMismatch, .cannotLookInside(container.typeNames), help: .inWorksOn)
        }
    }

    /// The order of `keys` under a stable sort; throws on the first pair of keys with
    /// no common order (a date against a string), rather than sorting them arbitrarily.
    static func sortedOrder(of keys: [Value], descending: Bool = false) throws(ValueError) -> [Int] {
        var failure: ValueError?
        let order = keys.indices.sorted { i, j in
            guard failure == nil else { return i < j }
            do throws(ValueError) {
                let c = try Value.sortOrder(keys[i], keys[j])
                if c == 0 { return i < j }
                return descending ? c > 0 : c < 0
            } catch {
                failure = error
                return i < j
            }
        }
        if let f = failure { throw f }
        return order
    }
}
