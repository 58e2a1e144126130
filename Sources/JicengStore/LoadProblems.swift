import JicengBase
@_spi(Store) import JicengDomain

/// What loading found wrong with a store file, turned into a `StoreProblem`: located
/// (line, column, byte, path inside the document, record), said in plain words, with
/// a repair. The decoders only keep a byte offset; the document is walked again here,
/// once, when there is something to report.
enum LoadProblems {
    // MARK: snapshot.json

    /// What to do about a snapshot that does not fit, with `fix` (what fits this problem) in the middle.
    static func snapshotRepair(_ fix: Message?) -> Message {
        Message(StoreMessage.snapshotRepair(fix: fix))
    }

    /// A snapshot that stopped the load at `error.offset`.
    static func snapshot(_ error: JSONError, in bytes: UnsafeBufferPointer<UInt8>) -> StoreError {
        let file = FileStore.snapshotName
        // A newer Jiceng's snapshot fails in many ways; its schema version says why.
        if let schema = topLevelInt("schema", in: bytes), schema > Migrations.currentSchema {
            return .newerSchema(file: file, found: schema, supported: Migrations.currentSchema)
        }
        if isBlank(bytes) {
            return .corrupt(StoreProblem(file: file, message: .snapshotEmpty, repair: .restoreSnapshot))
        }
        if !startsLikeSnapshot(bytes) {
            return .corrupt(StoreProblem(file: file, line: 1, column: 1, byte: 0,
                                         message: .notASnapshot(found: firstWord(bytes)), repair: .restoreSnapshotFromBackup))
        }
        let location = JSONLocation(of: error.offset, in: bytes)
        var message = error.message
        var repair = snapshotRepair(error.fix)
        if error.offset >= bytes.count {
            message = Message(StoreMessage.cutShort(message))
            repair = Message(StoreMessage.restoreWholeSnapshot)
        }
        return .corrupt(StoreProblem(file: file, line: location.line, column: location.column, byte: error.offset,
                                     path: location.pathText, record: snapshotRecord(location),
                                     message: message, repair: repair))
    }

    /// `member "M1204"`: the kind is the list the record is in.
    private static func snapshotRecord(_ location: JSONLocation) -> String? {
        guard let code = location.recordCode, case .key(let kind)? = location.path.first else { return nil }
        return "\(kind) \"\(code)\""
    }

    // MARK: journal.jsonl

    /// Repairs for a journal line that cannot be replayed: cut the journal before it
    /// (keeping the commits up to the one before), or set the journal aside. A line is
    /// not fixed by hand: its checksum would no longer match.
    static func journalRepair(line: Int, lastGoodSeq: Int, snapshotSeq: Int, fix: StoreMessage? = nil) -> Message {
        Message(StoreMessage.journalRepair(line: line, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq, fix: fix.map { Message($0) }))
    }

    /// A journal line whose checksum does not match: cut short, not JSON, edited, or not
    /// written by Jiceng at all. Says which.
    static func damagedJournalLine(_ text: ArraySlice<UInt8>, number: Int, lastGoodSeq: Int, snapshotSeq: Int) -> StoreError {
        let bytes = Array(text)
        let parsed: JSONError? = bytes.withUnsafeBufferPointer { buffer in
            var r = JSONReader(buffer)
            do { try r.checkSyntax(); return nil } catch let e as JSONError { return e } catch { return nil }
        }
        let hasSum = Journal.hasChecksumTrailer(text)
        var column: Int?
        let message: StoreMessage
        var repair = journalRepair(line: number, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq)
        if let parsed, parsed.offset >= bytes.count, bytes.starts(with: Journal.linePrefix) {
            message = .journalLineCutShort
            repair = journalRepair(line: number, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq,
                                   fix: .deleteRepeatedCommit(next: lastGoodSeq + 1, line: number))
        } else if parsed != nil, bytes.first != UInt8(ascii: "{") {
            column = 1
            message = .journalLineNotAnObject(found: firstWord(bytes))
        } else if let parsed {
            column = bytes.withUnsafeBufferPointer { JSONLocation(of: parsed.offset, in: $0).column }
            message = .journalLineNotJSON(parsed.message)
        } else if hasSum {
            message = .journalLineEdited
        } else {
            message = .journalLineWithoutChecksum
        }
        return .corrupt(StoreProblem(file: FileStore.journalName, line: number, column: column, message: Message(message), repair: repair))
    }

