/// A report as data, before any format: what every report and every `show … as …` builds,
/// and what each renderer reads. It knows nothing of terminals, files or the domain.
public struct ReportTable: Sendable {
    public var title: LocalizedText?
    public let columns: [ReportColumn]
    public private(set) var rows: [[ReportCell]]
    /// A totals row shown under the data by table, markdown and html (CSV and JSON carry
    /// data rows only, so a reader re-importing them does not count the total as a row).
    public var totals: [ReportCell]? {
        didSet { if let totals { precondition(totals.count == columns.count, "totals row has \(totals.count) cells for \(columns.count) columns") } }
    }
    /// Lines shown after the table: definitions, sources, "masked: ID numbers".
    public var notes: [LocalizedText]
    /// The columns a chart plots; nil lets the renderers choose (see `chartColumns`).
    public let chart: ChartColumns?

    public init(title: LocalizedText? = nil, columns: [ReportColumn], rows: [[ReportCell]] = [],
                totals: [ReportCell]? = nil, notes: [LocalizedText] = [], chart: ChartColumns? = nil) {
        self.title = title
        self.columns = columns
        self.rows = []
        self.notes = notes
        if let chart {
            precondition(columns.contains { $0.key == chart.label }, "chart label column \"\(chart.label)\" is not a column")
            for key in chart.values {
                precondition(columns.contains { $0.key == key }, "chart value column \"\(key)\" is not a column")
            }
        }
        self.chart = chart
        if let totals { precondition(totals.count == columns.count, "totals row has \(totals.count) cells for \(columns.count) columns") }
        self.totals = totals
        self.rows.reserveCapacity(rows.count)
        for row in rows { append(row) }
    }

    /// Adds a data row; it must have one cell per column (a programming error otherwise).
    public mutating func append(_ row: [ReportCell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }

    public mutating func reserveCapacity(_ rowCount: Int) { rows.reserveCapacity(rowCount) }

    /// The label column and value columns a chart draws: the declared ones, or else the
    /// first column as labels and the first numeric column after it as values. Nil when
    /// the table has nothing to plot.
    public var chartColumns: (label: Int, values: [Int])? {
        if let chart {
            let label = columns.firstIndex { $0.key == chart.label }!
            return (label, chart.values.map { key in columns.firstIndex { $0.key == key }! })
        }
        guard !columns.isEmpty, let value = columns.indices.dropFirst().first(where: { columns[$0].kind.isNumeric })
        else { return nil }
        return (0, [value])
    }
}

/// Which columns a chart uses, by key: one label column and one or more numeric columns
/// (each value column gets its own bars and its own scale).
public struct ChartColumns: Sendable {
    public let label: String
    public let values: [String]

    public init(label: String, values: [String]) {
        precondition(!values.isEmpty, "a chart needs at least one value column")
        self.label = label
        self.values = values
    }
}
