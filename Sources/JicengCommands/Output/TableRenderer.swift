/// `as table`: an aligned text table for the terminal, psql-style or boxed, where
/// Chinese characters count two columns, followed by `(N rows)` and the notes.
enum TableRenderer {
    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        let language = options.language
        let n = table.columns.count
        if let title = table.title {
            out.append(TerminalText.sanitized(title.text(in: language)))
            out.append("\n")
        }
        if n > 0 {
            let rules = Rules(options.tableStyle)
            let layout = TableLayout(table, options, overhead: rules.overhead(columns: n))
            let alignments = table.columns.map(\.alignment)
            let widths = layout.widths
            out.reserveCapacity(out.utf8.count + (table.rows.count + 4) * (widths.reduce(0, +) * 2 + 4 * n))

            func rule(_ left: String, _ fill: String, _ join: String, _ right: String) {
                out.append(left)
                for (i, w) in widths.enumerated() {
                    if i > 0 { out.append(join) }
                    out.append(String(repeating: fill, count: w + 2))
                }
                out.append(right)
                out.append("\n")
            }
            func row(_ texts: (Int) -> String, _ textWidths: (Int) -> Int, bold: Bool = false) {
                out.append(rules.rowStart)
                for i in 0..<n {
                    if i > 0 { out.append(rules.cellSeparator) }
                    if alignments[i] == .right { TerminalText.appendSpaces(widths[i] - textWidths(i), to: &out) }
                    if bold { out.append(ANSI.bold) }
                    out.append(texts(i))
                    if bold { out.append(ANSI.reset) }
                    if alignments[i] == .left { TerminalText.appendSpaces(widths[i] - textWidths(i), to: &out) }
                }
                // A plain table line ends at its last character (no trailing blanks to trip diffs).
                if rules.trimsTrailingSpace { while out.utf8.last == UInt8(ascii: " ") { out.removeLast() } }
                out.append(rules.rowEnd)
                out.append("\n")
            }

            if let top = rules.top { rule(top.0, top.1, top.2, top.3) }
            row({ layout.headers[$0] }, { layout.headerWidths[$0] }, bold: options.color)
            rule(rules.middle.0, rules.middle.1, rules.middle.2, rules.middle.3)
            for r in 0..<table.rows.count {
                let base = r * n
                row({ layout.cells[base + $0] }, { layout.cellWidths[base + $0] })
            }
            if let totals = layout.totals, let totalsWidths = layout.totalsWidths {
                rule(rules.middle.0, rules.middle.1, rules.middle.2, rules.middle.3)
                row({ totals[$0] }, { totalsWidths[$0] })
            }
            if let bottom = rules.bottom { rule(bottom.0, bottom.1, bottom.2, bottom.3) }
        }
        out.append(OutputMessages.rowCount(table.rows.count, language))
        out.append("\n")
        for note in table.notes {
            out.append(TerminalText.sanitized(note.text(in: language)))
            out.append("\n")
        }
    }

    /// The lines and separators of one table style.
    private struct Rules {
        typealias Rule = (String, String, String, String) // left, fill, join, right
        let top: Rule?
        let middle: Rule
        let bottom: Rule?
        let rowStart: String
        let cellSeparator: String
        let rowEnd: String
        let trimsTrailingSpace: Bool

        init(_ style: TableStyle) {
            switch style {
            case .plain:
                top = nil
                middle = ("", "-", "+", "")
                bottom = nil
                (rowStart, cellSeparator, rowEnd) = (" ", " | ", "")
                trimsTrailingSpace = true
            case .boxed:
                top = ("┌", "─", "┬", "┐")
                middle = ("├", "─", "┼", "┤")
                bottom = ("└", "─", "┴", "┘")
                (rowStart, cellSeparator, rowEnd) = ("│ ", " │ ", " │")
                trimsTrailingSpace = false
            }
        }

        /// Columns taken by everything but the cells themselves.
        func overhead(columns n: Int) -> Int {
            trimsTrailingSpace ? 1 + 3 * (n - 1) + 1 : 2 + 3 * (n - 1) + 2
        }
    }
}

/// The two escapes a table uses when colour is asked for.
enum ANSI {
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"
}
