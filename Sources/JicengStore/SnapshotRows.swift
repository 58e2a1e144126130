#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
@_spi(Store) import JicengDomain

/// Decodes one kind's list of records (`[{…}, …]`) where the reader stands, each record
/// straight into a new row of its table: values are read from the bytes and written
/// into the row's properties (`FieldWriter`) without a `DomainValue` or a String made on
/// the way, except for text fields, whose long repeated texts are shared (`TextInterner`).
struct SnapshotRows: TableVisitor {
    var reader: JSONReader
    let lookups: CodeLookups
    let interner = TextInterner()
    /// The snapshot's format version, once read (a field renamed since needs it).
    var schema: Int?
    let release: (Range<Int>) -> Void
    /// Where the file has been given back up to.
    private var released = 0
    /// Bytes decoded between two releases.
    static let releaseStride = 4 << 20
    /// Reused for each list of references.
    private var handles: [Int32] = []

    init(lookups: CodeLookups, buffer: UnsafeBufferPointer<UInt8>, release: @escaping (Range<Int>) -> Void) {
        reader = JSONReader(buffer)
        self.lookups = lookups
        self.release = release
    }

    mutating func visit<E: Entity>(_ table: Table<E>) throws {
        let plan = FieldPlan(table.storedFields)
        let writers = table.fields.map(\.writer)
        try readList(of: E.kind, plan, writers) { decode in try table.appendLoaded(decode) }
    }

    /// The list `[{…}, …]` of `kind`, each record decoded by `append`'s callback into the row it is given.
    private mutating func readList(of kind: Kind, _ plan: FieldPlan, _ writers: [FieldWriter],
                                   _ append: ((UnsafeMutableRawPointer, Int32) throws -> String?) throws -> Int32?) throws {
        var trials = [TextInterner.Trial](repeating: .init(), count: writers.count)
        guard reader.consume(UInt8(ascii: "[")) else {
            throw reader.error(.notAList(kind: kind.name, found: reader.foundItem))
        }
        var firstRow = true
        var rowAt = 0
        var lastCode = ""
        let taken = try append { row, index in
            guard try reader.hasNext(UInt8(ascii: "]"), first: &firstRow) else { return nil }
            if reader.offset - released > SnapshotRows.releaseStride {
                release(released..<reader.offset)
                released = reader.offset
            }
            reader.skipSpace()
            rowAt = reader.offset
            let code = try decodeRecord(into: row, kind, plan, writers, &trials)
            let defined: Bool
            if let bytes = code.bytes {
                defined = lookups.define(kind, bytes, row: index)
            } else {
                var text = code.text // written with escapes
                defined = text.withUTF8 { lookups.define(kind, $0, row: index) }
            }
            guard defined else { throw LoadProblems.duplicate(kind, code.text, at: rowAt) }
            lastCode = code.text
            return code.text
        }
        // The lookups see a code taken twice first; the table's own index agrees.
        if taken != nil { throw LoadProblems.duplicate(kind, lastCode, at: rowAt) }
    }

    /// One `{…}` into the row at `row`; returns its code, as text and as its bytes in the
    /// file (nil when it is written with escapes).
    private mutating func decodeRecord(into row: UnsafeMutableRawPointer, _ kind: Kind, _ plan: FieldPlan, _ writers: [FieldWriter],
                                       _ trials: inout [TextInterner.Trial]) throws -> (text: String, bytes: UnsafeBufferPointer<UInt8>?) {
        let rowAt = reader.offset
        try reader.expect(UInt8(ascii: "{"), .record(kind: kind.name))
        var code = ""
        var codeBytes: UnsafeBufferPointer<UInt8>?
        var firstField = true
        var cursor = 0 // fields come sorted by name, so the next key is usually the next name
        while try reader.hasNext(UInt8(ascii: "}"), first: &firstField) {
            reader.skipSpace()
            let keyAt = reader.offset
            let field = try fieldIndex(plan, cursor: &cursor, kind: kind, at: keyAt)
            try reader.expect(UInt8(ascii: ":"), .colonAfterFieldName)
            reader.skipSpace()
            if reader.null() { continue }
            do {
                if field == FieldPlan.codeField, case .text(let offset) = writers[field] {
                    // The code is kept as bytes too, to file the record under it in the lookups.
                    reader.skipSpace()
                    let at = reader.offset
                    if let raw = try reader.stringBytes() {
                        code = try validText(raw, at: at)
                        codeBytes = raw
                    } else {
                        code = try reader.string()
                        codeBytes = nil
                    }
                    (row + offset).assumingMemoryBound(to: String.self).pointee = code
                    continue
                }
                try decodeValue(into: row, field, plan, writers[field], &trials[field])
            } catch let e as JSONError {
                throw e.naming(field: plan.infos[field])
            }
        }
        guard !code.isEmpty else {
            throw reader.error(.recordWithoutCode(kind: kind.name), at: rowAt, fix: .giveItACode(kind: kind.name))
        }
        return (code, codeBytes)
    }

