import JicengDomain

/// `export members [where …] to "f.csv"`: the records of a kind as a `ReportTable`,
/// one column per stored field, rendered by the Output module's CSV or JSON renderer
/// (one CSV writer in the project). Headers are the English field names or the Chinese
/// labels, both of which `CSVImport` maps back, so an exported file re-imports.
/// References are written as codes, lists joined with `; `, notes as `code:note`.
/// Personal data (ID numbers, phones, addresses) is masked unless `showPersonalData`.
public enum EntityExport {
    public static let listSeparator = "; "
    public static let noteSeparator = ":"

    /// The table of `records` (all live records of the kind, in table order, when nil).
    public static func table(_ kind: Kind, records: [Int32]? = nil, in db: Database, showPersonalData: Bool = false) -> ReportTable {
        let infos = Schema.fields(of: kind).filter { !$0.derived }
        let columns = infos.map { info in
            ReportColumn(info.name, LocalizedText(en: info.name, zh: info.label), kind: columnKind(info.type),
                         alignment: nil, isPersonalData: info.name == "idcard" || info.name == "phone")
        }
        let t = db.table(kind)
        let indexes = records ?? t.liveIndexes
        var table = ReportTable(title: LocalizedText(en: kind.name + "s", zh: kind.label), columns: columns)
        table.reserveCapacity(indexes.count)
        for index in indexes where t.isAlive(index) {
            table.append(infos.map { info in
                let cell = cell(t.value(index, info.index), db)
                guard info.personal, !showPersonalData, case .text(let s) = cell else { return cell }
                return .text(Privacy.mask(field: info.name, s))
            })
        }
        return table
    }

    /// The whole file's text: CSV for Excel (byte order mark, CRLF, formula guard) or JSON.
    public static func render(_ kind: Kind, records: [Int32]? = nil, in db: Database, format: OutputFormat,
                              language: OutputLanguage, showPersonalData: Bool = false, forFile: Bool = true) -> String {
        var options = forFile ? OutputOptions.forFile(language: language) : OutputOptions(language: language)
        options.showPersonalData = showPersonalData
        return ReportOutput.render(table(kind, records: records, in: db, showPersonalData: showPersonalData), as: format, options: options)
    }

    private static func columnKind(_ type: FieldType) -> ColumnKind {
        switch type {
        case .int: .integer
        case .decimal: .decimal
        case .day, .month: .date
        default: .text
        }
    }

    private static func cell(_ value: DomainValue, _ db: Database) -> ReportCell {
        switch value {
        case .none: return .empty
        case .bool(let b): return .bool(b)
        case .int(let n): return .int(Int64(n))
        case .decimal(let d): return .decimal(d)
        case .text(let s): return .text(s)
        case .day(let d): return .day(d)
        case .month(let m): return .month(m)
        case .ref(let r): return .text(db.code(r))
        case .list(let items): return .text(items.map { text($0, db) }.joined(separator: listSeparator))
        case .pairs(let pairs):
            return .text(pairs.map { p in
                let note = text(p.value, db)
                return text(p.key, db) + (note.isEmpty ? "" : noteSeparator + note)
            }.joined(separator: listSeparator))
        }
    }

    private static func text(_ value: DomainValue, _ db: Database) -> String {
        switch value {
        case .none: ""
        case .text(let s): s
        case .ref(let r): db.code(r)
        default: db.describe(value)
        }
    }
}
