import JicengBase
@_spi(Store) import JicengDomain

/// How each field type is written in the store's JSON, and read back: dates as
/// "YYYY-MM-DD", money as strings, references as codes (`"kind:code"` where a field
/// may point at several kinds), absentees and committees as [code, note] pairs.
/// Maps a code's bytes to the handle of a record of the kind.
protocol CodeResolver {
    func find(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int32?
}

/// Resolves through the database's code indexes (journal lines: small and few).
struct DatabaseResolver: CodeResolver {
    let db: Database
    func find(_ kind: Kind, _ code: UnsafeBufferPointer<UInt8>) -> Int32? {
        db.table(kind).index(code: String(decoding: code, as: UTF8.self))
    }
}

enum ValueCodec {
    static func encode(_ value: DomainValue, _ type: FieldType, db: Database, into w: inout JSONWriter) {
        switch value {
        case .none: w.raw("null")
        case .bool(let b): w.bool(b)
        case .int(let i): w.int(i)
        case .decimal(let d): w.string(d.description)
        case .text(let s): w.string(s)
        case .day(let d): w.string(d.description)
        case .month(let m): w.string(m.description)
        case .ref(let r):
            if case .anyRef = type { w.string(r.kind.name + ":" + db.code(r)) } else { w.string(db.code(r)) }
        case .list(let items):
            w.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { w.raw(", ") }
                encode(item, type, db: db, into: &w)
            }
            w.byte(UInt8(ascii: "]"))
        case .pairs(let pairs):
            w.byte(UInt8(ascii: "["))
            for (i, p) in pairs.enumerated() {
                if i > 0 { w.raw(", ") }
                w.byte(UInt8(ascii: "["))
                encode(p.key, type, db: db, into: &w)
                w.raw(", ")
                encode(p.value, .text, db: db, into: &w)
                w.byte(UInt8(ascii: "]"))
            }
            w.byte(UInt8(ascii: "]"))
        }
    }

    /// A reference that names no record yet (in a snapshot, it may come later in the file).
    struct Unresolved: Error {
        let kind: Kind
        let code: String
        let offset: Int
    }

    /// Reads a value of the field's type. `resolve` maps a code to a handle; a code it
    /// does not know throws `Unresolved`. Values of the wrong shape throw `JSONError`.
    static func decode<R: CodeResolver>(_ r: inout JSONReader, _ type: FieldType, resolve: R) throws -> DomainValue {
        if r.null() { return .none }
        let start = r.offset
        switch type {
        case .text, .choice:
            return .text(try r.string())
        case .int:
            return .int(try r.int())
        case .bool:
            return .bool(try r.bool())
        case .decimal:
            guard r.peek() == UInt8(ascii: "\"") else { throw r.error(.notQuoted(.decimal, found: r.foundItem)) }
            let s = try r.string()
            guard let d = ExactDecimal(s) else { throw r.error(LoadProblems.notADecimal(s), at: start) }
            return .decimal(d)
        case .day:
            guard r.peek() == UInt8(ascii: "\"") else { throw r.error(.notQuoted(.date, found: r.foundItem)) }
            if let raw = try r.stringBytes(), let d = parseDay(raw) { return .day(d) }
            r.offset = start
            throw r.error(LoadProblems.notADay(try r.string()), at: start)
        case .month:
            guard r.peek() == UInt8(ascii: "\"") else { throw r.error(.notQuoted(.month, found: r.foundItem)) }
            let s = try r.string()
            guard let m = YearMonth(s) else { throw r.error(LoadProblems.notAMonth(s), at: start) }
            return .month(m)
        case .ref(let kind), .derivedList(let kind):
            return .ref(try reference(&r, kind, resolve))
        case .anyRef(let kinds):
            r.skipSpace()
            let at = r.offset
            let s = try r.string()
            guard let colon = s.firstIndex(of: ":"), let kind = Kind(named: String(s[..<colon])), kinds.contains(kind) else {
                throw r.error(.notAReference(kinds: kinds.map(\.name), found: s), at: at)
            }
            var code = String(s[s.index(after: colon)...])
            guard let i = code.withUTF8({ resolve.find(kind, $0) }) else { throw Unresolved(kind: kind, code: code, offset: at) }
            return .ref(EntityRef(kind, i))
        case .refList(let kind):
            var items: [DomainValue] = []
            try r.expect(UInt8(ascii: "["), .list)
            var first = true
            while try r.hasNext(UInt8(ascii: "]"), first: &first) { items.append(.ref(try reference(&r, kind, resolve))) }
            return .list(items)
        case .textList:
            var items: [DomainValue] = []
            try r.expect(UInt8(ascii: "["), .list)
            var first = true
            while try r.hasNext(UInt8(ascii: "]"), first: &first) { items.append(.text(try r.string())) }
            return .list(items)
        case .refNotes(let kind):
            var pairs: [DomainValue.Pair] = []
            try r.expect(UInt8(ascii: "["), .listOfPairs)
            var first = true
            while try r.hasNext(UInt8(ascii: "]"), first: &first) {
                try r.expect(UInt8(ascii: "["), .pair)
                let ref = try reference(&r, kind, resolve)
                try r.expect(UInt8(ascii: ","), .token("','"))
                let note = try r.string()
                try r.expect(UInt8(ascii: "]"), .token("']'"))
                pairs.append(.init(.ref(ref), .text(note)))
            }
            return .pairs(pairs)
        }
    }

    private static func reference<R: CodeResolver>(_ r: inout JSONReader, _ kind: Kind, _ resolve: R) throws -> EntityRef {
        r.skipSpace()
        let at = r.offset
        if let raw = try r.stringBytes() {
            guard let i = resolve.find(kind, raw) else { throw Unresolved(kind: kind, code: String(decoding: raw, as: UTF8.self), offset: at) }
            return EntityRef(kind, i)
        }
        var code = try r.string()
        guard let i = code.withUTF8({ resolve.find(kind, $0) }) else { throw Unresolved(kind: kind, code: code, offset: at) }
        return EntityRef(kind, i)
    }

    /// Shaped like a date (digits and dashes in place), so a refusal is about the calendar.
    static func looksLikeDay(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return b.count == 10 && b.enumerated().allSatisfy { i, c in i == 4 || i == 7 ? c == UInt8(ascii: "-") : (c >= 48 && c <= 57) }
    }

    /// "YYYY-MM" straight from the bytes.
    static func parseMonth(_ b: UnsafeBufferPointer<UInt8>) -> YearMonth? {
        guard b.count == 7, b[4] == UInt8(ascii: "-") else { return nil }
        var year = 0, month = 0
        for i in 0..<4 { guard b[i] >= 48, b[i] <= 57 else { return nil }; year = year * 10 + Int(b[i] - 48) }
        for i in 5..<7 { guard b[i] >= 48, b[i] <= 57 else { return nil }; month = month * 10 + Int(b[i] - 48) }
        return YearMonth(year: year, month: month)
    }

    /// "YYYY-MM-DD" straight from the bytes (dates are the commonest value in a snapshot).
    static func parseDay(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
