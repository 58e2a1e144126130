import JicengBase
import JicengDomain
import JicengLang

/// One call of a domain command, as its handler sees it: typed access to the
/// arguments (each failure located at its argument), the database, and output.
///
/// Slots are named as in the declaration (`<member>` → "member"). Every getter
/// throws a `ScriptError` pointing at the argument when it has the wrong type; the
/// `optional…` variants return nil for a clause that was not given.
public struct DomainCall {
    public let invocation: CommandInvocation
    public let bridge: DomainBridge
    public unowned let session: JicengSession

    public var database: Database { bridge.database }
    /// The run's date (pinned by tests and `--today`).
    public var today: Day { invocation.today }

    /// Writes a line of output, as `print` does.
    public func say(_ line: String) { invocation.output(line) }

    /// Says `created wish W12` (for a record made without a code) and returns the record;
    /// the REPL then does not echo it a second time.
    public func created(_ ref: RecordRef) -> Value {
        say(.created(ref.kind, database.code(ref)))
        let v = value(ref)
        session.announced = ref
        return v
    }

    /// The language value of a record (what a command returns for `let w = post wish …`).
    public func value(_ ref: RecordRef) -> Value { bridge.value(ref) }

    /// `member "M0001" 张三`: a record named in messages.
    public func describe(_ ref: RecordRef) -> String {
        let t = database.table(ref.kind)
        let name = t.displayName(ref.index)
        return "\(ref.kind.name) \"\(t.code(ref.index))\"" + (name.isEmpty ? "" : " " + name)
    }

    // MARK: Raw arguments

    /// The argument of slot `name`, or nil when it was left out.
    public func argument(_ name: String) -> Value? {
        guard let i = slot(name) else { return nil }
        return invocation.arguments[i]
    }

    /// Whether the clause or optional slot `name` was given.
    public func has(_ name: String) -> Bool { argument(name) != nil }

    func slot(_ name: String) -> Int? { invocation.slotIndex(name) }

    /// An error pointing at slot `name`'s argument (or the whole command).
    public func error(_ message: Message, at name: String? = nil, label: Message? = nil, help: Message? = nil,
                      id: String = BridgeErrorID.badArgument) -> ScriptError {
        let range = name.flatMap(slot).flatMap { invocation.argumentRanges[$0] } ?? invocation.range
        return ScriptError([Diagnostic(id: id, message: message, file: invocation.file, range: range, label: label, help: help)])
    }

    func error(_ message: CommandMessage, at name: String? = nil, label: Message? = nil, help: CommandMessage? = nil,
               id: String = BridgeErrorID.badArgument) -> ScriptError {
        error(Message(message), at: name, label: label, help: help.map(Message.init), id: id)
    }

    private func required(_ name: String) throws -> Value {
        guard let v = argument(name) else { throw error(.missingArgument(name), at: name) }
        return v
    }

    private func wrongType(_ v: Value, _ expected: CommandMessage.Wanted, at name: String) -> ScriptError {
        error(.wrongType(expected, slot: name, v.typeNames, v.literalText), at: name)
    }

    // MARK: Records

    /// The record an argument names: an entity value, a code, or a name only one record
    /// has. `kinds` are those allowed; with none given, the kind word of an entity slot
    /// (`org "X"`, `branch "X"`) decides. Unknown codes suggest the nearest one;
    /// ambiguous names list the codes.
    public func entity(_ name: String, _ kinds: Kind...) throws -> RecordRef {
        try record(try required(name), at: name, kinds: kinds)
    }

    public func optionalEntity(_ name: String, _ kinds: Kind...) throws -> RecordRef? {
        guard let v = argument(name), !v.isNil else { return nil }
        return try record(v, at: name, kinds: kinds)
    }

