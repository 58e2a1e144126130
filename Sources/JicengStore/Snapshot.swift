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
/// It is decoded straight into the typed tables (`SnapshotReader`): no dictionaries of
/// Any in between.
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

    /// Decodes a snapshot into an empty database and returns its sequence number (see
    /// `SnapshotReader`). The caller rebuilds the reverse indexes (`Database.resetBackrefs`)
    /// once the file is let go. `release` is told each stretch of the file that has been
    /// decoded (a mapped file gives those pages back, so a city's snapshot is never all in
    /// memory beside its tables).
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, file: String, into db: Database,
                       release: @escaping (Range<Int>) -> Void = { _ in }) throws -> Int {
        do {
            return try SnapshotReader.read(buffer, into: db, release: release)
        } catch let e as JSONError {
            throw LoadProblems.snapshot(e, in: buffer)
        }
    }

    /// The same from bytes in memory, reverse indexes built.
    static func decode(_ bytes: [UInt8], file: String, into db: Database) throws -> Int {
        let seq = try bytes.withUnsafeBufferPointer { try decode($0, file: file, into: db) }
        db.resetBackrefs()
        return seq
    }
}
