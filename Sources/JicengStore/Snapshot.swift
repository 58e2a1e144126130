import JicengBase
@_spi(Store) import JicengDomain

/// snapshot.json: the whole state, pretty-printed with sorted keys and one record
/// per line, so it diffs well in git:
///
///     {
///       "agreement": [
///         {"code": "A1", "ends": "2027-12-31", "kind": "co_building", …},
///       ],
///       …
///       "format": "jiceng-store",
///       …
///       "schema": 1,
///       "seq": 42,
///       …
///     }
///
/// It is decoded straight into the typed tables: no dictionaries of Any in between.
enum Snapshot {
    static let formatName = "jiceng-store"

    // MARK: Writing

    static func encode(_ db: Database, seq: Int) throws -> [UInt8] {
        var encoder = Encoder(db: db)
        var entries: [(key: String, write: (inout Encoder) throws -> Void)] = [
            ("format", { $0.w.string(formatName) }),
            ("schema", { $0.w.int(Migrations.currentSchema) }),
            ("seq", { $0.w.int(seq) }),
        ]
        for kind in Kind.allCases {
            entries.append((kind.name, { e in try db.visit(kind, &e) }))
        }
        entries.sort { $0.key < $1.key }
        encoder.w.raw("{\n")
        for (i, entry) in entries.enumerated() {
            encoder.w.raw("  ")
            encoder.w.string(entry.key)
            encoder.w.raw(": ")
            try entry.write(&encoder)
            encoder.w.raw(i == entries.count - 1 ? "\n" : ",\n")
        }
        encoder.w.raw("}\n")
        return encoder.w.bytes
    }

    /// Writes one table as an array, a record per line, fields by name, empty ones left out.
    struct Encoder: TableVisitor {
        let db: Database
        var w = JSONWriter(capacity: 1 << 20)

        mutating func visit<E: Entity>(_ table: Table<E>) throws {
            let infos = table.storedFields
            let order = infos.indices.sorted { infos[$0].name < infos[$1].name }
            let keys: [String] = order.map { infos[$0].name }
            let live = table.liveIndexes
            if live.isEmpty { w.raw("[]"); return }
            w.raw("[\n")
            for (n, index) in live.enumerated() {
                let row = table.rows[Int(index)]
                w.raw("    {")
                var first = true
                for (k, f) in order.enumerated() {
                    let v = table.fields[f].get(row)
                    if v.isNone { continue }
                    if !first { w.raw(", ") }
                    first = false
                    w.string(keys[k])
                    w.raw(": ")
                    ValueCodec.encode(v, infos[f].type, db: db, into: &w)
                }
                w.raw(n == live.count - 1 ? "}\n" : "},\n")
            }
            w.raw("  ]")
        }
    }

    // MARK: Reading

