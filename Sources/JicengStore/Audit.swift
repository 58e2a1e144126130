@_spi(Store) import JicengDomain

/// audit.jsonl: every journal line ever committed (留痕), kept when a checkpoint folds
/// the journal into the snapshot. Personal data (idcard, phone, address) is masked
/// here: the trail says who changed what and when, and never needs it in the clear.
enum Audit {
    /// The journal line with personal fields masked and the checksum recomputed.
    static func masked(_ line: ArraySlice<UInt8>) throws -> [UInt8] {
        guard case .object(var members) = try JSONValue.parse(line) else { return Array(line) + [0x0A] }
        members.removeAll { $0.0 == "sum" }
        for (i, member) in members.enumerated() where member.0 == "changes" {
            guard case .array(let changes) = member.1 else { continue }
            members[i].1 = .array(changes.map(maskChange))
        }
        var w = JSONWriter()
        JSONValue.object(members).write(into: &w)
        w.bytes.removeLast() // the closing brace: `sealed` ends the line with the checksum member
        return Journal.sealed(w.bytes)
    }

    private static func maskChange(_ change: JSONValue) -> JSONValue {
        guard case .object(var members) = change, let kindName = change["kind"]?.string,
              let kind = Kind.allCases.first(where: { $0.name == kindName }) else { return change }
        for (i, member) in members.enumerated() where member.0 == "set" || member.0 == "was" {
            guard case .object(let fields) = member.1 else { continue }
            members[i].1 = .object(fields.map { name, value in
                guard Schema.field(name, of: kind)?.personal == true, case .string(let s) = value else { return (name, value) }
                return (name, .string(Privacy.mask(field: name, s)))
            })
        }
        return .object(members)
    }

    /// The sequence number of the last whole line of the audit file, reading only its tail.
    static func lastSeq(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0 {
            guard let newline = bytes[..<end].lastIndex(of: 0x0A) else { return 0 }
            let start = (bytes[..<newline].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            if let seq = Journal.seq(of: bytes[start..<newline]) { return seq }
            end = newline
        }
        return 0
    }
}

/// One commit as the audit trail tells it (for `history`).
public struct HistoryEntry: Sendable, Hashable {
    public let seq: Int
    public let time: String
    public let user: String
    public let source: String
    public let command: String
    /// Each change as operation, kind and code (`update member M1`).
    public let changes: [Touch]

    public struct Touch: Sendable, Hashable {
        public let operation: String
        public let kind: Kind
        public let code: String
        /// Names of the fields set (masked values are not repeated here).
        public let fields: [String]
    }

    init?(_ line: ArraySlice<UInt8>) {
        guard let v = try? JSONValue.parse(line), let seq = v["seq"]?.int else { return nil }
        self.seq = seq
        time = v["time"]?.string ?? ""
        user = v["user"]?.string ?? ""
        source = v["source"]?.string ?? ""
        command = v["command"]?.string ?? ""
        var touches: [Touch] = []
        if case .array(let changes)? = v["changes"] {
            for c in changes {
                guard let op = c["op"]?.string, let kindName = c["kind"]?.string, let code = c["code"]?.string,
                      let kind = Kind.allCases.first(where: { $0.name == kindName }) else { continue }
                var fields: [String] = []
                if case .object(let set)? = c["set"] { fields = set.map(\.0) }
                touches.append(Touch(operation: op, kind: kind, code: code, fields: fields))
            }
        }
        changes = touches
    }
}