    private mutating func decodeValue(into row: UnsafeMutableRawPointer, _ field: Int, _ plan: FieldPlan, _ writer: FieldWriter,
                                      _ trial: inout TextInterner.Trial) throws {
        switch writer {
        case .text(let offset):
            (row + offset).assumingMemoryBound(to: String.self).pointee = try text(&trial)
        case .int(let offset):
            (row + offset).assumingMemoryBound(to: Int?.self).pointee = try reader.int()
        case .bool(let offset):
            (row + offset).assumingMemoryBound(to: Bool.self).pointee = try reader.bool()
        case .decimal(let offset):
            guard reader.peek() == UInt8(ascii: "\"") else {
                throw reader.error(.notQuoted(.decimal, found: reader.foundItem))
            }
            let at = reader.offset
            let value = try withText { ExactDecimal(utf8: $0) }
            guard let value else { throw reader.error(LoadProblems.notADecimal(try textAgain(at)), at: at) }
            (row + offset).assumingMemoryBound(to: ExactDecimal?.self).pointee = value
        case .day(let offset):
            guard reader.peek() == UInt8(ascii: "\"") else {
                throw reader.error(.notQuoted(.date, found: reader.foundItem))
            }
            let at = reader.offset
            guard let day = try withText({ ValueCodec.parseDay($0) }) else { throw reader.error(LoadProblems.notADay(try textAgain(at)), at: at) }
            (row + offset).assumingMemoryBound(to: Day?.self).pointee = day
        case .month(let offset):
            guard reader.peek() == UInt8(ascii: "\"") else {
                throw reader.error(.notQuoted(.month, found: reader.foundItem))
            }
            let at = reader.offset
            guard let month = try withText({ ValueCodec.parseMonth($0) }) else { throw reader.error(LoadProblems.notAMonth(try textAgain(at)), at: at) }
            (row + offset).assumingMemoryBound(to: YearMonth?.self).pointee = month
        case .choice(let set):
            reader.skipSpace()
            let at = reader.offset
            guard let option = try withText({ plan.option(field, $0) }) else {
                throw LoadProblems.wrongValue(.text(try textAgain(at)), for: plan.infos[field], at: at)
            }
            set(row, option)
        case .ref(let set):
            set(row, try reference(plan.targets[field][0]))
        case .anyRef(let offset):
            (row + offset).assumingMemoryBound(to: EntityRef?.self).pointee = try anyReference(plan.targets[field])
        case .refList(let set):
            let kind = plan.targets[field][0]
            handles.removeAll(keepingCapacity: true)
            try reader.expect(UInt8(ascii: "["), .list)
            var first = true
            while try reader.hasNext(UInt8(ascii: "]"), first: &first) { handles.append(try reference(kind)) }
            handles.withUnsafeBufferPointer { set(row, $0) }
        case .textList(let offset):
            var items: [String] = []
            try reader.expect(UInt8(ascii: "["), .list)
            var first = true
            while try reader.hasNext(UInt8(ascii: "]"), first: &first) { items.append(try text(&trial)) }
            (row + offset).assumingMemoryBound(to: [String].self).pointee = items
        case .refNotes(let set):
            let kind = plan.targets[field][0]
            var pairs: [(Int32, String)] = []
            try reader.expect(UInt8(ascii: "["), .listOfPairs)
            var first = true
            while try reader.hasNext(UInt8(ascii: "]"), first: &first) {
                try reader.expect(UInt8(ascii: "["), .pair)
                let handle = try reference(kind)
                try reader.expect(UInt8(ascii: ","), .token("','"))
                let note = try text(&trial)
                try reader.expect(UInt8(ascii: "]"), .token("']'"))
                pairs.append((handle, note))
            }
            set(row, pairs)
        }
    }

