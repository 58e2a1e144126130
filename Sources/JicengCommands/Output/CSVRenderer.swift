/// `as csv`: RFC 4180. A field is quoted when it holds a comma, a quote, CR or LF, and
/// its quotes are doubled. Lines end as the options say (CRLF by default, as the RFC and
/// Excel expect); a file for Excel starts with a UTF-8 byte order mark. Headers are in
/// the chosen language; data rows only (no totals, no notes), so the file imports cleanly.
enum CSVRenderer {
    static let byteOrderMark = "\u{FEFF}"

    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        let newline = options.csvLineEnding.text
        if options.byteOrderMark { out.append(byteOrderMark) }
        guard !table.columns.isEmpty else { return }
        out.reserveCapacity(out.utf8.count + (table.rows.count + 1) * table.columns.count * 12)

        for (i, column) in table.columns.enumerated() {
            if i > 0 { out.append(",") }
            appendField(column.header.text(in: options.language), to: &out)
        }
        out.append(newline)
        for row in table.rows {
            for (i, (cell, column)) in zip(row, table.columns).enumerated() {
                if i > 0 { out.append(",") }
                var text = CellText.of(cell, in: column, options)
                if options.guardSpreadsheetFormulas, cell.isText, startsLikeFormula(text) { text = "'" + text }
                appendField(text, to: &out)
            }
            out.append(newline)
        }
    }

    static func appendField(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { out.append(text); return }
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(scalar) }
        }
        out.append("\"")
    }

    /// Characters Excel and LibreOffice read as the start of a formula (OWASP's list).
    private static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }
}
