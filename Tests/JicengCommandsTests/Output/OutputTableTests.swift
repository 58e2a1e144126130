import XCTest
import JicengBase
@testable import JicengCommands

final class OutputTableTests: XCTestCase {
    func testPlainTableAlignsChineseByDisplayWidth() {
        let text = ReportOutput.render(OutputFixtures.roster, as: .table)
        XCTAssertEqual(text, """
             Code  | Name  | Community | Members |  Dues
            -------+-------+-----------+---------+-------
             M0001 | 张三  | 西湖社区  |      12 | 81.00
             M0002 | Li Si | 翠苑社区  |       3 |  0.20
            (2 rows)

            """)
    }

    func testChineseHeadersAndRowCount() {
        let text = ReportOutput.render(OutputFixtures.roster, as: .table, options: OutputOptions(language: .zh))
        XCTAssertEqual(text, """
             代码  | 姓名  | 社区     | 党员数 |  党费
            -------+-------+----------+--------+-------
             M0001 | 张三  | 西湖社区 |     12 | 81.00
             M0002 | Li Si | 翠苑社区 |      3 |  0.20
            (共 2 行)

            """)
    }

    func testBoxedTableWithTitleTotalsNotesAndTruncation() {
        let table = ReportTable(
            title: LocalizedText(en: "Members by community", zh: "各社区党员数"),
            columns: [
                ReportColumn("name", LocalizedText(en: "Name", zh: "姓名")),
                ReportColumn("community", LocalizedText(en: "Community", zh: "社区")),
                ReportColumn("members", LocalizedText(en: "Members", zh: "党员数"), kind: .integer),
            ],
            rows: [
                [.text("张三"), .text("西湖社区"), .int(12)],
                [.text("李四"), .text("翠苑第一社区"), .int(3)],
            ],
            totals: [.text("合计"), .empty, .int(15)],
            notes: [LocalizedText(en: "Source: roster", zh: "来源：党员名册")])
        var options = OutputOptions(language: .zh)
        options.tableStyle = .boxed
        options.maxColumnWidth = 8
        XCTAssertEqual(ReportOutput.render(table, as: .table, options: options), """
            各社区党员数
            ┌──────┬──────────┬────────┐
            │ 姓名 │ 社区     │ 党员数 │
            ├──────┼──────────┼────────┤
            │ 张三 │ 西湖社区 │     12 │
            │ 李四 │ 翠苑第…  │      3 │
            ├──────┼──────────┼────────┤
            │ 合计 │          │     15 │
            └──────┴──────────┴────────┘
            (共 2 行)
            来源：党员名册

            """)
    }

    func testWidestColumnsShrinkToFitTheTerminal() {
        var options = OutputOptions()
        options.maxWidth = 41
        // Natural widths 5+5+9+7+5 = 31 plus 14 for rules and padding: 45 columns, 4 too many.
        // The widest column narrows one column at a time: Community 9→8→7, then Community and Members 7→6.
        let text = ReportOutput.render(OutputFixtures.roster, as: .table, options: options)
        XCTAssertEqual(text.split(separator: "\n").map { DisplayWidth.of($0) }.max(), 41)
        XCTAssertEqual(text, """
             Code  | Name  | Commu… | Membe… |  Dues
            -------+-------+--------+--------+-------
             M0001 | 张三  | 西湖…  |     12 | 81.00
             M0002 | Li Si | 翠苑…  |      3 |  0.20
            (2 rows)

            """)
    }

    func testColumnsStopShrinkingAtAReadableMinimum() {
        var options = OutputOptions()
        options.maxWidth = 20
        let text = ReportOutput.render(OutputFixtures.roster, as: .table, options: options)
        XCTAssertEqual(text.split(separator: "\n")[0], " Code  | Name  | Commu… | Membe… |  Dues")
    }

    func testColourMakesHeadersBoldOnlyWhenAsked() {
        let table = ReportTable(columns: [ReportColumn("name", "姓名")], rows: [[.text("张三")]])
        XCTAssertFalse(ReportOutput.render(table, as: .table).contains("\u{1B}"))
        var options = OutputOptions()
        options.color = true
        XCTAssertEqual(ReportOutput.render(table, as: .table, options: options),
                       " \u{1B}[1m姓名\u{1B}[0m\n------\n 张三\n(1 row)\n")
    }

    func testControlCharactersFromTheDataCannotBreakRowsOrDriveTheTerminal() {
        let table = ReportTable(columns: [ReportColumn("text", "Text")], rows: [[.text("修\n水管\u{1B}[2J")]])
        XCTAssertEqual(ReportOutput.render(table, as: .table), """
             Text
            -------------
             修 水管\u{FFFD}[2J
            (1 row)

            """)
    }

    func testPlainLinesHaveNoTrailingBlanks() {
        let table = ReportTable(
            columns: [ReportColumn("name", "Name"), ReportColumn("rate", "Rate", kind: .percent)],
            rows: [[.text("张三"), .empty], [.text("李四"), .percent(ExactDecimal("50")!)]])
        XCTAssertEqual(ReportOutput.render(table, as: .table), " Name | Rate\n------+------\n 张三 |\n 李四 |  50%\n(2 rows)\n")
    }

    func testEmptyTableKeepsItsHeaderAndCountsZeroRows() {
        let table = ReportTable(columns: [ReportColumn("code", "Code"), ReportColumn("n", "N", kind: .integer)])
        XCTAssertEqual(ReportOutput.render(table, as: .table), " Code | N\n------+---\n(0 rows)\n")
    }

    func testCellKindsFormatAsUsersWriteThem() {
        let table = ReportTable(
            columns: [
                ReportColumn("joined", "Joined", kind: .date),
                ReportColumn("month", "Month", kind: .date),
                ReportColumn("quarter", "Quarter", kind: .date),
                ReportColumn("both", "Both"),
                ReportColumn("rate", "Rate", kind: .percent),
            ],
            rows: [[.day(Day("1980-07-01")!), .month(YearMonth("2025-03")!), .quarter(Quarter("2025Q1")!),
                    .bool(true), .percent(7, of: 8)]])
        XCTAssertEqual(ReportOutput.render(table, as: .table), """
             Joined     | Month   | Quarter | Both |  Rate
            ------------+---------+---------+------+-------
             1980-07-01 | 2025-03 | 2025Q1  | yes  | 87.5%
            (1 row)

            """)
    }
}
