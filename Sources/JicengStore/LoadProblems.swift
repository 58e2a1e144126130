@_spi(Store) import JicengDomain

/// What loading found wrong with a store file, turned into a `StoreProblem`: located
/// (line, column, byte, path inside the document, record), said in plain words, with
/// a repair. The decoders only keep a byte offset; the document is walked again here,
/// once, when there is something to report.
enum LoadProblems {
    // MARK: snapshot.json

    /// What to do about a snapshot that does not fit, with `fix` (what fits this problem) in the middle.
    static func snapshotRepair(_ fix: String?) -> String {
        "stop every jiceng using this store and keep a copy of snapshot.json; then "
            + (fix ?? "correct the file at that place (or put back a backup copy of it)")
            + ", and run `jiceng check`. Nothing was changed"
    }

    /// A snapshot that stopped the load at `error.offset`.
    static func snapshot(_ error: JSONError, in bytes: UnsafeBufferPointer<UInt8>) -> StoreError {
        let file = FileStore.snapshotName
        // A newer Jiceng's snapshot fails in many ways; its schema version says why.
        if let schema = topLevelInt("schema", in: bytes), schema > Migrations.currentSchema {
            return .newerSchema(file: file, found: schema, supported: Migrations.currentSchema)
        }
        if isBlank(bytes) {
            return .corrupt(StoreProblem(file: file, message: "the file is empty",
                                         repair: "put back a backup copy of snapshot.json. Nothing was changed"))
        }
        if !startsLikeSnapshot(bytes) {
            return .corrupt(StoreProblem(file: file, line: 1, column: 1, byte: 0,
                                         message: "this is not a Jiceng snapshot: it should be one JSON object starting with '{' (found \(firstWord(bytes)))",
                                         repair: "put back snapshot.json from a backup copy. Nothing was changed"))
        }
        let location = JSONLocation(of: error.offset, in: bytes)
        var message = error.message
        var repair = snapshotRepair(error.fix)
        if error.offset >= bytes.count {
            message += " (the file was probably cut short while it was being copied or written)"
            repair = "put back a whole copy of snapshot.json from a backup: a file cut short cannot be completed by hand. Nothing was changed"
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
    static func journalRepair(line: Int, lastGoodSeq: Int, snapshotSeq: Int, fix: String? = nil) -> String {
        var ways: [String] = []
        if let fix { ways.append(fix) }
        if line > 2 {
            ways.append("keep only the \(line - 1) lines before it, with the commits up to change \(lastGoodSeq) (the later ones are lost): "
                        + "head -n \(line - 1) journal.jsonl > journal.cut && mv journal.cut journal.jsonl")
        }
        ways.append("move journal.jsonl aside to open the store as of its snapshot (change \(snapshotSeq)), without the journal's commits")
        return "stop every jiceng using this store and keep a copy of journal.jsonl; then "
            + ways.joined(separator: "; or ") + ". Nothing was changed"
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
        let message: String
        var repair = journalRepair(line: number, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq)
        if let parsed, parsed.offset >= bytes.count, bytes.starts(with: Journal.linePrefix) {
            message = "the line is cut short (a commit interrupted by a crash), yet more lines follow it"
            repair = journalRepair(line: number, lastGoodSeq: lastGoodSeq, snapshotSeq: snapshotSeq,
                                   fix: "if the next line is change \(lastGoodSeq + 1), the commit was made again after the crash: delete line \(number)")
        } else if parsed != nil, bytes.first != UInt8(ascii: "{") {
            column = 1
            message = "the line is not JSON: a journal line is one JSON object {…}, found \(firstWord(bytes))"
        } else if let parsed {
            column = bytes.withUnsafeBufferPointer { JSONLocation(of: parsed.offset, in: $0).column }
            message = "the line is not JSON: \(parsed.message)"
        } else if hasSum {
            message = "the line was changed after Jiceng wrote it (its checksum \"sum\" does not match its text)"
        } else {
            message = "the line has no checksum (\"sum\"): Jiceng did not write it"
        }
        return .corrupt(StoreProblem(file: FileStore.journalName, line: number, column: column, message: message, repair: repair))
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
        var e = JSONError(offset: offset, message: "no \(kind.name) has the code \"\(code)\"",
                          fix: "correct the code, or add the \(kind.name) \"\(code)\"")
        e.standsAlone = true
        return e
    }

    static func duplicate(_ kind: Kind, _ code: String, at offset: Int) -> JSONError {
        JSONError(offset: offset, message: "two \(kind.name) records have the code \"\(code)\"",
                  fix: "give one of them another code (codes are unique within a kind)")
    }

    static func unknownField(_ name: String, of kind: Kind, at offset: Int) -> JSONError {
        let names = Schema.fields(of: kind).prefix(Schema.storedCount(of: kind)).map(\.name)
        if let nearest = Suggest.nearest(to: name, in: names) {
            return JSONError(offset: offset, message: "\(kind.name) has no field \"\(name)\" (did you mean \"\(nearest)\"?)",
                             fix: "correct the field's name or remove the field")
        }
        return JSONError(offset: offset, message: "\(kind.name) has no field \"\(name)\"",
                         fix: "remove the field or correct its name (a \(kind.name) has " + names.joined(separator: ", ") + ")")
    }

    /// A value that should have been text in quotes (a date, a month, an amount).
    static func notQuoted(_ what: String, example: String, found: String) -> String {
        "expected \(what) written as text (\"\(example)\"), found \(found)"
    }

    static func notADay(_ text: String) -> String {
        ValueCodec.looksLikeDay(text) ? "\"\(text)\" is not a day of the calendar" : "expected a date written YYYY-MM-DD, found \"\(text)\""
    }

    static func notAMonth(_ text: String) -> String { "expected a month written YYYY-MM, found \"\(text)\"" }

    static func notADecimal(_ text: String) -> String { "expected a decimal number (\"81.50\"), found \"\(text)\"" }

    /// A value of the right JSON shape that the field refuses (a word not among a choice's).
    static func wrongValue(_ value: DomainValue, for info: FieldInfo, at offset: Int) -> JSONError {
        var found = ""
        switch value {
        case .text(let s): found = "; found \"\(info.personal ? Privacy.mask(field: info.name, s) : s)\""
        case .int(let i): found = "; found \(i)"
        case .decimal(let d): found = "; found \(d)"
        default: break
        }
        return JSONError(offset: offset, message: "\(info.kind.name).\(info.name) must be \(info.type)" + found)
    }

    // MARK: Reading a broken document's top level

    /// The integer value of a top-level key, read as far as the document allows.
    static func topLevelInt(_ name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var r = JSONReader(bytes)
        guard (try? r.expect(UInt8(ascii: "{"), "")) != nil else { return nil }
        var first = true
        while (try? r.hasNext(UInt8(ascii: "}"), first: &first)) == true {
            guard let key = try? r.string(), (try? r.expect(UInt8(ascii: ":"), "")) != nil else { return nil }
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
        if r.found.hasPrefix("'[") { return "a list" }
        let rest = bytes[r.offset...].prefix(24)
        let text = String(decoding: rest.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        return "\"\(text.count > 12 ? String(text.prefix(12)) + "…" : text)\""
    }
}

extension JSONError {
    /// The same problem, its message starting with the field it is in (`member.born: …`).
    func naming(field info: FieldInfo) -> JSONError {
        let prefix = "\(info.kind.name).\(info.name)"
        guard !standsAlone, !message.hasPrefix(prefix) else { return self }
        return JSONError(offset: offset, message: prefix + ": " + message, fix: fix)
    }
}
