import XCTest
import JicengBase
@testable import JicengCommands

final class OutputMarkdownTests: XCTestCase {
    func testPipeTablePaddedByDisplayWidthWithNumbersRightAligned() {
        var table = OutputFixtures.roster
        table.title = LocalizedText(en: "Roster | Q1", zh: "名册")
        table.totals = [.text("合计"), .empty, .empty, .int(15), OutputFixtures.decimal("81.20")]
        table.notes = [LocalizedText(en: "Dues in *yuan*", zh: "党费单位：元")]
        XCTAssertEqual(ReportOutput.render(table, as: .markdown), """
            **Roster \\| Q1**

            | Code  | Name  | Community | Members |  Dues |
            | ----- | ----- | --------- | ------: | ----: |
            | M0001 | 张三  | 西湖社区  |      12 | 81.00 |
            | M0002 | Li Si | 翠苑社区  |       3 |  0.20 |
            | 合计  |       |           |      15 | 81.20 |

            Dues in \\*yuan\\*

            """)
    }

    func testCellsEscapePipesMarkupAndLineBreaks() {
        let table = ReportTable(
            columns: [ReportColumn("t", "议题"), ReportColumn("n", "n", kind: .integer)],
            rows: [[.text("停车|充电 <b>难</b>\r\n第二行 a\\b"), .int(1)]])
        // Every pipe, angle bracket and backslash gains a backslash; CRLF becomes one <br>.
        let cell = #"停车\|充电 \<b\>难\</b\><br>第二行 a\\b"#
        XCTAssertEqual(DisplayWidth.of(cell), 39)
        XCTAssertEqual(ReportOutput.render(table, as: .markdown),
                       "| 议题" + String(repeating: " ", count: 35) + " |   n |\n"
                       + "| " + String(repeating: "-", count: 39) + " | --: |\n"
                       + "| " + cell + " |   1 |\n")
    }
}