    /// A list of records (`attendees ["M1", "M2"]`); a single value counts as a list of one.
    public func entities(_ name: String, _ kind: Kind) throws -> [RecordRef] {
        guard let v = argument(name), !v.isNil else { return [] }
        if case .list(let l) = v { return try l.items.map { try record($0, at: name, kinds: [kind]) } }
        return [try record(v, at: name, kinds: [kind])]
    }

    /// Resolves one value to a record of one of `kinds`, errors located at slot `name`.
    public func record(_ v: Value, at name: String, kinds given: [Kind]) throws -> RecordRef {
        var kinds = given
        if let i = slot(name), let word = invocation.kinds[i], let k = KindWords.kind(forWord: word) {
            if kinds.isEmpty || kinds.contains(k) { kinds = [k] }
        }
        switch v {
        case .entity(let e):
            if bridge.record(e) == nil, let kind = bridge.kind(of: e.type), kinds.isEmpty || kinds.contains(kind) {
                // Its row is gone (added by a chunk that failed).
                throw error(.noLongerExists(bridge.display(RecordRef(kind, e.handle))), at: name, id: BridgeErrorID.unknownRecord)
            }
            guard let ref = bridge.record(e), kinds.isEmpty || kinds.contains(ref.kind) else {
                throw wrongType(v, .records(kinds), at: name)
            }
            guard database.isAlive(ref) else { throw error(.noLongerExists(bridge.display(ref)), at: name, id: BridgeErrorID.unknownRecord) }
            return ref
        case .string(let text):
            guard !kinds.isEmpty else { throw wrongType(v, .recordOfSomeKind, at: name) }
            for k in kinds { if let r = database.lookup(k, text) { return r } }
            throw resolveFailure(text, kinds[0], at: name)
        default:
            throw wrongType(v, .recordsByCode(kinds), at: name)
        }
    }

    /// Explains why `text` names no single record of `kind`.
    func resolveFailure(_ text: String, _ kind: Kind, at name: String) -> ScriptError {
        do { _ = try database.resolve(kind, text) } catch let rejected as ChangeRejected {
            if rejected.violations.first?.rule == "ambiguous_name" {
                return error(.ambiguousName(kind, Value(text).literalText), at: name,
                             label: rejected.violations[0].message, help: .writeTheCode, id: BridgeErrorID.ambiguousName)
            }
            return error(Message(CommandMessage.unknownRecord(kind, Value(text).literalText)), at: name,
                         label: Message(RuleMessage.noRecordNamed(kind)), help: nearest(text, kind).map(Suggestion.didYouMean),
                         id: BridgeErrorID.unknownRecord)
        } catch {}
        return error(.unknownRecord(kind, Value(text).literalText), at: name, id: BridgeErrorID.unknownRecord)
    }

    /// The code or name nearest to a mistyped one: the model's suggestion, else the
    /// language's (which counts two swapped characters, `U70` → `U07`, as one slip).
    func nearest(_ text: String, _ kind: Kind) -> String? {
        if let s = database.suggestion(kind, text) { return s }
        let table = database.table(kind)
        return Suggestion.closest(to: text, in: table.allCodes) ?? Suggestion.closest(to: text, in: table.allNames)
    }

    // MARK: Plain values

    public func date(_ name: String) throws -> Day { try date(try required(name), at: name) }
    public func optionalDate(_ name: String) throws -> Day? { try argument(name).flatMap { $0.isNil ? nil : try date($0, at: name) } }

    private func date(_ v: Value, at name: String) throws -> Day {
        if case .date(let d) = v { return d }
        if case .string(let s) = v, let d = Day(s) { return d }
        throw wrongType(v, .date, at: name)
    }

    public func month(_ name: String) throws -> YearMonth { try month(try required(name), at: name) }
    public func optionalMonth(_ name: String) throws -> YearMonth? { try argument(name).flatMap { $0.isNil ? nil : try month($0, at: name) } }

    private func month(_ v: Value, at name: String) throws -> YearMonth {
        if case .month(let m) = v { return m }
        if case .date(let d) = v { return YearMonth(year: d.year, month: d.month)! }
        if case .string(let s) = v, let m = YearMonth(s) { return m }
        throw wrongType(v, .month, at: name)
    }

