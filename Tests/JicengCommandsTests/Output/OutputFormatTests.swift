import XCTest
import JicengBase
@testable import JicengCommands

final class OutputFormatTests: XCTestCase {
    func testParsesEnglishAndChineseWords() {
        XCTAssertEqual(OutputFormat(word: "table"), .table)
        XCTAssertEqual(OutputFormat(word: "表格"), .table)
        XCTAssertEqual(OutputFormat(word: "CSV"), .csv)
        XCTAssertEqual(OutputFormat(word: "json"), .json)
        XCTAssertEqual(OutputFormat(word: "Markdown"), .markdown)
        XCTAssertEqual(OutputFormat(word: "图表"), .chart)
        XCTAssertEqual(OutputFormat(word: "网页"), .html)
        XCTAssertEqual(OutputFormat(word: "html"), .html)
        XCTAssertNil(OutputFormat(word: "pdf"))
    }

    func testFileNamesImplyAFormat() {
        XCTAssertEqual(OutputFormat(fileName: "reports/2025Q1.csv"), .csv)
        XCTAssertEqual(OutputFormat(fileName: "通报.HTML"), .html)
        XCTAssertEqual(OutputFormat(fileName: "a.md"), .markdown)
        XCTAssertNil(OutputFormat(fileName: "noextension"))
        XCTAssertNil(OutputFormat(fileName: "dir.v2/file"))
    }

    func testEveryFormatRendersThroughTheOneEntryPoint() {
        for format in OutputFormat.allCases {
            XCTAssertTrue(ReportOutput.render(OutputFixtures.roster, as: format).contains("M0002"), "\(format)")
        }
    }

    func testPercentOfAWholeRoundsHalfAwayFromZero() {
        XCTAssertEqual(ReportCell.percent(1, of: 8), .percent(ExactDecimal("12.5")!))
        XCTAssertEqual(ReportCell.percent(1, of: 3), .percent(ExactDecimal("33.3")!))
        XCTAssertEqual(ReportCell.percent(2, of: 3, scale: 0), .percent(ExactDecimal("67")!))
        XCTAssertEqual(ReportCell.percent(1, of: 0), .empty)
    }

    func testMasksKeepOnlyWhatPublicNoticesShow() {
        XCTAssertEqual(PersonalDataMask.mask("11010519491231002X"), "110105********002X")
        XCTAssertEqual(PersonalDataMask.mask("13900001234"), "139****1234")
        XCTAssertEqual(PersonalDataMask.mask("1234"), "1***")
        XCTAssertEqual(PersonalDataMask.mask("139****1234"), "139****1234")
    }

    func testDefaultChartUsesTheFirstNumericColumnAfterTheLabels() throws {
        let columns = try XCTUnwrap(OutputFixtures.roster.chartColumns)
        XCTAssertEqual(columns.label, 0)
        XCTAssertEqual(columns.values, [3])
    }
}
