import JicengBase

/// Arithmetic on values — the general (slow) path; compiled code handles int ⊕ int
/// inline and calls these for everything else. Overflow never wraps silently: it is a
/// runtime error, as money and counts must not turn negative behind the user's back.
///
/// - `/` on two ints is exact: `6 / 2` is the int 3, `7 / 2` is the decimal 3.5.
/// - `%` is the floored remainder (its sign follows the divisor, as in Python and Lua).
/// - `+` joins strings (a number or date on either side is formatted) and lists.
/// - A date ± int moves by days, a month by months, a quarter by quarters; subtracting
///   two of the same kind gives the distance as an int.
public enum Arithmetic {
    public static func add(_ l: Value, _ r: Value) throws(ValueError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let (s, o) = a.addingReportingOverflow(b)
            if o { throw overflow("+", l, r) }
            return .int(s)
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            return try decimal(l, r, "+") { $0 + $1 }
        case (.string(let a), .string(let b)): return .string(try joined(a, b))
        case (.string(let a), _) where r.joinsAsText: return .string(try joined(a, r.displayText))
        case (_, .string(let b)) where l.joinsAsText: return .string(try joined(l.displayText, b))
        case (.list(let a), .list(let b)):
            guard a.items.count + b.items.count <= Limits.maxListLength else {
                throw ValueError(RuntimeErrorID.listTooLong, .listTooLong(a.items.count + b.items.count, most: Limits.maxListLength),
                                 help: .listLimit(Limits.maxListLength))
            }
            return .list(ListBox(a.items + b.items))
        case (.date(let d), .int(let n)), (.int(let n), .date(let d)): return try shift(d, by: n)
        case (.month(let m), .int(let n)), (.int(let n), .month(let m)): return try shift(m, by: n)
        case (.quarter(let q), .int(let n)), (.int(let n), .quarter(let q)): return try shift(q, by: n)
        default: throw mismatch(.add, l, r)
        }
    }

    public static func subtract(_ l: Value, _ r: Value) throws(ValueError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let (s, o) = a.subtractingReportingOverflow(b)
            if o { throw overflow("-", l, r) }
            return .int(s)
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            return try decimal(l, r, "-") { $0 - $1 }
        case (.date(let d), .int(let n)): return try shift(d, by: -n)
        case (.month(let m), .int(let n)): return try shift(m, by: -n)
        case (.quarter(let q), .int(let n)): return try shift(q, by: -n)
        case (.date(let a), .date(let b)): return .int(Int64(a.ordinal) - Int64(b.ordinal))
        case (.month(let a), .month(let b)): return .int(Int64(a.index) - Int64(b.index))
        case (.quarter(let a), .quarter(let b)): return .int(Int64(a.index) - Int64(b.index))
        default: throw mismatch(.subtract, l, r)
        }
    }

    public static func multiply(_ l: Value, _ r: Value) throws(ValueError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            let (s, o) = a.multipliedReportingOverflow(by: b)
            if o { throw overflow("*", l, r) }
            return .int(s)
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            return try decimal(l, r, "*") { $0 * $1 }
        case (.string(let s), .int(let n)):
            guard n >= 0 else {
                throw ValueError(RuntimeErrorID.badArgument, .cannotRepeat(n), help: .countNotNegative)
            }
            let (bytes, o) = Int64(s.utf8.count).multipliedReportingOverflow(by: n)
            guard !o, bytes <= Int64(Limits.maxStringBytes) else { throw stringTooLong(o ? nil : Int(bytes)) }
            return .string(String(repeating: s, count: Int(n)))
        default: throw mismatch(.multiply, l, r)
        }
    }

    public static func divide(_ l: Value, _ r: Value) throws(ValueError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw divisionByZero() }
            if a == .min && b == -1 { throw overflow("/", l, r) }
            if a % b == 0 { return .int(a / b) }
            return try decimal(l, r, "/") { $0 / $1 }
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            if r.isZeroNumber { throw divisionByZero() }
            return try decimal(l, r, "/") { $0 / $1 }
        default: throw mismatch(.divide, l, r)
        }
    }

    public static func remainder(_ l: Value, _ r: Value) throws(ValueError) -> Value {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            if b == 0 { throw divisionByZero() }
            return .int(flooredRemainder(a, b))
        case (.int, .decimal), (.decimal, .int), (.decimal, .decimal):
            if r.isZeroNumber { throw divisionByZero() }
            // a - b * floor(a / b): truncate the quotient, then move the remainder to b's sign.
            guard let a = l.asDecimal, let b = r.asDecimal, let q = a / b, var t = q.rounded(scale: 0) else { throw overflow("%", l, r) }
            let one = ExactDecimal(1)
            if !q.isNegative, t > q { t = (t - one) ?? t }
            if q.isNegative, t < q { t = (t + one) ?? t }
            guard let product = t * b, var rest = a - product else { throw overflow("%", l, r) }
            if !rest.isZero, rest.isNegative != b.isNegative { rest = (rest + b) ?? rest }
            return .decimal(rest)
        default: throw mismatch(.remainder, l, r)
        }
    }

    public static func negate(_ v: Value) throws(ValueError) -> Value {
        switch v {
        case .int(let a):
            if a == .min { throw ValueError(RuntimeErrorID.overflow, .overflowIn(integer: true, "-\(a)")) }
            return .int(-a)
        case .decimal(let d):
            guard let n = -d else { throw ValueError(RuntimeErrorID.overflow, .overflowIn(integer: false, "-\(d)")) }
            return .decimal(n)
        default: throw ValueError(RuntimeErrorID.typeMismatch, .cannotNegate(v.typeNames))
        }
    }

    @inline(__always)
    public static func flooredRemainder(_ a: Int64, _ b: Int64) -> Int64 {
        if b == -1 { return 0 }
        let r = a % b
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    }

    private static func decimal(_ l: Value, _ r: Value, _ op: String, _ f: (ExactDecimal, ExactDecimal) -> ExactDecimal?) throws(ValueError) -> Value {
        guard let a = l.asDecimal, let b = r.asDecimal else {
            throw mismatch(op == "+" ? .add : op == "-" ? .subtract : op == "*" ? .multiply : .divide, l, r)
        }
        guard let v = f(a, b) else { throw overflow(op, l, r) }
        return .decimal(v)
    }

    private static func shift(_ d: Day, by n: Int64) throws(ValueError) -> Value {
        guard let n = Int(exactly: n), let v = d.adding(days: n) else { throw outOfCalendar(d, n) }
        return .date(v)
    }

    private static func shift(_ m: YearMonth, by n: Int64) throws(ValueError) -> Value {
        guard let n = Int(exactly: n), let v = m.adding(months: n) else { throw outOfCalendar(m, n) }
        return .month(v)
    }

    private static func shift(_ q: Quarter, by n: Int64) throws(ValueError) -> Value {
        let (i, overflow) = Int64(q.index).addingReportingOverflow(n)
        guard !overflow, i >= 4, i < 10000 * 4 else { throw outOfCalendar(q, Int(clamping: n)) }
        return .quarter(Quarter(index: Int32(i)))
    }

    static func outOfCalendar(_ v: some CustomStringConvertible, _ n: Int64) -> ValueError { outOfCalendar(v, Int(clamping: n)) }

    static func outOfCalendar(_ v: some CustomStringConvertible, _ n: Int) -> ValueError {
        ValueError(RuntimeErrorID.overflow, .outsideCalendar("\(v) \(n < 0 ? "-" : "+") \(n.magnitude)"))
    }

    static func overflow(_ op: String, _ l: Value, _ r: Value) -> ValueError {
        ValueError(RuntimeErrorID.overflow, .overflowIn(integer: l.isIntegral && r.isIntegral, "\(l.literalText) \(op) \(r.literalText)"),
                   help: .numbersAre64Bits)
    }

    /// `a + b` for text, refused past `Limits.maxStringBytes`.
    static func joined(_ a: String, _ b: String) throws(ValueError) -> String {
        let bytes = a.utf8.count + b.utf8.count
        guard bytes <= Limits.maxStringBytes else { throw stringTooLong(bytes) }
        return a + b
    }

    static func stringTooLong(_ bytes: Int?) -> ValueError {
        // A count of many digits says nothing more (and output masks long digit runs).
        let bytes = bytes.flatMap { $0 <= 10 * Limits.maxStringBytes ? $0 : nil }
        return ValueError(RuntimeErrorID.stringTooLong, .textTooLong(bytes, most: Limits.maxStringBytes),
                          help: .textLimit(Limits.maxStringBytes))
    }

    static func divisionByZero() -> ValueError { ValueError(RuntimeErrorID.divisionByZero, .divisionByZero) }

    static func mismatch(_ operation: RunMessage.Operation, _ l: Value, _ r: Value) -> ValueError {
        ValueError(RuntimeErrorID.typeMismatch, .cannotCombine(operation, l.typeNames, r.typeNames))
    }
}

extension Value {
    var asDecimal: ExactDecimal? {
        switch self {
        case .int(let i): return ExactDecimal(i)
        case .decimal(let d): return d
        default: return nil
        }
    }

    var isIntegral: Bool { if case .int = self { return true } else { return false } }

    var isZeroNumber: Bool { asDecimal?.isZero ?? false }

    /// Values `+` formats into a string: numbers, booleans, dates, months, quarters, nil.
    var joinsAsText: Bool {
        switch self {
        case .list, .record, .function: return false
        default: return true
        }
    }
}
