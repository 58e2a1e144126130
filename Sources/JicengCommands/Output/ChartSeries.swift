/// One value column of a chart, ready to draw: a label and a value per row, and the
/// extents of the scale. Text bars and SVG bars share it, so both scale alike: the
/// longest bar is the largest magnitude, and with negative values a zero axis splits
/// the width between the most negative and the most positive value.
struct ChartSeries {
    let header: String
    let labels: [String]
    /// Nil where the cell is empty or not a number: that row gets no bar.
    let values: [Double?]
    let valueTexts: [String]
    /// The largest positive value, or 0.
    let positiveExtent: Double
    /// The magnitude of the most negative value, or 0.
    let negativeExtent: Double

    var span: Double { positiveExtent + negativeExtent }

    /// One series per chart value column, rows in table order (at most `rowLimit` of them).
    static func all(_ table: ReportTable, _ options: OutputOptions, rowLimit: Int = Int.max) -> [ChartSeries] {
        guard let (labelIndex, valueIndices) = table.chartColumns else { return [] }
        let rows = table.rows.prefix(rowLimit)
        let labelColumn = table.columns[labelIndex]
        let labels = rows.map { CellText.of($0[labelIndex], in: labelColumn, options) }
        return valueIndices.map { index in
            let column = table.columns[index]
            let values = rows.map { $0[index].chartValue.flatMap { $0.isFinite ? $0 : nil } }
            return ChartSeries(
                header: column.header.text(in: options.language),
                labels: labels,
                values: values,
                valueTexts: rows.map { CellText.of($0[index], in: column, options) },
                positiveExtent: values.reduce(0) { max($0, $1 ?? 0) },
                negativeExtent: values.reduce(0) { max($0, -($1 ?? 0)) })
        }
    }
}
