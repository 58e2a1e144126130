import JicengBase
import JicengDomain
import JicengLang

/// Turns what `show` is given into a ReportTable: a list of records of one kind gets
/// the kind's main fields as columns; a list of language records their keys; one
/// record or entity a field/value table; a report its own table.
struct ValueTable {
    let bridge: DomainBridge
    let reports: ReportResults

    /// Nil for values that are not tabular (numbers, strings, dates): `show` prints those plainly.
    func table(_ value: Value) -> ReportTable? {
        switch value {
        case .entity(let e):
            if e.type === reports.type { return reports.table(e.handle) }
            guard let ref = bridge.record(e) else { return nil }
            return recordTable(ref)
        case .record(let r):
            return rows([.record(r)])
        case .list(let l):
            return rows(Array(l.items))
        default:
            return nil
        }
    }

    // MARK: Lists

    private func rows(_ items: [Value]) -> ReportTable {
        var kinds = Set<Kind>()
        var allEntities = !items.isEmpty, allRecords = !items.isEmpty
        for item in items {
            switch item {
            case .entity(let e): if let r = bridge.record(e) { kinds.insert(r.kind) } else { allEntities = false }; allRecords = false
            case .record: allEntities = false
            default: allEntities = false; allRecords = false
            }
        }
        if allEntities, kinds.count == 1, let kind = kinds.first { return entityRows(items, kind) }
        if allEntities { return mixedEntityRows(items) }
        if allRecords { return recordRows(items) }
        var table = ReportTable(columns: [ReportColumn("value", LocalizedText(en: "value", zh: "值"))])
        for item in items { table.append([cell(item)]) }
        return table
    }

    private func entityRows(_ items: [Value], _ kind: Kind) -> ReportTable {
        let fields = MainFields.of(kind)
        let columns = fields.map(column)
        var table = ReportTable(columns: columns)
        table.reserveCapacity(items.count)
        let db = bridge.database
        for item in items {
            guard case .entity(let e) = item, let ref = bridge.record(e) else { continue }
            table.append(fields.map { cell(db.read(ref, $0.index), $0) })
        }
        return table
    }

    private func mixedEntityRows(_ items: [Value]) -> ReportTable {
        let db = bridge.database
        var table = ReportTable(columns: [
            ReportColumn("kind", LocalizedText(en: "kind", zh: "类别")),
            ReportColumn("code", LocalizedText(en: "code", zh: "编号")),
            ReportColumn("name", LocalizedText(en: "name", zh: "名称")),
        ])
        for item in items {
            guard case .entity(let e) = item else { continue }
            guard let ref = bridge.record(e) else { table.append([.text(e.type.name), .empty, .text(item.displayText)]); continue }
            let t = db.table(ref.kind)
            table.append([.text(ref.kind.name), .text(t.code(ref.index)), .text(t.displayName(ref.index))])
        }
        return table
    }

    private func recordRows(_ items: [Value]) -> ReportTable {
        var keys: [String] = []
        for item in items {
            guard case .record(let r) = item else { continue }
            for k in r.keys where !keys.contains(k) { keys.append(k) }
        }
        var table = ReportTable(columns: keys.map { key in
            let kind = items.lazy.compactMap { item -> ColumnKind? in
                guard case .record(let r) = item, let v = r[key] else { return nil }
                return ValueTable.columnKind(v)
            }.first ?? .text
            return ReportColumn(key, LocalizedText(key), kind: kind, isPersonalData: ValueTable.personalKeys.contains(key))
        })
        for item in items {
            guard case .record(let r) = item else { continue }
            table.append(keys.map { r[$0].map(cell) ?? .empty })
        }
        return table
    }

    /// Keys of script records that hold personal data (`select code, idcard`): masked like the fields.
    static let personalKeys: Set<String> = ["idcard", "phone", "address"]

    // MARK: One record

