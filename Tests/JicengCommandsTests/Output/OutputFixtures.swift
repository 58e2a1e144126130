import JicengBase
@testable import JicengCommands

/// Small tables in Chinese and English that the renderer tests share.
enum OutputFixtures {
    static func decimal(_ text: String) -> ReportCell { .decimal(ExactDecimal(text)!) }

    /// Two members: codes, names (one Chinese), a community, a count and dues.
    static var roster: ReportTable {
        ReportTable(
            columns: [
                ReportColumn("code", LocalizedText(en: "Code", zh: "代码")),
                ReportColumn("name", LocalizedText(en: "Name", zh: "姓名")),
                ReportColumn("community", LocalizedText(en: "Community", zh: "社区")),
                ReportColumn("members", LocalizedText(en: "Members", zh: "党员数"), kind: .integer),
                ReportColumn("dues", LocalizedText(en: "Dues", zh: "党费"), kind: .decimal),
            ],
            rows: [
                [.text("M0001"), .text("张三"), .text("西湖社区"), .int(12), decimal("81.00")],
                [.text("M0002"), .text("Li Si"), .text("翠苑社区"), .int(3), decimal("0.20")],
            ])
    }
}