    // MARK: Values

    /// A text value: long repeated ones shared, escaped ones decoded the slow way.
    private mutating func text(_ trial: inout TextInterner.Trial) throws -> String {
        reader.skipSpace()
        let at = reader.offset
        guard let raw = try reader.stringBytes() else { return try reader.string() }
        let text = interner.text(raw, trial: &trial)
        return reader.lastStringWasASCII ? text : try checked(text, raw, at: at)
    }

    /// The String of raw bytes known to end a text value, refused if they are not UTF-8.
    private func validText(_ raw: UnsafeBufferPointer<UInt8>, at: Int) throws -> String {
        let text = String(decoding: raw, as: UTF8.self)
        return reader.lastStringWasASCII ? text : try checked(text, raw, at: at)
    }

    /// Decoding repairs bad UTF-8 (with U+FFFD); a text that came out other than its bytes was not UTF-8.
    private func checked(_ text: String, _ raw: UnsafeBufferPointer<UInt8>, at: Int) throws -> String {
        let same = text.utf8.count == raw.count
            && (text.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }
                ?? text.utf8.elementsEqual(raw))
        guard same else { throw reader.error(.invalidUTF8, at: at) }
        return text
    }

    /// The bytes of a text value, however it is written.
    private mutating func withText<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        reader.skipSpace()
        if let raw = try reader.stringBytes() { return try body(raw) }
        var text = try reader.string()
        return try text.withUTF8(body)
    }

    /// The text value at `at` again, for a message.
    private mutating func textAgain(_ at: Int) throws -> String {
        reader.offset = at
        return try reader.string()
    }

    /// The handle of the record a code names: its row, or a placeholder while its list
    /// is still to come.
    private mutating func reference(_ kind: Kind) throws -> Int32 {
        reader.skipSpace()
        let at = reader.offset
        let row: Int32?
        if let raw = try reader.stringBytes() {
            row = lookups.resolve(kind, raw, at: at)
        } else {
            var code = try reader.string() // written with escapes
            row = code.withUTF8 { lookups.resolve(kind, $0, at: at) }
        }
        guard let row else { throw LoadProblems.missing(kind, try textAgain(at), at: at) }
        return row
    }

    /// `"kind:code"`, the kind one of `kinds`.
    private mutating func anyReference(_ kinds: [Kind]) throws -> EntityRef {
        reader.skipSpace()
        let at = reader.offset
        let lookups = self.lookups
        let found: (Kind, Int32?)? = try withText { raw in
            guard let colon = raw.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let name = UnsafeBufferPointer(rebasing: raw[..<colon])
            guard let kind = kinds.first(where: { $0.name.utf8.elementsEqual(name) }) else { return nil }
            return (kind, lookups.resolve(kind, UnsafeBufferPointer(rebasing: raw[(colon + 1)...]), at: at))
        }
        guard let (kind, row) = found else {
            throw reader.error(.notAReference(kinds: kinds.map(\.name), found: try textAgain(at)), at: at)
        }
        guard let row else {
            let text = try textAgain(at)
            throw LoadProblems.missing(kind, String(text.dropFirst(kind.name.count + 1)), at: at)
        }
        return EntityRef(kind, row)
    }

    // MARK: Field names

    /// The field a key names: first the expected next name, then any name, then names
    /// renamed since the snapshot's version.
    private mutating func fieldIndex(_ plan: FieldPlan, cursor: inout Int, kind: Kind, at keyAt: Int) throws -> Int {
        if let (position, length) = plan.match(reader.bytes, at: keyAt, from: cursor) {
            reader.offset = keyAt + length
            cursor = position + 1
            return plan.field(at: position)
        }
        if let key = try reader.stringBytes() {
            if let found = plan.find(key, from: cursor) {
                cursor = found.position + 1
                return found.field
            }
        }
        reader.offset = keyAt
        let name = try reader.string()
        if let i = Schema.index(of: name, in: kind), i < Schema.storedCount(of: kind) { return i } // a name written with escapes
        let version = schema ?? LoadProblems.topLevelInt("schema", in: reader.bytes) ?? Migrations.currentSchema
        if let renamed = Migrations.currentName(of: name, in: kind, fromVersion: version),
           let i = Schema.index(of: renamed, in: kind), i < Schema.storedCount(of: kind) {
            return i
        }
        throw LoadProblems.unknownField(name, of: kind, at: keyAt)
    }
}