    /// A checksummed line whose contents do not fit (a wrong type, a missing record):
    /// located inside the line by column, path and the change's record.
    static func journalContent(_ error: JSONError, in text: ArraySlice<UInt8>, number: Int, lastGoodSeq: Int, snapshotSeq: Int) -> StoreError {
        let location = Array(text).withUnsafeBufferPointer { JSONLocation(of: error.offset, in: $0) }
        var record: String?
        if let code = location.recordCode { record = (location.recordKind ?? "record") + " \"\(code)\"" }
        return .corrupt(StoreProblem(file: FileStore.journalName, line: number, column: location.column,
                                     path: location.pathText, record: record, message: error.message,
                                     repair: journalRepair(line: number, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq)))
    }

    // MARK: What a record got wrong (the same words for the snapshot and the journal)

    static func missing(_ kind: Kind, _ code: String, at offset: Int) -> JSONError {
        var e = JSONError(offset: offset, message: .noRecordWithCode(kind: kind.name, code: code),
                          fix: .correctCodeOrAdd(kind: kind.name, code: code))
        e.standsAlone = true
        return e
    }

    static func duplicate(_ kind: Kind, _ code: String, at offset: Int) -> JSONError {
        JSONError(offset: offset, message: .duplicateCode(kind: kind.name, code: code), fix: .giveAnotherCode)
    }

    static func unknownField(_ name: String, of kind: Kind, at offset: Int) -> JSONError {
        let names = Schema.fields(of: kind).prefix(Schema.storedCount(of: kind)).map(\.name)
        if let nearest = Suggest.nearest(to: name, in: names) {
            return JSONError(offset: offset, message: .noSuchField(kind: kind.name, name: name, suggestion: nearest), fix: .correctFieldName)
        }
        return JSONError(offset: offset, message: .noSuchField(kind: kind.name, name: name, suggestion: nil),
                         fix: .removeField(kind: kind.name, fields: Array(names)))
    }

    static func notADay(_ text: String) -> StoreMessage {
        ValueCodec.looksLikeDay(text) ? .notADay(text) : .notADate(text)
    }

    static func notAMonth(_ text: String) -> StoreMessage { .notAMonth(text) }

    static func notADecimal(_ text: String) -> StoreMessage { .notADecimal(text) }

    /// A value of the right JSON shape that the field refuses (a word not among a choice's).
    static func wrongValue(_ value: DomainValue, for info: FieldInfo, at offset: Int) -> JSONError {
        var found: String?
        switch value {
        case .text(let s): found = "\"\(info.personal ? Privacy.mask(field: info.name, s) : s)\""
        case .int(let i): found = "\(i)"
        case .decimal(let d): found = "\(d)"
        default: break
        }
        return JSONError(offset: offset, message: .mustBe(field: "\(info.kind.name).\(info.name)", type: info.type, found: found))
    }

    // MARK: Reading a broken document's top level

    /// The integer value of a top-level key, read as far as the document allows.
    static func topLevelInt(_ name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var r = JSONReader(bytes)
        guard (try? r.expect(UInt8(ascii: "{"), .token("{"))) != nil else { return nil }
        var first = true
        while (try? r.hasNext(UInt8(ascii: "}"), first: &first)) == true {
            guard let key = try? r.string(), (try? r.expect(UInt8(ascii: ":"), .token(":"))) != nil else { return nil }
            if key == name { return try? r.int() }
            guard (try? r.skipValue()) != nil else { return nil }
        }
        return nil
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// `{` and then a key this format knows (a kind's list, format, schema or seq), or `}`.
    private static func startsLikeSnapshot(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var r = JSONReader(bytes)
        guard r.consume(UInt8(ascii: "{")) else { return false }
        if r.peek() == UInt8(ascii: "}") { return true }
        guard let key = try? r.string() else { return r.atEnd }
        return ["format", "schema", "seq"].contains(key) || Kind(named: key) != nil
    }

    private static func firstWord(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { firstWord($0) }
    }

    private static func firstWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var r = JSONReader(bytes)
        _ = r.peek()
        if case .list = r.foundItem { return "a list" }
        let rest = bytes[r.offset...].prefix(24)
        let text = String(decoding: rest.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        return "\"\(text.count > 12 ? String(text.prefix(12)) + "…" : text)\""
    }
}

extension JSONError {
    /// The same problem, its message starting with the field it is in (`member.born: …`).
    func naming(field info: FieldInfo) -> JSONError {
        let prefix = "\(info.kind.name).\(info.name)"
        guard !standsAlone, !message.english.hasPrefix(prefix) else { return self }
        return JSONError(offset: offset, message: Message(StoreMessage.inField(prefix, message)), fix: fix)
    }
}
