/// The formats of `show e as …` and of every report.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, markdown, chart, html

    /// The words `as` accepts for each format, English and Chinese; the first is the
    /// canonical one shown by help and completion.
    public static let words: [OutputFormat: [String]] = [
        .table: ["table", "表格", "表"],
        .csv: ["csv"],
        .json: ["json"],
        .markdown: ["markdown", "md"],
        .chart: ["chart", "图表", "图"],
        .html: ["html", "网页"],
    ]

    /// Parses the word after `as`; ASCII letters in any case (`CSV`, `Markdown`).
    public init?(word: String) {
        let folded = word.lowercased()
        guard let match = OutputFormat.allCases.first(where: { OutputFormat.words[$0]!.contains(folded) }) else { return nil }
        self = match
    }

    /// The format a file name implies (`to "q1.csv"` without `as`); nil for other extensions.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt": self = .table
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// Words for completion and help in the given language.
    public func word(in language: OutputLanguage) -> String {
        switch (self, language) {
        case (.table, .zh): return "表格"
        case (.chart, .zh): return "图表"
        case (.html, .zh): return "网页"
        default: return rawValue
        }
    }
}