    public func quarter(_ name: String) throws -> Quarter {
        let v = try required(name)
        if case .quarter(let q) = v { return q }
        if case .string(let s) = v, let q = Quarter(s) { return q }
        throw wrongType(v, .quarter, at: name)
    }

    public func int(_ name: String) throws -> Int { try int(try required(name), at: name) }
    public func optionalInt(_ name: String) throws -> Int? { try argument(name).flatMap { $0.isNil ? nil : try int($0, at: name) } }

    private func int(_ v: Value, at name: String) throws -> Int {
        if case .int(let i) = v, let n = Int(exactly: i) { return n }
        if case .decimal(let d) = v, let i = d.exactInteger, let n = Int(exactly: i) { return n }
        throw wrongType(v, .wholeNumber, at: name)
    }

    public func decimal(_ name: String) throws -> ExactDecimal { try decimal(try required(name), at: name) }
    public func optionalDecimal(_ name: String) throws -> ExactDecimal? { try argument(name).flatMap { $0.isNil ? nil : try decimal($0, at: name) } }

    private func decimal(_ v: Value, at name: String) throws -> ExactDecimal {
        if case .decimal(let d) = v { return d }
        if case .int(let i) = v { return ExactDecimal(i) }
        throw wrongType(v, .number, at: name)
    }

    public func string(_ name: String) throws -> String { try string(try required(name), at: name) }
    public func optionalString(_ name: String) throws -> String? { try argument(name).flatMap { $0.isNil ? nil : try string($0, at: name) } }

    private func string(_ v: Value, at name: String) throws -> String {
        if case .string(let s) = v { return s }
        throw wrongType(v, .text, at: name)
    }

    /// The canonical word of a choice slot (`committee_meeting` for `支委会`).
    public func choice(_ name: String) throws -> String { try string(try required(name), at: name) }
    public func optionalChoice(_ name: String) -> String? {
        if case .string(let s)? = argument(name) { return s }
        return nil
    }

    /// A list of texts (`resources ["场地", "志愿者"]`); one string counts as a list of one.
    public func strings(_ name: String) throws -> [String] {
        guard let v = argument(name), !v.isNil else { return [] }
        if case .list(let l) = v { return try l.items.map { try string($0, at: name) } }
        return [try string(v, at: name)]
    }

    /// A record of key → text (`absent {"M0009": "病假"}`), in the order written.
    public func textRecord(_ name: String) throws -> [(key: String, value: String)] {
        guard let v = argument(name), !v.isNil else { return [] }
        guard case .record(let r) = v else { throw wrongType(v, .noteRecord, at: name) }
        return try zip(r.keys, r.values).map { k, value in
            switch value {
            case .string(let s): (k, s)
            case .nil: (k, "")
            default: throw wrongType(value, .textFor(Value(k).literalText), at: name)
            }
        }
    }

    /// Records with a note each (`absent {"M0009": "病假"}` → member M0009, "病假"); keys
    /// are codes or names of `kind`, located errors at the record argument.
    public func notes(_ name: String, _ kind: Kind) throws -> [(RecordRef, String)] {
        try textRecord(name).map { key, note in
            if let r = database.lookup(kind, key) { return (r, note) }
            throw resolveFailure(key, kind, at: name)
        }
    }

    // MARK: Changes

    /// Runs model changes; a refusal becomes a located error (see `RuleDiagnostics`).
    public func change<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let rejected as ChangeRejected { throw diagnostics(for: rejected) }
    }

    /// The located diagnostics of a refused change.
    public func diagnostics(for rejected: ChangeRejected) -> ScriptError {
        RuleDiagnostics.located(rejected, in: self)
    }
}

extension Value {
    /// A string value (for messages that quote what was typed).
    init(_ text: String) { self = .string(text) }
}
