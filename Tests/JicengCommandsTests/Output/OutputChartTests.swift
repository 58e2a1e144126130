import XCTest
import JicengBase
@testable import JicengCommands

final class OutputChartTests: XCTestCase {
    private func chart(_ values: [(String, ReportCell)], width: Int, header: LocalizedText = "党员数") -> String {
        let table = ReportTable(
            columns: [ReportColumn("community", "社区"), ReportColumn("members", header, kind: .decimal)],
            rows: values.map { [.text($0.0), $0.1] })
        var options = OutputOptions(language: .zh)
        options.chartWidth = width
        return ReportOutput.render(table, as: .chart, options: options)
    }

    func testBarsScaleToTheLargestValueWithEighthBlocks() {
        // Width 8 is 64 eighths for the largest value, 8: 3.5 is 28 eighths, 3 blocks and ▌.
        XCTAssertEqual(chart([("西湖社区", .int(8)), ("翠苑", OutputFixtures.decimal("3.5")), ("Li", .int(0)), ("空", .empty)], width: 8), """
            党员数
            西湖社区 ████████ 8
            翠苑     ███▌ 3.5
            Li       0
            空

            """)
    }

    func testEveryEighthHasItsBlock() {
        let rows = (1...8).map { ("r\($0)", ReportCell.int(Int64($0))) }
        let lines = chart(rows, width: 1).split(separator: "\n").dropFirst()
        XCTAssertEqual(lines, ["r1 ▏ 1", "r2 ▎ 2", "r3 ▍ 3", "r4 ▌ 4", "r5 ▋ 5", "r6 ▊ 6", "r7 ▉ 7", "r8 █ 8"])
    }

    func testATinyValueStillShowsAMark() {
        let text = chart([("大", .int(10_000)), ("小", OutputFixtures.decimal("0.01"))], width: 4)
        XCTAssertEqual(text, "党员数\n大 ████ 10000\n小 ▏ 0.01\n")
    }

    func testNegativeValuesGrowLeftOfAZeroAxis() {
        // Span 4 - (-2) = 6 over 6 columns: 4 is four blocks right of the axis, -2 two blocks
        // left, -1.5 a block and a half (▐█), 0 nothing.
        XCTAssertEqual(chart([("甲", .int(4)), ("乙", .int(-2)), ("丙", OutputFixtures.decimal("-1.5")), ("丁", .int(0))], width: 6, header: "积分变化"), """
            积分变化
            甲   │████ 4
            乙 ██│ -2
            丙 ▐█│ -1.5
            丁   │ 0

            """)
    }

    func testAllZeroDrawsNoBars() {
        XCTAssertEqual(chart([("甲", .int(0)), ("乙", .int(0))], width: 10), "党员数\n甲 0\n乙 0\n")
    }

    func testDeclaredColumnsGetOneSectionEachAndTheTerminalLimitsTheWidth() {
        let table = ReportTable(
            title: LocalizedText(en: "By street", zh: "各街道"),
            columns: [
                ReportColumn("street", LocalizedText(en: "Street", zh: "街道")),
                ReportColumn("members", LocalizedText(en: "Members", zh: "党员"), kind: .integer),
                ReportColumn("rate", LocalizedText(en: "One-shoulder", zh: "一肩挑"), kind: .percent),
            ],
            rows: [
                [.text("西溪街道"), .int(40), .percent(ExactDecimal("50")!)],
                [.text("翠苑街道"), .int(20), .percent(ExactDecimal("100")!)],
            ],
            chart: ChartColumns(label: "street", values: ["rate", "members"]))
        var options = OutputOptions()
        // Label, gap, bar, gap, value: "100%" leaves 10 columns of bar, "40" leaves 12.
        options.maxWidth = 8 + 1 + 10 + 1 + 4
        XCTAssertEqual(ReportOutput.render(table, as: .chart, options: options), """
            By street
            One-shoulder
            西溪街道 █████ 50%
            翠苑街道 ██████████ 100%

            Members
            西溪街道 ████████████ 40
            翠苑街道 ██████ 20

            """)
    }

    func testATableWithoutNumbersSaysSo() {
        let table = ReportTable(columns: [ReportColumn("name", "姓名")], rows: [[.text("张三")]])
        XCTAssertEqual(ReportOutput.render(table, as: .chart, options: OutputOptions(language: .zh)), "(没有可绘制的数值列)\n")
    }
}
