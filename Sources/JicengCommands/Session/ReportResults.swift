import JicengLang

/// Report results as language values: a report command returns an entity of the
/// `report` type whose handle indexes the tables kept here, so `show report by street
/// as csv`, `let r = report targets` and a bare `report …` in the REPL all reach the
/// very table the report built.
final class ReportResults: @unchecked Sendable {
    private(set) var tables: [ReportTable] = []
    private(set) var type: HostType!
    /// How the REPL prints a bare report: set by the session (language, masking).
    var renderPlain: (ReportTable) -> String = { ReportOutput.render($0, as: .table) }

    /// Tables kept for the session's values; past this the oldest are dropped, so a
    /// script running a report in a loop does not grow without bound.
    static let kept = 256

    private var base = 0

    init() {
        type = HostType(
            name: "report", collectionName: nil,
            fields: [
                HostField("title") { [unowned self] h in self.table(h).map { .string($0.title?.en ?? "") } ?? .nil },
                HostField("rows") { [unowned self] h in self.table(h).map { .int(Int64($0.rows.count)) } ?? .nil },
                HostField("columns") { [unowned self] h in
                    self.table(h).map { .list($0.columns.map { Value.string($0.key) }) } ?? .nil
                },
            ],
            handles: { [] },
            display: { [unowned self] h in self.table(h).map { self.renderPlain($0) } ?? "report (no longer kept)" })
    }

    func value(_ table: ReportTable) -> Value {
        tables.append(table)
        if tables.count > ReportResults.kept {
            tables.removeFirst()
            base += 1
        }
        return type.ref(Int32(base + tables.count - 1))
    }

    func table(_ handle: Int32) -> ReportTable? {
        let i = Int(handle) - base
        return i >= 0 && i < tables.count ? tables[i] : nil
    }
}
