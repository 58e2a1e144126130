/// The one entry point every report and every `show e as …` goes through.
///
///     let text = ReportOutput.render(table, as: .csv, options: .forFile(language: .zh))
///
/// The result is the whole output, ending in a newline; write it as UTF-8. A CSV for a
/// file starts with the byte order mark when the options ask for it.
public enum ReportOutput {
    public static func render(_ table: ReportTable, as format: OutputFormat, options: OutputOptions = OutputOptions()) -> String {
        var out = ""
        render(table, as: format, options: options, into: &out)
        return out
    }

    /// Appends to `out`, for a caller that collects several reports in one buffer.
    public static func render(_ table: ReportTable, as format: OutputFormat, options: OutputOptions, into out: inout String) {
        switch format {
        case .table: TableRenderer.render(table, options, into: &out)
        case .csv: CSVRenderer.render(table, options, into: &out)
        case .json: JSONRenderer.render(table, options, into: &out)
        case .markdown: MarkdownRenderer.render(table, options, into: &out)
        case .chart: ChartRenderer.render(table, options, into: &out)
        case .html: HTMLRenderer.render(table, options, into: &out)
        }
    }
}
