import JicengBase

/// Built-ins over dates, months and quarters.
extension Builtins {
    static let calendar: [NativeFunction] = [
        NativeFunction("today", arity: 0...0, summary: "today() — the current date", summaryZh: "today() — 今天的日期") { _, context in
            .date(context.today)
        },
        NativeFunction("date", arity: 1...3, summary: "date(\"2025-03-15\") or date(y, m, d) — a date", summaryZh: "date(\"2025-03-15\") 或 date(年, 月, 日) — 一个日期") { a, _ in
            if a.count == 1 {
                let s = try string("date", a, 0)
                guard let d = Day(s.trimmingSpaces) else { throw argumentError(0, .notADate(Value.quoted(s))) }
                return .date(d)
            }
            guard a.count == 3 else { throw argumentError(1, .dateArguments) }
            let y = try int("date", a, 0), m = try int("date", a, 1), d = try int("date", a, 2)
            guard let day = Day(year: Int(clamping: y), month: Int(clamping: m), day: Int(clamping: d)) else {
                throw argumentError(0, .noSuchDate("\(y)-\(m)-\(d)"))
            }
            return .date(day)
        },
        NativeFunction("days_between", arity: 2...2, summary: "days_between(a, b) — days from date a to date b (negative if b is earlier)", summaryZh: "days_between(a, b) — 从日期 a 到日期 b 的天数（b 较早时为负数）") { a, _ in
            let x = try day("days_between", a, 0), y = try day("days_between", a, 1)
            return .int(Int64(y.ordinal) - Int64(x.ordinal))
        },
        NativeFunction("add_days", arity: 2...2, summary: "add_days(d, n) — the date n days after d", summaryZh: "add_days(d, n) — 日期 d 之后 n 天") { a, _ in
            _ = try day("add_days", a, 0)
            _ = try int("add_days", a, 1)
            return try Arithmetic.add(a[0], a[1])
        },
        NativeFunction("add_months", arity: 2...2, summary: "add_months(d, n) — the same day n months later, clamped to the month's end", summaryZh: "add_months(d, n) — n 个月后的同一天，超过月底时取月底") { a, _ in
            let d = try day("add_months", a, 0), n = try int("add_months", a, 1)
            guard let r = d.adding(months: Int(clamping: n)) else { throw Arithmetic.outOfCalendar(d, n) }
            return .date(r)
        },
        NativeFunction("year", arity: 1...1, summary: "year(x) — the year of a date, month or quarter", summaryZh: "year(x) — 日期、月份或季度所在的年份") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.year))
            case .month(let m): return .int(Int64(m.year))
            case .quarter(let q): return .int(Int64(q.year))
            default: throw expect(.dateMonthOrQuarter, "year", 0, a[0])
            }
        },
        NativeFunction("month", arity: 1...1, summary: "month(x) — the month number (1–12) of a date or month", summaryZh: "month(x) — 日期或月份的月数（1–12）") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.month))
            case .month(let m): return .int(Int64(m.month))
            default: throw expect(.dateOrMonth, "month", 0, a[0])
            }
        },
        NativeFunction("day", arity: 1...1, summary: "day(d) — the day of the month (1–31)", summaryZh: "day(d) — 日期是当月的第几天（1–31）") { a, _ in
            .int(Int64(try day("day", a, 0).day))
        },
        NativeFunction("quarter", arity: 1...1, summary: "quarter(x) — the quarter number (1–4) of a date, month or quarter", summaryZh: "quarter(x) — 日期、月份或季度是第几季度（1–4）") { a, _ in
            switch a[0] {
            case .date(let d): return .int(Int64(d.quarter.quarter))
            case .month(let m): return .int(Int64(m.quarter.quarter))
            case .quarter(let q): return .int(Int64(q.quarter))
            default: throw expect(.dateMonthOrQuarter, "quarter", 0, a[0])
            }
        },
        NativeFunction("month_of", arity: 1...1, summary: "month_of(d) — the month a date falls in (2025-03)", summaryZh: "month_of(d) — 日期所在的月份（2025-03）") { a, _ in
            .month(try day("month_of", a, 0).yearMonth)
        },
        NativeFunction("quarter_of", arity: 1...1, summary: "quarter_of(x) — the quarter a date or month falls in (2025Q1)", summaryZh: "quarter_of(x) — 日期或月份所在的季度（2025Q1）") { a, _ in
            switch a[0] {
            case .date(let d): return .quarter(d.quarter)
            case .month(let m): return .quarter(m.quarter)
            default: throw expect(.dateOrMonth, "quarter_of", 0, a[0])
            }
        },
    ]
}
