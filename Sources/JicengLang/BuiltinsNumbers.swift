import JicengBase

/// Built-ins over numbers and conversions between types.
extension Builtins {
    static let numbers: [NativeFunction] = [
        NativeFunction("abs", arity: 1...1, summary: "abs(x) — the magnitude of a number", summaryZh: "abs(x) — 数字的绝对值") { a, _ in
            switch a[0] {
            case .int(let i): return i < 0 ? try Arithmetic.negate(a[0]) : a[0]
            case .decimal(let d): return d.isNegative ? try Arithmetic.negate(a[0]) : a[0]
            default: throw expect(.number, "abs", 0, a[0])
            }
        },
        NativeFunction("round", arity: 1...2, summary: "round(x) or round(x, digits) — rounded half away from zero (四舍五入)", summaryZh: "round(x) 或 round(x, 位数) — 四舍五入") { a, _ in
            let digits = a.count > 1 ? try int("round", a, 1) : 0
            guard (0...Int64(ExactDecimal.maxScale)).contains(digits) else {
                throw argumentError(1, .roundDigits(Int(ExactDecimal.maxScale), digits))
            }
            switch a[0] {
            case .int: return a[0]
            case .decimal(let d):
                guard let r = d.rounded(scale: UInt8(digits)) else { throw ValueError(RuntimeErrorID.overflow, .decimalOverflowIn("round")) }
                if digits == 0, let i = r.exactInteger { return .int(i) }
                return .decimal(r)
            default: throw expect(.number, "round", 0, a[0])
            }
        },
        NativeFunction("int", arity: 1...1, summary: "int(x) — a whole number from a decimal (dropping the fraction), a string or a bool", summaryZh: "int(x) — 转为整数：小数去掉小数部分，也可以是字符串或真假值") { a, _ in
            switch a[0] {
            case .int: return a[0]
            case .decimal(let d):
                guard let r = d.rounded(scale: 0) else { throw ValueError(RuntimeErrorID.overflow, .decimalOverflowIn("int")) }
                var whole = r
                if !d.isNegative, r > d { whole = (r - ExactDecimal(1)) ?? r }
                if d.isNegative, r < d { whole = (r + ExactDecimal(1)) ?? r }
                return .int(whole.mantissa)
            case .string(let s):
                guard let i = Int64(s.trimmingSpaces) else { throw argumentError(0, .notAWholeNumber(Value.quoted(s))) }
                return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw expect(.numberStringOrBool, "int", 0, a[0])
            }
        },
        NativeFunction("decimal", arity: 1...1, summary: "decimal(x) — an exact decimal from an int or a string such as \"12.50\"", summaryZh: "decimal(x) — 由整数或 \"12.50\" 这样的字符串得到精确小数") { a, _ in
            switch a[0] {
            case .int(let i): return .decimal(ExactDecimal(i))
            case .decimal: return a[0]
            case .string(let s):
                guard let d = ExactDecimal(s.trimmingSpaces) else { throw argumentError(0, .notANumber(Value.quoted(s))) }
                return .decimal(d)
            default: throw expect(.numberOrString, "decimal", 0, a[0])
            }
        },
        NativeFunction("str", arity: 1...1, summary: "str(x) — the text print would show", summaryZh: "str(x) — print 显示的文本") { a, _ in
            .string(a[0].displayText)
        },
        NativeFunction("type", arity: 1...1, summary: "type(x) — the name of x's type: int, string, member, …", summaryZh: "type(x) — x 的类型名：int、string、member……") { a, _ in
            .string(a[0].typeName)
        },
    ]
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
