import JicengBase

/// What a set of changes did, for `--dry-run` and the REPL: counts per kind and
/// operation, per command, and the first changes described, in English or Chinese.
public struct ChangeSummary: Sendable, CustomStringConvertible, MessageText {
    /// Changes shown one by one before "… and N more".
    public static let changesShown = 10

    public var total = 0
    /// "member" → ["insert": 3, "update": 1]
    public var byKind: [Kind: [String: Int]] = [:]
    public var byCommand: [String: Int] = [:]
    /// The first `changesShown` changes, described with codes and field names.
    public var first: [String] = []
    /// The same in Chinese (kinds and fields by their labels).
    public var firstChinese: [String] = []

    public init(_ records: [ChangeRecord], in db: Database) {
        total = records.count
        for r in records {
            byKind[r.change.target.kind, default: [:]][r.change.operation, default: 0] += 1
            byCommand[r.command.isEmpty ? "(no command)" : r.command, default: 0] += 1
            if first.count < ChangeSummary.changesShown {
                first.append(ChangeSummary.describe(r.change, in: db))
                firstChinese.append(ChangeSummary.describe(r.change, in: db, .chinese))
            }
        }
    }

    /// One line per change: `update member "M1": phone "139****0000" (was nil)`
    /// (`修改 党员 "M1"：电话 "139****0000"（原为 nil）`); personal data masked.
    public static func describe(_ change: Change, in db: Database, _ language: MessageLanguage = .english) -> String {
        let chinese = language == .chinese
        let ref = change.target
        let fields = Schema.fields(of: ref.kind)
        func shown(_ field: Int, _ v: DomainValue) -> String {
            if case .text(let s) = v, fields[field].personal { return "\"" + Privacy.mask(field: fields[field].name, s) + "\"" }
            if chinese, case .bool(let b) = v { return b ? "是" : "否" }
            if chinese, case .text(let s) = v, case .choice(let options) = fields[field].type,
               let option = options.first(where: { $0.value == s }) { return "\"\(option.label)\"" }
            return db.describe(v)
        }
        func name(_ field: Int) -> String { chinese ? fields[field].label : fields[field].name }
        let (colon, comma) = chinese ? ("：", "，") : (": ", ", ")
        let head = chinese ? "\(ChangeSummary.chineseOperation(change.operation)) \(ref.kind.label) \"\(db.code(ref))\""
                           : "\(change.operation) \(ref.kind.name) \"\(db.code(ref))\""
        switch change {
        case .insert(_, let values):
            let set = values.enumerated().filter { $0.offset > 0 && !$0.element.isNone }.map { "\(name($0.offset)) \(shown($0.offset, $0.element))" }
            return head + (set.isEmpty ? "" : colon + set.joined(separator: comma))
        case .update(_, let changes):
            return head + colon + changes.map {
                "\(name($0.field)) \(shown($0.field, $0.new))" + (chinese ? "（原为 \(shown($0.field, $0.old))）" : " (was \(shown($0.field, $0.old)))")
            }.joined(separator: comma)
        case .delete:
            return head
        }
    }

    public var description: String { text(.english) }

    public func text(_ language: MessageLanguage) -> String {
        let chinese = language == .chinese
        var lines = [chinese ? "\(total) 项改动" : "\(total) change\(total == 1 ? "" : "s")"]
        for kind in byKind.keys.sorted() {
            let counts = byKind[kind]!.sorted { $0.key < $1.key }
            lines.append(chinese ? "  \(kind.label)：" + counts.map { "\(ChangeSummary.chineseOperation($0.key)) \($0.value)" }.joined(separator: "，")
                                 : "  \(kind.name): " + counts.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        for (command, n) in byCommand.sorted(by: { $0.key < $1.key }) {
            lines.append(chinese ? "  命令 \(command)：\(n)" : "  by \(command): \(n)")
        }
        lines += (chinese ? firstChinese : first).map { "  " + $0 }
        if total > first.count { lines.append(chinese ? "  ……另有 \(total - first.count) 项" : "  … and \(total - first.count) more") }
        return lines.joined(separator: "\n")
    }

    /// `insert` → 新增, `update` → 修改, `delete` → 删除.
    static func chineseOperation(_ operation: String) -> String {
        switch operation {
        case "insert": "新增"
        case "update": "修改"
        case "delete": "删除"
        default: operation
        }
    }
}
