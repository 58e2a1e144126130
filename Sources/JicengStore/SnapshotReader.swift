import JicengBase
@_spi(Store) import JicengDomain

/// Reads snapshot.json in one pass, front to back, straight into the typed tables.
///
/// Each kind's list is decoded where it stands in the file (`SnapshotRows`), each record
/// in place in its table. A reference to a record further on — most of them, as the
/// lists come in name order and meetings precede members — gets a placeholder handle
/// (`CodeLookups`); once the file is read, the tables are swept once in memory to swap
/// placeholders for rows. Decoded stretches of the file are given back to the kernel as
/// the reader moves on. Nothing but a byte offset is kept for errors: `LoadProblems`
/// works out the line, the path and the record only when there is one to report.
enum SnapshotReader {
    /// About the size of a record in a city's snapshot, to size the code lookups once
    /// (a guess too low only means the table grows).
    static let bytesPerRecord = 200

    static func read(_ buffer: UnsafeBufferPointer<UInt8>, into db: Database,
                     release: @escaping (Range<Int>) -> Void) throws -> Int {
        var r = JSONReader(buffer)
        let lookups = CodeLookups(expected: buffer.count / SnapshotReader.bytesPerRecord)
        var rows = SnapshotRows(lookups: lookups, buffer: buffer, release: release)
        var format: String?, schema: Int?, seq: Int?
        var seen: Set<String> = []
        try r.expect(UInt8(ascii: "{"), .snapshotObject)
        var first = true
        while try r.hasNext(UInt8(ascii: "}"), first: &first) {
            r.skipSpace()
            let keyAt = r.offset
            let key = try r.string()
            guard seen.insert(key).inserted else {
                throw r.error(.keyTwice(key), at: keyAt, fix: .mergeThem)
            }
            try r.expect(UInt8(ascii: ":"), .colonAfter(key))
            switch key {
            case "format": format = try r.string()
            case "schema":
                schema = try r.int()
                rows.schema = schema
            case "seq": seq = try r.int()
            default:
                guard let kind = Kind.allCases.first(where: { $0.name == key }) else {
                    throw r.error(.notPartOfSnapshot(key), at: keyAt, fix: .removeOrCorrectName)
                }
                rows.reader = r
                try db.visit(kind, &rows)
                r = rows.reader
                lookups.markComplete(kind)
            }
        }
        guard r.peek() == 0 else { throw r.error(.moreAfterSnapshot, fix: .removeWhatFollows) }
        release(0..<buffer.count)
        guard format == Snapshot.formatName else {
            throw r.error(.lacksFormat(Snapshot.formatName), at: 0)
        }
        guard let schema, let seq, seq >= 0 else {
            throw r.error(schema == nil ? .lacksSchema : .lacksSeq, at: 0)
        }
        guard schema <= Migrations.currentSchema else {
            throw StoreError.newerSchema(file: FileStore.snapshotName, found: schema, supported: Migrations.currentSchema)
        }
        guard schema >= 1 else { throw r.error(.schemaTooSmall(schema), at: 0) }
        try resolvePlaceholders(lookups, in: db, buffer)
        return seq
    }

    /// Every code met before its record must have met its record by the end of the file;
    /// then the handles standing in for them are swapped for the records' rows.
    private static func resolvePlaceholders(_ lookups: CodeLookups, in db: Database, _ buffer: UnsafeBufferPointer<UInt8>) throws {
        var pending: Set<Kind> = []
        var missing: (kind: Kind, at: Int)?
        for kind in Kind.allCases {
            let forwards = lookups.forwards[kind.rawValue]
            guard !forwards.isEmpty else { continue }
            pending.insert(kind)
            for f in forwards where f.row < 0 && f.firstUse < (missing?.at ?? Int.max) { missing = (kind, f.firstUse) }
        }
        if let missing {
            // The code as written where it was first met (a field of several kinds writes "kind:code").
            var r = JSONReader(buffer, offset: missing.at)
            var code = (try? r.string()) ?? ""
            if code.hasPrefix(missing.kind.name + ":") { code.removeFirst(missing.kind.name.count + 1) }
            throw LoadProblems.missing(missing.kind, code, at: missing.at)
        }
        guard !pending.isEmpty else { return }
        var sweep = PlaceholderSweep(pending: pending, rows: PlaceholderRows(lookups.forwards.map { $0.map(\.row) }))
        for kind in Kind.allCases { try db.visit(kind, &sweep) }
    }

    private struct PlaceholderSweep: TableVisitor {
        let pending: Set<Kind>
        let rows: PlaceholderRows

        func visit<E: Entity>(_ table: Table<E>) { table.resolvePlaceholders(to: pending, rows) }
    }
}
