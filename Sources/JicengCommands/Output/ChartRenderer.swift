import JicengBase

/// `as chart`: horizontal bars of Unicode blocks, one line per row, for each value
/// column. A bar is full blocks plus an eighth-block for the remainder, so a 40-column
/// bar has 320 steps; the largest magnitude fills `chartWidth` columns. The value is
/// printed after the bar. A non-zero value always gets at least the thinnest mark.
/// With negative values a `│` axis splits the width: negative bars grow left of it in
/// half-column steps (`▐` is the only left-growing part block), positive ones right.
enum ChartRenderer {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let fullBlock = "█"
    static let halfBlockRight = "▐"
    static let axis = "│"
    /// Bars shorter than this no longer compare; a narrow terminal wraps instead.
    static let minChartWidth = 10

    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        let language = options.language
        if let title = table.title {
            out.append(TerminalText.sanitized(title.text(in: language)))
            out.append("\n")
        }
        let allSeries = ChartSeries.all(table, options)
        if allSeries.isEmpty {
            out.append(OutputMessages.noChart(language))
            out.append("\n")
        }
        let labels = allSeries.first?.labels.map { TerminalText.cell($0, maxWidth: options.maxColumnWidth) } ?? []
        let labelWidths = labels.map { DisplayWidth.of($0) }
        let labelWidth = labelWidths.max() ?? 0

        for (s, series) in allSeries.enumerated() {
            if s > 0 { out.append("\n") }
            out.append(TerminalText.sanitized(series.header))
            out.append("\n")
            let valueTexts = series.valueTexts.map { TerminalText.sanitized($0) }
            var width = max(1, options.chartWidth)
            if let maxWidth = options.maxWidth {
                let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
                let axisWidth = series.negativeExtent > 0 ? 1 : 0
                width = max(minChartWidth, min(width, maxWidth - labelWidth - valueWidth - 2 - axisWidth))
            }
            let negativeCells = negativeBars(series, width: width).map { DisplayWidth.of($0) }.max() ?? 0
            var line = ""
            for row in 0..<labels.count {
                line.removeAll(keepingCapacity: true)
                line.append(labels[row])
                TerminalText.appendSpaces(labelWidth - labelWidths[row], to: &line)
                line.append(" ")
                if let value = series.values[row] {
                    if series.negativeExtent > 0 {
                        let bar = value < 0 ? negativeBar(value, series, width: width) : ""
                        TerminalText.appendSpaces(negativeCells - DisplayWidth.of(bar), to: &line)
                        line.append(bar)
                        line.append(axis)
                    }
                    if value > 0 {
                        line.append(positiveBar(value, series, width: width))
                        line.append(" ")
                    } else if series.negativeExtent > 0 {
                        line.append(" ")
                    }
                    line.append(valueTexts[row])
                } else {
                    line.append(valueTexts[row])
                }
                while line.last == " " { line.removeLast() }
                out.append(line)
                out.append("\n")
            }
        }
        for note in table.notes {
            out.append(TerminalText.sanitized(note.text(in: language)))
            out.append("\n")
        }
    }

    /// A positive value's bar in eighths of a column.
    static func positiveBar(_ value: Double, _ series: ChartSeries, width: Int) -> String {
        guard series.span > 0, value > 0 else { return "" }
        let units = max(1, Int((value / series.span * Double(width) * 8).rounded()))
        return String(repeating: fullBlock, count: units / 8) + eighths[units % 8]
    }

    /// A negative value's bar in half columns, to be right-aligned against the axis.
    static func negativeBar(_ value: Double, _ series: ChartSeries, width: Int) -> String {
        guard series.span > 0, value < 0 else { return "" }
        let halves = max(1, Int((-value / series.span * Double(width) * 2).rounded()))
        return (halves % 2 == 1 ? halfBlockRight : "") + String(repeating: fullBlock, count: halves / 2)
    }

    private static func negativeBars(_ series: ChartSeries, width: Int) -> [String] {
        series.values.compactMap { $0.map { negativeBar($0, series, width: width) } }
    }
}
