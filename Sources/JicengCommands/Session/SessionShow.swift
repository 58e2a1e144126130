import JicengLang

/// `show e [as format] [to "file"]`: the value becomes a ReportTable (ValueTable) and
/// is rendered by ReportOutput in the session's language, personal data masked unless
/// `--show-pii`. Values that are not tables print plainly.
extension JicengSession {
    func render(_ value: Value, _ format: JicengLang.OutputFormat?) throws -> String {
        lastShown = (value, format)
        return render(value, format.flatMap { OutputFormat(rawValue: $0.rawValue) } ?? .table, forFile: false)
    }

    func render(_ value: Value, _ format: OutputFormat, forFile: Bool) -> String {
        guard let table = ValueTable(bridge: bridge, reports: reports).table(value) else {
            return try! PlainRenderer.render(value, nil)
        }
        return ReportOutput.render(table, as: format, options: outputOptions(forFile: forFile))
    }

    /// What `show … to "path"` writes: the last shown value rendered for a file, in the
    /// format `as` named or else the one the extension implies (`.csv`, `.md`, `.html`).
    func textForFile(_ path: String, rendered: String) -> String {
        guard let (value, format) = lastShown else { return rendered }
        lastShown = nil
        let chosen = format.flatMap { OutputFormat(rawValue: $0.rawValue) } ?? OutputFormat(fileName: path) ?? .table
        return render(value, chosen, forFile: true)
    }

    func outputOptions(forFile: Bool) -> OutputOptions {
        var o = forFile ? OutputOptions.forFile(language: options.language) : OutputOptions(language: options.language)
        o.showPersonalData = options.showPersonalData
        // CSV for a file ends lines as Excel wants (CRLF); on a terminal or a pipe, as Unix tools do.
        if !forFile { o.csvLineEnding = .lf }
        return o
    }

    /// The value a report command returns: `show` renders its table, the REPL prints it.
    public func reportValue(_ table: ReportTable) -> Value { reports.value(table) }
}

extension DomainCall {
    /// Returns a report's table as a value (`report by street` → `show … as csv`).
    public func report(_ table: ReportTable) -> Value { session.reportValue(table) }
}
