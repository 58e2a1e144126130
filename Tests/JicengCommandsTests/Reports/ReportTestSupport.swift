import JicengBase
@testable import JicengCommands

/// Renders a report as the tests compare it: wide cells (nothing cut with `…`), so the
/// expected text shows every word the report writes.
func rendered(_ table: ReportTable, _ format: OutputFormat, _ language: OutputLanguage) -> String {
    var options = OutputOptions(language: language)
    options.maxColumnWidth = 120
    return ReportOutput.render(table, as: format, options: options)
}

/// The cell in the row whose first column is `code`, under the column `key`.
func cell(_ table: ReportTable, _ code: String, _ key: String) -> ReportCell? {
    guard let column = table.columns.firstIndex(where: { $0.key == key }),
          let row = table.rows.first(where: { $0.first == .text(code) }) else { return nil }
    return row[column]
}

/// The first column of every row: the codes a report lists, in its order.
func codes(_ table: ReportTable) -> [ReportCell] { table.rows.map { $0[0] } }