    /// Decodes a snapshot into an empty database and returns its sequence number. The
    /// caller rebuilds the reverse indexes (`Database.resetBackrefs`) once the file is let go.
    /// `release` is told each stretch of the file that has been decoded (a mapped file
    /// gives those pages back, so a city's snapshot is never all in memory beside its tables).
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, file: String, into db: Database,
                       release: @escaping (Range<Int>) -> Void = { _ in }) throws -> Int {
        do {
            return try decodeObject(buffer, file: file, into: db, release: release)
        } catch let e as JSONError {
            throw LoadProblems.snapshot(e, in: buffer)
        }
    }

    static func decode(_ bytes: [UInt8], file: String, into db: Database) throws -> Int {
        let seq = try bytes.withUnsafeBufferPointer { try decode($0, file: file, into: db) }
        db.resetBackrefs()
        return seq
    }

    private static func decodeObject(_ buffer: UnsafeBufferPointer<UInt8>, file: String, into db: Database,
                                     release: @escaping (Range<Int>) -> Void) throws -> Int {
        var r = JSONReader(buffer)
        var format: String?, schema: Int?, seq: Int?
        var arrays: [Kind: Int] = [:]
        var counts: [Kind: Int] = [:]
        try r.expect(UInt8(ascii: "{"), "'{' (a snapshot is one JSON object)")
        var seen: Set<String> = []
        var first = true
        while try r.hasNext(UInt8(ascii: "}"), first: &first) {
            r.skipSpace()
            let keyAt = r.offset
            let key = try r.string()
            guard seen.insert(key).inserted else {
                throw r.error("\"\(key)\" appears twice in the snapshot", at: keyAt, fix: "merge the two into one")
            }
            try r.expect(UInt8(ascii: ":"), "':' after \"\(key)\"")
            switch key {
            case "format": format = try r.string()
            case "schema": schema = try r.int()
            case "seq": seq = try r.int()
            default:
                guard let kind = Kind.allCases.first(where: { $0.name == key }) else {
                    throw r.error("\"\(key)\" is not part of a Jiceng snapshot (it holds format, schema, seq and a list per kind: "
                                  + Kind.allCases.map(\.name).joined(separator: ", ") + ")", at: keyAt, fix: "remove it or correct its name")
                }
                r.skipSpace()
                arrays[kind] = r.offset
                counts[kind] = try r.skipValue()
            }
        }
        guard r.peek() == 0 else { throw r.error("there is more after the snapshot's closing '}'", fix: "remove what follows the last '}'") }
        guard format == formatName else {
            throw r.error("this is not a Jiceng snapshot: it lacks \"format\": \"\(formatName)\"", at: 0)
        }
        guard let schema, let seq, seq >= 0 else {
            throw r.error("the snapshot lacks \(schema == nil ? "\"schema\" (its format version)" : "\"seq\" (the number of its last change)")", at: 0)
        }
        guard schema <= Migrations.currentSchema else {
            throw StoreError.newerSchema(file: file, found: schema, supported: Migrations.currentSchema)
        }
        guard schema >= 1 else { throw r.error("\"schema\" is \(schema); Jiceng's versions start at 1", at: 0) }

        let lookups = CodeLookups()
        var decoder = RowDecoder(reader: r, lookups: lookups, schema: schema, counts: counts, release: release)
        // Kind order is dependency order, so most references resolve as they are read.
        for kind in Kind.allCases {
            guard let at = arrays[kind] else { continue }
            decoder.reader.offset = at
            try db.visit(kind, &decoder)
            release(at..<decoder.reader.offset)
        }
        var resolver = PendingResolver(reader: r, lookups: lookups, pending: decoder.pending)
        for kind in Kind.allCases where resolver.pending.contains(where: { $0.kind == kind }) {
            try db.visit(kind, &resolver)
        }
        return seq
    }

    /// A reference to a record later in the file, filled in once every table is read.
    struct Pending {
        let kind: Kind
        let index: Int32
        let field: Int
        let offset: Int
    }

    struct RowDecoder: TableVisitor {
        var reader: JSONReader
        let lookups: CodeLookups
        let schema: Int
        var pending: [Pending] = []
        /// Records per kind, counted while the file was first scanned, to size the tables once.
        var counts: [Kind: Int] = [:]
        /// Gives decoded stretches of a mapped file back as the decoder moves on.
        let release: (Range<Int>) -> Void
        /// Bytes decoded between two releases.
        static let releaseStride = 4 << 20

        mutating func visit<E: Entity>(_ table: Table<E>) throws {
            let infos = table.storedFields
            let order = infos.indices.sorted { infos[$0].name < infos[$1].name }
            let names: [[UInt8]] = order.map { Array(infos[$0].name.utf8) }
            let resolve = self.lookups
            let setters = table.fields.map(\.set)
            let handleSetters = table.fields.map(\.setHandles)
            var scratch: [Int32] = []
            table.reserve(counts[E.kind] ?? 0)
            guard reader.consume(UInt8(ascii: "[")) else {
                throw reader.error("\"\(E.kind.name)\" should be a list of \(E.kind.name) records [{…}, …], found \(reader.found)")
            }
            var firstRow = true
            var released = reader.offset
            while try reader.hasNext(UInt8(ascii: "]"), first: &firstRow) {
                if reader.offset - released > RowDecoder.releaseStride {
                    release(released..<reader.offset)
                    released = reader.offset
                }
                reader.skipSpace()
                let rowAt = reader.offset
                try reader.expect(UInt8(ascii: "{"), "a \(E.kind.name) record ({\"code\": …})")
                var row = E()
                var rowPending: [(field: Int, offset: Int)] = []
                var firstField = true
                var cursor = 0 // fields come sorted, so the next key is usually the next name
                while try reader.hasNext(UInt8(ascii: "}"), first: &firstField) {
                    reader.skipSpace()
                    let keyAt = reader.offset
                    let field = try fieldIndex(at: keyAt, names: names, order: order, cursor: &cursor, kind: E.kind)
                    try reader.expect(UInt8(ascii: ":"), "':' after the field's name")
                    reader.skipSpace()
                    let valueAt = reader.offset
                    do {
                        if case .refList(let target) = infos[field].type, let setHandles = handleSetters[field], !reader.null() {
                            try ValueCodec.decodeHandles(&reader, target, resolve: resolve, into: &scratch)
                            scratch.withUnsafeBufferPointer { setHandles(&row, $0) }
                            continue
                        }
                        let v = try ValueCodec.decode(&reader, infos[field].type, resolve: resolve)
                        guard setters[field](&row, v) else { throw LoadProblems.wrongValue(v, for: infos[field], at: valueAt) }
                    } catch is ValueCodec.Unresolved {
                        rowPending.append((field, valueAt))
                        reader.offset = valueAt
                        try reader.skipValue()
                    } catch let e as JSONError {
                        throw e.naming(field: infos[field])
                    }
                }
                guard !row.code.isEmpty else {
                    throw reader.error("a \(E.kind.name) record without a code", at: rowAt, fix: "give it a code no other \(E.kind.name) has")
                }
                guard let index = table.appendLoaded(row) else { throw LoadProblems.duplicate(E.kind, row.code, at: rowAt) }
                lookups.insert(E.kind, row.code, row: index)
                for p in rowPending { pending.append(Pending(kind: E.kind, index: index, field: p.field, offset: p.offset)) }
            }
        }

        /// The field a key names: first the expected next name, then any name, then old names.
        private mutating func fieldIndex(at keyAt: Int, names: [[UInt8]], order: [Int], cursor: inout Int, kind: Kind) throws -> Int {
            if let key = try reader.stringBytes() {
                for j in cursor..<names.count where names[j].elementsEqual(key) {
                    cursor = j + 1
                    return order[j]
                }
                for j in 0..<min(cursor, names.count) where names[j].elementsEqual(key) { return order[j] }
            } else {
                _ = try reader.string()
            }
            reader.offset = keyAt
            let name = try reader.string()
            if let renamed = Migrations.currentName(of: name, in: kind, fromVersion: schema),
               let i = Schema.index(of: renamed, in: kind), i < Schema.storedCount(of: kind) {
                return i
            }
            throw LoadProblems.unknownField(name, of: kind, at: keyAt)
        }
    }

    struct PendingResolver: TableVisitor {
        var reader: JSONReader
        let lookups: CodeLookups
        let pending: [Pending]

        mutating func visit<E: Entity>(_ table: Table<E>) throws {
            for p in pending where p.kind == E.kind {
                reader.offset = p.offset
                do {
                    let v = try ValueCodec.decode(&reader, table.storedFields[p.field].type, resolve: lookups)
                    guard table.setLoaded(p.index, field: p.field, v) else {
                        throw LoadProblems.wrongValue(v, for: table.storedFields[p.field], at: p.offset)
                    }
                } catch let u as ValueCodec.Unresolved {
                    throw LoadProblems.missing(u.kind, u.code, at: u.offset)
                }
            }
        }
    }
}
