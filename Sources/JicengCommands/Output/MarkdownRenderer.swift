/// `as markdown`: a GitHub pipe table, padded so the source lines up too, numeric
/// columns right-aligned (`---:`), the title in bold above and the notes below.
/// In cells, `|` and the characters that start markup are backslash-escaped and line
/// breaks become `<br>`; nothing is truncated.
enum MarkdownRenderer {
    /// The separator row needs at least three dashes per column.
    static let minColumnWidth = 3
    private static let escaped: Set<Unicode.Scalar> = ["\\", "|", "*", "`", "<", ">", "[", "]", "~"]
    /// The same characters and the line breaks as bytes, to pass most cells through unscanned.
    private static let escapedBytes: [UInt8] = escaped.map { UInt8($0.value) } + [0x0A, 0x0D]

    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        let language = options.language
        if let title = table.title {
            out.append("**")
            out.append(escape(title.text(in: language)))
            out.append("**\n\n")
        }
        let n = table.columns.count
        if n > 0 {
            var whole = options
            whole.maxColumnWidth = Int.max
            whole.maxWidth = nil
            let layout = TableLayout(table, whole, overhead: 0, escape: escape)
            let widths = layout.widths.map { max($0, minColumnWidth) }
            let alignments = table.columns.map(\.alignment)
            out.reserveCapacity(out.utf8.count + (table.rows.count + 3) * (widths.reduce(0, +) + 3 * n + 2))

            func row(_ text: (Int) -> String, _ width: (Int) -> Int) {
                out.append("|")
                for i in 0..<n {
                    out.append(" ")
                    TerminalText.appendPadded(text(i), width: widths[i], textWidth: width(i), alignment: alignments[i], to: &out)
                    out.append(" |")
                }
                out.append("\n")
            }
            row({ layout.headers[$0] }, { layout.headerWidths[$0] })
            out.append("|")
            for i in 0..<n {
                out.append(" ")
                if alignments[i] == .right {
                    out.append(String(repeating: "-", count: widths[i] - 1))
                    out.append(":")
                } else {
                    out.append(String(repeating: "-", count: widths[i]))
                }
                out.append(" |")
            }
            out.append("\n")
            for r in 0..<table.rows.count {
                let base = r * n
                row({ layout.cells[base + $0] }, { layout.cellWidths[base + $0] })
            }
            if let totals = layout.totals, let totalsWidths = layout.totalsWidths {
                row({ totals[$0] }, { totalsWidths[$0] })
            }
        }
        for note in table.notes {
            out.append("\n")
            out.append(escape(note.text(in: language)))
            out.append("\n")
        }
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { escapedBytes.contains($0) }) else { return text }
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" {
                if !afterCR { out.append("<br>") }
            } else if scalar == "\r" {
                out.append("<br>")
            } else {
                if escaped.contains(scalar) { out.append("\\") }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
