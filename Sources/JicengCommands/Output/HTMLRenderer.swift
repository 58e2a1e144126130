/// `as html`: one self-contained page for the quarterly bulletin — UTF-8, inline CSS
/// with fonts that have Chinese glyphs, the title, an inline SVG bar chart per chart
/// column, the whole table, the row count and the notes. No scripts, no external files.
enum HTMLRenderer {
    /// Bars drawn per chart: a figure taller than this (about 11,000 px) is no longer read;
    /// the table below still holds every row.
    static let maxChartBars = 500

    static let style = """
        body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.4em; }
        figure { margin: 1em 0; }
        figcaption { font-weight: bold; margin-bottom: 0.3em; }
        svg text { font-family: inherit; font-size: 13px; fill: #222; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        tfoot td { font-weight: bold; background: #fafafa; }
        .count, .note { color: #555; }
        """

    static func render(_ table: ReportTable, _ options: OutputOptions, into out: inout String) {
        let language = options.language
        let title = table.title?.text(in: language) ?? OutputMessages.defaultTitle(language)
        let numeric = table.columns.map { $0.alignment == .right }
        out.reserveCapacity(out.utf8.count + 4096 + table.rows.count * table.columns.count * 32)

        out.append("<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        HTMLText.append(title, to: &out)
        out.append("</title>\n<style>\n")
        out.append(style)
        out.append("\n</style>\n</head>\n<body>\n<h1>")
        HTMLText.append(title, to: &out)
        out.append("</h1>\n")

        for series in ChartSeries.all(table, options, rowLimit: maxChartBars) {
            out.append("<figure class=\"chart\">\n<figcaption>")
            HTMLText.append(series.header, to: &out)
            out.append("</figcaption>\n")
            SVGBarChart.append(series, options, to: &out)
            out.append("</figure>\n")
        }
        if table.chartColumns != nil, table.rows.count > maxChartBars {
            out.append("<p class=\"note\">")
            HTMLText.append(OutputMessages.chartShowsFirst(maxChartBars, of: table.rows.count, language), to: &out)
            out.append("</p>\n")
        }

        out.append("<table>\n<thead>\n<tr>")
        for (i, column) in table.columns.enumerated() {
            out.append(numeric[i] ? "<th class=\"num\">" : "<th>")
            HTMLText.append(column.header.text(in: language), to: &out)
            out.append("</th>")
        }
        out.append("</tr>\n</thead>\n<tbody>\n")
        func row(_ cells: [ReportCell]) {
            out.append("<tr>")
            for (i, (cell, column)) in zip(cells, table.columns).enumerated() {
                out.append(numeric[i] ? "<td class=\"num\">" : "<td>")
                HTMLText.append(CellText.of(cell, in: column, options), to: &out, lineBreaks: true)
                out.append("</td>")
            }
            out.append("</tr>\n")
        }
        for cells in table.rows { row(cells) }
        out.append("</tbody>\n")
        if let totals = table.totals {
            out.append("<tfoot>\n")
            row(totals)
            out.append("</tfoot>\n")
        }
        out.append("</table>\n<p class=\"count\">")
        HTMLText.append(OutputMessages.rowCount(table.rows.count, language), to: &out)
        out.append("</p>\n")
        for note in table.notes {
            out.append("<p class=\"note\">")
            HTMLText.append(note.text(in: language), to: &out, lineBreaks: true)
            out.append("</p>\n")
        }
        out.append("</body>\n</html>\n")
    }
}
