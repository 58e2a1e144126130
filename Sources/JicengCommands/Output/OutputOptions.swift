/// How a report is rendered: the language of headers, the terminal's limits, and the
/// conventions that differ between a terminal, a pipe and a file opened in Excel.
public struct OutputOptions: Sendable {
    /// Room left for a cell before it is cut with `…`; wide enough for a community's full name.
    public static let defaultMaxColumnWidth = 40
    /// Bars of 40 columns resolve 320 steps with eighth blocks and fit an 80-column terminal.
    public static let defaultChartWidth = 40

    public var language: OutputLanguage = .en
    public var tableStyle: TableStyle = .plain
    /// Terminal columns per cell; longer cells end in `…`.
    public var maxColumnWidth: Int = OutputOptions.defaultMaxColumnWidth
    /// The terminal's width, if known: the widest columns shrink, and chart bars shorten, to fit it.
    public var maxWidth: Int? = nil
    /// ANSI escapes (bold headers) in table output; only when the console says the terminal wants them.
    public var color: Bool = false
    public var csvLineEnding: LineEnding = .crlf
    /// A UTF-8 byte order mark before CSV, so Excel reads the file as UTF-8, not GBK.
    public var byteOrderMark: Bool = false
    /// Prefix `'` to CSV text cells starting with `=`, `+`, `-` or `@`, so Excel shows a
    /// wish text such as `=HYPERLINK(…)` as text rather than running it as a formula.
    public var guardSpreadsheetFormulas: Bool = false
    /// Width of the longest chart bar, in terminal columns.
    public var chartWidth: Int = OutputOptions.defaultChartWidth
    /// Print personal-data columns in the clear (`--show-pii`); masked otherwise.
    public var showPersonalData: Bool = false

    public init(language: OutputLanguage = .en) { self.language = language }

    /// Options for output written to a file with `to "…"`: CSV gets the byte order mark
    /// and the formula guard, because such files are opened in Excel.
    public static func forFile(language: OutputLanguage) -> OutputOptions {
        var options = OutputOptions(language: language)
        options.byteOrderMark = true
        options.guardSpreadsheetFormulas = true
        return options
    }
}

public enum TableStyle: Sendable {
    /// psql's look: ` a | b ` rows under a `---+---` rule; plain ASCII, safe everywhere.
    case plain
    /// Unicode box-drawing lines (┌─┬─┐).
    case boxed
}

public enum LineEnding: Sendable {
    /// RFC 4180 and Excel.
    case crlf
    case lf

    var text: String { self == .crlf ? "\r\n" : "\n" }
}
