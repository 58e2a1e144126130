#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
@_spi(Store) import JicengDomain

/// journal.jsonl: one line per commit after the snapshot, preceded by a header line
/// naming the snapshot sequence number the journal continues from:
///
///     {"base":41,"format":"jiceng-journal"}
///     {"seq":42,"time":"2025-03-15T08:30:00Z","user":"li","source":"monthly.jc:14","command":"…","changes":[…],"sum":"89abcdef"}
///
/// `sum` is the CRC-32 of the line's bytes before `,"sum":`. A change is
/// `{"op":"insert|update|delete","kind":…,"code":…,"cmd":…,"set":{…},"was":{…}}`:
/// `set` holds the new values, `was` the old ones (so a line can be read as a diff).
enum Journal {
    static let formatName = "jiceng-journal"
    /// The bytes every line ends with after the checksum's eight hex digits.
    static let sumPrefix = Array(",\"sum\":\"".utf8)
    /// `,"sum":"` + 8 hex digits + `"}`
    static let sumTrailerLength = sumPrefix.count + 8 + 2

    static func header(base: Int) -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"base\":")
        w.int(base)
        w.raw(",\"format\":\"")
        w.raw("jiceng-journal")
        w.raw("\"}\n")
        return w.bytes
    }

    // MARK: Writing

    static func line(seq: Int, time: String, info: CommitInfo, records: [ChangeRecord], db: Database) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.raw("{\"seq\":")
        w.int(seq)
        w.raw(",\"time\":"); w.string(time)
        w.raw(",\"user\":"); w.string(info.user)
        w.raw(",\"source\":"); w.string(info.source)
        w.raw(",\"command\":"); w.string(info.command)
        w.raw(",\"changes\":[")
        for (i, record) in records.enumerated() {
            if i > 0 { w.byte(UInt8(ascii: ",")) }
            encode(record, db: db, into: &w)
        }
        w.byte(UInt8(ascii: "]"))
        return sealed(w.bytes)
    }

    /// Appends the checksum and the newline.
    static func sealed(_ body: [UInt8]) -> [UInt8] {
        var out = body
        out += sumPrefix
        out += Array(CRC32.hex(CRC32.checksum(body)).utf8)
        out += Array("\"}\n".utf8)
        return out
    }

    private static func encode(_ record: ChangeRecord, db: Database, into w: inout JSONWriter) {
        let change = record.change
        let ref = change.target
        let infos = Schema.fields(of: ref.kind)
        w.raw("{\"op\":"); w.string(change.operation)
        w.raw(",\"kind\":"); w.string(ref.kind.name)
        w.raw(",\"code\":"); w.string(db.code(ref))
        if !record.command.isEmpty { w.raw(",\"cmd\":"); w.string(record.command) }
        func object(_ key: StaticString, _ fields: [(Int, DomainValue)]) {
            w.raw(","); w.byte(UInt8(ascii: "\"")); w.raw(key); w.raw("\":{")
            for (n, (i, v)) in fields.sorted(by: { infos[$0.0].name < infos[$1.0].name }).enumerated() {
                if n > 0 { w.byte(UInt8(ascii: ",")) }
                w.string(infos[i].name)
                w.byte(UInt8(ascii: ":"))
                ValueCodec.encode(v, infos[i].type, db: db, into: &w)
            }
            w.byte(UInt8(ascii: "}"))
        }
        switch change {
        case .insert(_, let values):
            object("set", values.enumerated().filter { $0.offset > 0 && !$0.element.isNone }.map { ($0.offset, $0.element) })
        case .update(_, let fields):
            object("set", fields.map { ($0.field, $0.new) })
            object("was", fields.map { ($0.field, $0.old) })
        case .delete(_, let values):
            object("was", values.enumerated().filter { $0.offset > 0 && !$0.element.isNone }.map { ($0.offset, $0.element) })
        }
        w.byte(UInt8(ascii: "}"))
    }

    static func now() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    // MARK: Reading

    /// One line of a journal file, located.
    struct Line {
        let number: Int          // 1-based line number in the file
        let range: Range<Int>    // bytes without the newline
        let terminated: Bool     // ended with a newline
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var out: [Line] = []
        var start = 0, number = 1
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(Line(number: number, range: start..<i, terminated: true))
            start = i + 1
            number += 1
        }
        if start < bytes.count { out.append(Line(number: number, range: start..<bytes.count, terminated: false)) }
        return out
    }

    /// How every commit line starts.
    static let linePrefix = Array("{\"seq\":".utf8)

    /// Ends with `,"sum":"…"}` (whether or not the sum matches).
    static func hasChecksumTrailer(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > sumTrailerLength else { return false }
        let trailerStart = line.endIndex - sumTrailerLength
        return line[trailerStart..<(trailerStart + sumPrefix.count)].elementsEqual(sumPrefix)
            && line[(line.endIndex - 2)...].elementsEqual(Array("\"}".utf8))
    }

    /// True when the line ends with a checksum that matches its bytes.
    static func checksumMatches(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > sumTrailerLength else { return false }
        let trailerStart = line.endIndex - sumTrailerLength
        guard line[trailerStart..<(trailerStart + sumPrefix.count)].elementsEqual(sumPrefix),
              line[(line.endIndex - 2)...].elementsEqual(Array("\"}".utf8)) else { return false }
        let hex = String(decoding: line[(trailerStart + sumPrefix.count)..<(line.endIndex - 2)], as: UTF8.self)
        return CRC32.hex(CRC32.checksum(line[line.startIndex..<trailerStart])) == hex
    }

    /// Reads the header's base sequence number.
    static func base(ofHeader line: ArraySlice<UInt8>) -> Int? {
        let bytes = Array(line)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var r = JSONReader(buffer)
            var base: Int?, format: String?
            do {
                try r.expect(UInt8(ascii: "{"), .token("{"))
                var first = true
                while try r.hasNext(UInt8(ascii: "}"), first: &first) {
                    let key = try r.string()
                    try r.expect(UInt8(ascii: ":"), .token(":"))
                    switch key {
                    case "base": base = try r.int()
                    case "format": format = try r.string()
                    default: try r.skipValue()
                    }
                }
            } catch { return nil }
            return format == formatName ? base : nil
        }
    }

    /// The sequence number of a line (read from its start: `{"seq":N,`).
    static func seq(of line: ArraySlice<UInt8>) -> Int? {
        guard line.starts(with: linePrefix) else { return nil }
        var n = 0, digits = 0
        for b in line.dropFirst(linePrefix.count) {
            guard b >= 48, b <= 57 else { break }
            n = n * 10 + Int(b - 48)
            digits += 1
        }
        return digits > 0 ? n : nil
    }

    /// Applies a verified line's changes to the database, in order (so a change may refer
    /// to a record an earlier change of the same line made). Throws `JSONError` at the
    /// offending byte, or the model's refusal.
    static func replay(_ line: ArraySlice<UInt8>, into db: Database) throws {
        let bytes = Array(line)
        try bytes.withUnsafeBufferPointer { buffer in
            var r = JSONReader(buffer)
            try r.expect(UInt8(ascii: "{"), .token("{"))
            var first = true
            while try r.hasNext(UInt8(ascii: "}"), first: &first) {
                let key = try r.string()
                try r.expect(UInt8(ascii: ":"), .token("':'"))
                if key == "changes" {
                    try r.expect(UInt8(ascii: "["), .listOfChanges)
                    var firstChange = true
                    while try r.hasNext(UInt8(ascii: "]"), first: &firstChange) { try replayChange(&r, db) }
                } else {
                    try r.skipValue()
                }
            }
        }
    }

    private static func replayChange(_ r: inout JSONReader, _ db: Database) throws {
        let at = r.offset
        try r.expect(UInt8(ascii: "{"), .change)
        var op: String?, kind: Kind?, code: String?
        var set: [Int: DomainValue] = [:]
        var first = true
        while try r.hasNext(UInt8(ascii: "}"), first: &first) {
            let keyAt = r.offset
            let key = try r.string()
            try r.expect(UInt8(ascii: ":"), .token("':'"))
            switch key {
            case "op": op = try r.string()
            case "kind":
                let name = try r.string()
                guard let k = Kind.allCases.first(where: { $0.name == name }) else { throw r.error(.notAKind(name), at: keyAt) }
                kind = k
            case "code": code = try r.string()
            case "set":
                guard let kind else { throw r.error(.kindBeforeSet, at: keyAt) }
                try r.expect(UInt8(ascii: "{"), .objectOfFields)
                var firstField = true
                while try r.hasNext(UInt8(ascii: "}"), first: &firstField) {
                    let nameAt = r.offset
                    let name = try r.string()
                    guard let i = Schema.index(of: name, in: kind), i < Schema.storedCount(of: kind) else {
                        throw LoadProblems.unknownField(name, of: kind, at: nameAt)
                    }
                    try r.expect(UInt8(ascii: ":"), .token("':'"))
                    do {
                        set[i] = try ValueCodec.decode(&r, Schema.fields(of: kind)[i].type, resolve: DatabaseResolver(db: db))
                    } catch let u as ValueCodec.Unresolved {
                        throw LoadProblems.missing(u.kind, u.code, at: u.offset)
                    } catch let e as JSONError {
                        throw e.naming(field: Schema.fields(of: kind)[i])
                    }
                }
            default: try r.skipValue() // "cmd", "was": kept for readers; replay needs only the new values
            }
        }
        guard let op, let kind, let code else { throw r.error(.changeNeedsOpKindCode, at: at) }
        do {
            switch op {
            case "insert":
                set[0] = .text(code)
                try db.restoreInsert(kind, set)
            case "update":
                guard let i = db.table(kind).index(code: code) else { throw LoadProblems.missing(kind, code, at: at) }
                try db.restoreUpdate(EntityRef(kind, i), set)
            case "delete":
                guard let i = db.table(kind).index(code: code) else { throw LoadProblems.missing(kind, code, at: at) }
                try db.delete(EntityRef(kind, i))
            default:
                throw r.error(.unknownOp(op), at: at)
            }
        } catch let rejected as ChangeRejected {
            throw r.error(.changeDoesNotFit(rejected), at: at)
        }
    }
}
