/// What a set of changes did, for `--dry-run` and the REPL: counts per kind and
/// operation, per command, and the first changes described.
public struct ChangeSummary: Sendable, CustomStringConvertible {
    /// Changes shown one by one before "… and N more".
    public static let changesShown = 10

    public var total = 0
    /// "member" → ["insert": 3, "update": 1]
    public var byKind: [Kind: [String: Int]] = [:]
    public var byCommand: [String: Int] = [:]
    /// The first `changesShown` changes, described with codes and field names.
    public var first: [String] = []

    public init(_ records: [ChangeRecord], in db: Database) {
        total = records.count
        for r in records {
            byKind[r.change.target.kind, default: [:]][r.change.operation, default: 0] += 1
            byCommand[r.command.isEmpty ? "(no command)" : r.command, default: 0] += 1
            if first.count < ChangeSummary.changesShown { first.append(ChangeSummary.describe(r.change, in: db)) }
        }
    }

    /// One line per change: `update member "M1": phone "139****0000" (was nil)`; personal data masked.
    public static func describe(_ change: Change, in db: Database) -> String {
        let ref = change.target
        let fields = Schema.fields(of: ref.kind)
        func shown(_ field: Int, _ v: DomainValue) -> String {
            if case .text(let s) = v, fields[field].personal { return "\"" + Privacy.mask(field: fields[field].name, s) + "\"" }
            return db.describe(v)
        }
        let head = "\(change.operation) \(ref.kind.name) \"\(db.code(ref))\""
        switch change {
        case .insert(_, let values):
            let set = values.enumerated().filter { $0.offset > 0 && !$0.element.isNone }.map { "\(fields[$0.offset].name) \(shown($0.offset, $0.element))" }
            return head + (set.isEmpty ? "" : ": " + set.joined(separator: ", "))
        case .update(_, let changes):
            return head + ": " + changes.map { "\(fields[$0.field].name) \(shown($0.field, $0.new)) (was \(shown($0.field, $0.old)))" }.joined(separator: ", ")
        case .delete:
            return head
        }
    }

    public var description: String {
        var lines = ["\(total) change\(total == 1 ? "" : "s")"]
        for kind in byKind.keys.sorted() {
            let ops = byKind[kind]!.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            lines.append("  \(kind.name): \(ops)")
        }
        for (command, n) in byCommand.sorted(by: { $0.key < $1.key }) { lines.append("  by \(command): \(n)") }
        lines += first.map { "  " + $0 }
        if total > first.count { lines.append("  … and \(total - first.count) more") }
        return lines.joined(separator: "\n")
    }
}
