/// The text of a cell as table, CSV, markdown, chart and HTML show it (JSON keeps types).
enum CellText {
    static func of(_ cell: ReportCell, in column: ReportColumn, _ options: OutputOptions) -> String {
        switch cell {
        case .empty: return ""
        case .text(let s): return column.isPersonalData && !options.showPersonalData && !s.isEmpty ? PersonalDataMask.mask(s) : s
        case .localized(let t): return t.text(in: options.language)
        case .int(let n): return String(n)
        case .decimal(let d): return d.description
        case .percent(let p): return p.description + "%"
        case .bool(let b): return OutputMessages.bool(b, options.language)
        case .day(let d): return d.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        }
    }

    /// Every cell's text, row-major, formatted once for renderers that measure before they write.
    static func grid(_ table: ReportTable, _ options: OutputOptions) -> ContiguousArray<String> {
        var texts = ContiguousArray<String>()
        texts.reserveCapacity(table.rows.count * table.columns.count)
        for row in table.rows {
            for (cell, column) in zip(row, table.columns) { texts.append(of(cell, in: column, options)) }
        }
        return texts
    }
}
