import JicengBase

/// Built-ins over dates, months and quarters.
extension Builtins {
    static let calendar: [NativeFunction] = [
        NativeFunction("today", arity: 0...0, summary: "today() — the current date") { _, context in
            .date(context.today)
        },
        NativeFunction("date", arity: 1...3, summary: "date(\"2025-03-15\") or date(y, m, d) — a date") { a, _ in
            if a.count == 1 {
                let s = try string("date", a, 0)
                guard let d = Day(s.trimmingSpaces) else { throw argumentError(0, "date(): \(Value.quoted(s)) is not a date (YYYY-MM-DD)") }
                return .date(d)
            }
            guard a.count == 3 else { throw argumentError(1, "date() takes a string, or a year, a month and a day") }
            let y = try int("date", a, 0), m = try int("date", a, 1), d = try int("date", a, 2)
            guard let day = Day(year: Int(clamping: y), month: Int(clamping: m), day: Int(clamping: d)) else {
                throw argumentError(0, "date(): \(y)-\(m)-\(d) is not a date")
            }
            return .date(day)
        },
        NativeFunction("days_between", arity: 2...2, summary: "days_between(a, b) — days from date a to date b (negative if b is earlier)") { a, _ in
            let x = try day("days_between", a, 0), y = try day("days_between", a, 1)
            return .int(Int64(y.ordinal) - Int64(x.ordinal))
        },
        NativeFunction("add_days", arity: 2...2, summary: "add_days(d, n) — the date n days after d") { a, _ in
            _ = try day("add_days", a, 0)
            _ = try int("add_days", a, 1)
            return try Arithmetic.add(a[0], a[1])
        },
        NativeFunction("add_months", arity: 2...2, summary: "add_months(d, n) — the same day n months later, clamped to the month's end") { a, _ in
            let d = try day("add_months", a, 0), n = try int("add_months", a, 1)
            guard let r = d.adding(months: Int(clamping: n)) else { throw Arithmetic.outOfCalendar(d, n) }
            return .date(r)
        },
        NativeFunction("year", arity: 1...1, summary: "year(x) — the year of a date, month or quarter") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.year))
            case .month(let m): return .int(Int64(m.year))
            case .quarter(let q): return .int(Int64(q.year))
            default: throw expect("a date, month or quarter", "year", 0, a[0])
            }
        },
        NativeFunction("month", arity: 1...1, summary: "month(x) — the month number (1–12) of a date or month") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.month))
            case .month(let m): return .int(Int64(m.month))
            default: throw expect("a date or month", "month", 0, a[0])
            }
        },
        NativeFunction("day", arity: 1...1, summary: "day(d) — the day of the month (1–31)") { a, _ in
            .int(Int64(try day("day", a, 0).day))
        },
        NativeFunction("quarter", arity: 1...1, summary: "quarter(x) — the quarter number (1–4) of a date, month or quarter") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.quarter.quarter))
            case .month(let m): return .int(Int64(m.quarter.quarter))
            case .quarter(let q): return .int(Int64(q.quarter))
            default: throw expect("a date, month or quarter", "quarter", 0, a[0])
            }
        },
        NativeFunction("month_of", arity: 1...1, summary: "month_of(d) — the month a date falls in (2025-03)") { a, _ in
            .month(try day("month_of", a, 0).yearMonth)
        },
        NativeFunction("quarter_of", arity: 1...1, summary: "quarter_of(x) — the quarter a date or month falls in (2025Q1)") { a, _ in
            switch a[0] {
            case .date(let d): return .quarter(d.quarter)
            case .month(let m): return .quarter(m.quarter)
            default: throw expect("a date or month", "quarter_of", 0, a[0])
            }
        },
    ]
}