    private func recordTable(_ ref: RecordRef) -> ReportTable {
        var table = ReportTable(columns: [
            ReportColumn("field", LocalizedText(en: "field", zh: "字段")),
            ReportColumn("value", LocalizedText(en: "value", zh: "值")),
        ])
        let db = bridge.database
        for info in Schema.fields(of: ref.kind) {
            let v = db.read(ref, info.index)
            if v.isNone, info.derived { continue }
            var c = cell(v, info)
            if info.personal, case .text(let s) = c, !bridge.showPersonalData { c = .text(Privacy.mask(field: info.name, s)) }
            table.append([.text(info.name), c])
        }
        return table
    }

    // MARK: Cells

    private func column(_ info: FieldInfo) -> ReportColumn {
        let kind: ColumnKind = switch info.type {
        case .int: .integer
        case .decimal: .decimal
        case .day, .month: .date
        default: .text
        }
        return ReportColumn(info.name, LocalizedText(en: info.name, zh: info.label), kind: kind, isPersonalData: info.personal)
    }

    private func cell(_ v: DomainValue, _ info: FieldInfo) -> ReportCell {
        switch v {
        case .none: return .empty
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .decimal(let d): return .decimal(d)
        case .text(let s):
            if case .choice(let options) = info.type, bridge.language == .zh, let o = options.first(where: { $0.value == s }) {
                return .text(o.label)
            }
            return .text(s)
        case .day(let d): return .day(d)
        case .month(let m): return .month(m)
        case .ref(let r): return .text(bridge.database.code(r))
        case .list(let items): return .text(items.map { text($0) }.joined(separator: ", "))
        case .pairs(let pairs): return .text(pairs.map { text($0.key) + ": " + text($0.value) }.joined(separator: ", "))
        }
    }

    private func text(_ v: DomainValue) -> String {
        switch v {
        case .ref(let r): bridge.database.code(r)
        case .text(let s): s
        default: bridge.database.describe(v)
        }
    }

    private func cell(_ v: Value) -> ReportCell {
        switch v {
        case .nil: return .empty
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .decimal(let d): return .decimal(d)
        case .string(let s): return .text(s)
        case .date(let d): return .day(d)
        case .month(let m): return .month(m)
        case .quarter(let q): return .quarter(q)
        case .entity(let e):
            if let r = bridge.record(e) {
                let t = bridge.database.table(r.kind)
                let name = t.displayName(r.index)
                return .text(name.isEmpty ? t.code(r.index) : "\(t.code(r.index)) \(name)")
            }
            return .text(v.displayText)
        case .list, .record, .function: return .text(v.literalText)
        }
    }

    static func columnKind(_ v: Value) -> ColumnKind? {
        switch v {
        case .int: .integer
        case .decimal: .decimal
        case .date, .month, .quarter: .date
        case .nil: nil
        default: .text
        }
    }
}

/// The columns a list of records shows: the code, what staff call it, then the fields
/// people look at first. Every other field is one `select` away.
enum MainFields {
    static func of(_ kind: Kind) -> [FieldInfo] {
        let names: [String] = switch kind {
        case .district: ["code", "name"]
        case .street: ["code", "name", "district"]
        case .community: ["code", "name", "street", "households", "secretary", "director", "member_count"]
        case .grid: ["code", "name", "community", "households", "head"]
        case .unit: ["code", "name", "kind", "street", "community", "party_org"]
        case .org: ["code", "name", "kind", "parent", "secretary", "member_count"]
        case .member: ["code", "name", "gender", "born", "age", "category", "status", "branch", "phone"]
        case .applicant: ["code", "name", "born", "applied", "stage", "branch"]
        case .agreement: ["code", "kind", "unit", "community", "street", "starts", "ends", "status"]
        case .need, .resource, .project: ["code", "text", "owner", "claimed_by", "status"]
        case .meeting: ["code", "org", "kind", "date", "topic", "attendance_rate"]
        case .points: ["code", "member", "delta", "reason", "date"]
        case .dues: ["code", "member", "month", "amount", "paid_on"]
        case .wish: ["code", "community", "text", "status", "claimed_by"]
        case .proposal: ["code", "community", "topic", "step", "rating"]
        case .task: ["code", "list", "owner", "text", "due", "status", "overdue"]
        }
        return names.compactMap { Schema.field($0, of: kind) }
    }
}