/// What decoding a kind's records needs of its fields, worked out once per kind: the
/// names in file order (by name) as bytes, each field's target kinds and choice words.
/// (A class: handed to the decoder for every value without copying its arrays.)
final class FieldPlan {
    /// The code is the first field of every kind.
    static let codeField = 0

    let infos: [FieldInfo]
    /// Field indexes in name order, and their names' bytes, end to end.
    private let order: [Int]
    private let names: [UInt8]
    private let nameRanges: [Range<Int>]
    /// Per field: the kinds a reference may name.
    let targets: [[Kind]]
    /// Per choice field: each option's English word and Chinese label, as bytes.
    private let options: [[(value: [UInt8], label: [UInt8])]]

    /// A name in quotes as three little-endian words and the masks of its bytes; a name
    /// too long for them (over 22 bytes) never matches here.
    struct Quoted {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var masks: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var length = 0
    }

    private let quoted: [Quoted]

    init(_ infos: [FieldInfo]) {
        self.infos = infos
        order = infos.indices.sorted { infos[$0].name < infos[$1].name }
        var names: [UInt8] = [], ranges: [Range<Int>] = []
        for f in order {
            let start = names.count
            names += Array(infos[f].name.utf8)
            ranges.append(start..<names.count)
        }
        self.names = names
        nameRanges = ranges
        quoted = order.map { f in
            let bytes = [UInt8(ascii: "\"")] + Array(infos[f].name.utf8) + [UInt8(ascii: "\"")]
            var q = Quoted()
            guard bytes.count <= 24 else { q.masks = (UInt64.max, UInt64.max, UInt64.max); q.words = (1, 1, 1); return q }
            var words = [UInt64](repeating: 0, count: 3), masks = [UInt64](repeating: 0, count: 3)
            for (i, b) in bytes.enumerated() {
                words[i / 8] |= UInt64(b) << (8 * UInt64(i % 8))
                masks[i / 8] |= 0xFF << (8 * UInt64(i % 8))
            }
            q.words = (words[0], words[1], words[2])
            q.masks = (masks[0], masks[1], masks[2])
            q.length = bytes.count
            return q
        }
        targets = infos.map(\.type.targets)
        options = infos.map { info in
            guard case .choice(let options) = info.type else { return [] }
            return options.map { (Array($0.value.utf8), Array($0.label.utf8)) }
        }
    }

    /// The field at this position in name order.
    func field(at position: Int) -> Int { order[position] }

    /// The name position, from `from` on, whose quoted name (`"born"`) stands at `offset`
    /// in `bytes`, and the length of the quoted name: a key is matched in place, eight
    /// bytes at a time, without reading it as a string first. Nil when none from `from`
    /// on matches (then the key is read and looked up the slow way).
    @inline(__always)
    func match(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, from: Int) -> (position: Int, length: Int)? {
        guard offset + 24 <= bytes.count, let base = bytes.baseAddress else { return nil }
        let at = UnsafeRawPointer(base + offset)
        let first = at.loadUnaligned(as: UInt64.self), second = at.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let third = at.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        return quoted.withUnsafeBufferPointer { quoted in
            for p in from..<quoted.count {
                let q = quoted[p]
                if first & q.masks.0 == q.words.0, second & q.masks.1 == q.words.1, third & q.masks.2 == q.words.2 {
                    return (p, q.length)
                }
            }
            return nil
        }
    }

    /// The field named `key`, looking from name position `from` on, then before it.
    func find(_ key: UnsafeBufferPointer<UInt8>, from: Int) -> (position: Int, field: Int)? {
        names.withUnsafeBufferPointer { names in
            func matches(_ p: Int) -> Bool {
                let r = nameRanges[p]
                return r.count == key.count && memcmp(names.baseAddress! + r.lowerBound, key.baseAddress!, key.count) == 0
            }
            for p in from..<order.count where matches(p) { return (p, order[p]) }
            for p in 0..<min(from, order.count) where matches(p) { return (p, order[p]) }
            return nil
        }
    }

    /// The position of the option a choice field's word (or Chinese label) names.
    func option(_ field: Int, _ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let options = self.options[field]
        if let i = options.firstIndex(where: { $0.value.elementsEqual(word) }) { return i }
        return options.firstIndex { $0.label.elementsEqual(word) }
    }

}
