import JicengBase

/// The measured text of a table for aligned output (table and markdown): every cell
/// sanitized and cut to its column's width, with its display width, computed once.
struct TableLayout {
    /// A column narrower than this stops shrinking when fitting a terminal: two Chinese
    /// characters and an ellipsis still say what the cell was.
    static let minColumnWidth = 6

    let headers: [String]
    let headerWidths: [Int]
    let cells: ContiguousArray<String>
    let cellWidths: ContiguousArray<Int>
    let totals: [String]?
    let totalsWidths: [Int]?
    /// Display columns given to each column.
    let widths: [Int]

    /// `escape` rewrites a cell before it is measured (markdown escapes `|`); `overhead`
    /// is the width of the rules and padding around the cells, to fit `maxWidth`.
    init(_ table: ReportTable, _ options: OutputOptions, overhead: Int, escape: (String) -> String = { $0 }) {
        let limit = max(1, options.maxColumnWidth)
        func prepare(_ text: String) -> String { TerminalText.sanitized(escape(text)) }

        var headers = table.columns.map { prepare($0.header.text(in: options.language)) }
        var natural = headers.map { min(DisplayWidth.of($0), limit) }
        var cells = CellText.grid(table, options)
        var cellWidths = ContiguousArray<Int>(repeating: 0, count: cells.count)
        let n = table.columns.count
        for i in cells.indices {
            cells[i] = prepare(cells[i])
            let w = DisplayWidth.of(cells[i])
            cellWidths[i] = w
            natural[i % n] = max(natural[i % n], min(w, limit))
        }
        var totalsTexts: [String]? = nil
        if let row = table.totals {
            let texts = zip(row, table.columns).map { prepare(CellText.of($0, in: $1, options)) }
            for (i, text) in texts.enumerated() { natural[i] = max(natural[i], min(DisplayWidth.of(text), limit)) }
            totalsTexts = texts
        }
        if let maxWidth = options.maxWidth { TableLayout.shrink(&natural, toFit: maxWidth - overhead) }

        // Cut what is wider than its column, once the widths are settled.
        func cut(_ text: inout String, _ width: inout Int, _ column: Int) {
            guard width > natural[column] else { return }
            text = TerminalText.truncated(text, toWidth: natural[column])
            width = DisplayWidth.of(text)
        }
        var headerWidths = headers.map { DisplayWidth.of($0) }
        for i in 0..<n { cut(&headers[i], &headerWidths[i], i) }
        for i in cells.indices { cut(&cells[i], &cellWidths[i], i % n) }
        var totalsWidths = totalsTexts.map { $0.map { DisplayWidth.of($0) } }
        if totalsTexts != nil {
            for i in 0..<n { cut(&totalsTexts![i], &totalsWidths![i], i) }
        }
        self.headers = headers
        self.headerWidths = headerWidths
        self.cells = cells
        self.cellWidths = cellWidths
        self.totals = totalsTexts
        self.totalsWidths = totalsWidths
        self.widths = natural
    }

    /// Narrows the widest columns, one column at a time, until they fit `available`.
    static func shrink(_ widths: inout [Int], toFit available: Int) {
        var total = widths.reduce(0, +)
        while total > available {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                  widths[widest] > minColumnWidth else { return }
            widths[widest] -= 1
            total -= 1
        }
    }
}
