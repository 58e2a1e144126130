/// `as json`: an array of objects, one per data row, keys in column order (the column
/// keys, the same in every language), pretty-printed with two spaces.
///
/// Integers and percentages are JSON numbers written from their exact digits; decimals
/// (money) are strings that keep their scale ("81.00"), as the store writes them, so no
/// reader turns dues into a binary float. Dates are "YYYY-MM-DD", months "YYYY-MM",
/// quarters "YYYYQn", booleans true/false, empty cells null. Text is UTF-8 as is, with
/// quotes, backslashes, control characters and U+2028/U+2029 escaped.
enum JSONRenderer {
    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        guard !table.rows.isEmpty else { out.append("[]\n"); return }
        let keys = table.columns.map { column -> String in
            var key = "    "
            appendString(column.key, to: &key)
            key.append(": ")
            return key
        }
        out.reserveCapacity(out.utf8.count + table.rows.count * table.columns.count * 24)
        out.append("[\n")
        for (r, row) in table.rows.enumerated() {
            out.append(table.columns.isEmpty ? "  {}" : "  {\n")
            for (i, (cell, column)) in zip(row, table.columns).enumerated() {
                out.append(keys[i])
                appendValue(cell, column, options, to: &out)
                out.append(i == table.columns.count - 1 ? "\n" : ",\n")
            }
            if !table.columns.isEmpty { out.append("  }") }
            out.append(r == table.rows.count - 1 ? "\n" : ",\n")
        }
        out.append("]\n")
    }

    private static func appendValue(_ cell: ReportCell, _ column: ReportColumn, _ options: OutputOptions, to out: inout String) {
        switch cell {
        case .empty: out.append("null")
        case .int(let n): out.append(String(n))
        case .percent(let p): out.append(p.description)
        case .bool(let b): out.append(b ? "true" : "false")
        case .text, .localized, .decimal, .day, .month, .quarter: appendString(CellText.of(cell, in: column, options), to: &out)
        }
    }

    static func appendString(_ text: String, to out: inout String) {
        out.append("\"")
        // Most cells need no escape: copy them whole. 0xE2 leads U+2028/U+2029 (and other text, which the slow path keeps).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F || $0 == 0xE2 }) else {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            // Valid JSON, but they end a line in JavaScript source and in some log viewers.
            case "\u{2028}", "\u{2029}": appendUnicodeEscape(scalar.value, to: &out)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { appendUnicodeEscape(scalar.value, to: &out) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out.append("\"")
    }

    private static func appendUnicodeEscape(_ value: UInt32, to out: inout String) {
        let hex = String(value, radix: 16, uppercase: false)
        out.append("\\u")
        out.append(String(repeating: "0", count: 4 - hex.count))
        out.append(hex)
    }
}
