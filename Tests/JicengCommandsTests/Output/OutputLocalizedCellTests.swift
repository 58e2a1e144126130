import XCTest
import JicengBase
@testable import JicengCommands

final class OutputLocalizedCellTests: XCTestCase {
    private var table: ReportTable {
        ReportTable(
            columns: [
                ReportColumn("code", LocalizedText(en: "Code", zh: "代码")),
                ReportColumn("kind", LocalizedText(en: "Kind", zh: "类型")),
            ],
            rows: [
                [.text("XFL-01"), .localized(LocalizedText(en: "branch", zh: "党支部"))],
                [.text("XFL-02"), .localized(LocalizedText(en: "-3 members", zh: "-3人"))],
            ])
    }

    func testReportWordsFollowTheOutputLanguage() {
        XCTAssertEqual(ReportOutput.render(table, as: .table, options: OutputOptions(language: .zh)), """
             代码   | 类型
            --------+--------
             XFL-01 | 党支部
             XFL-02 | -3人
            (共 2 行)

            """)
        XCTAssertEqual(ReportOutput.render(table, as: .json), """
            [
              {
                "code": "XFL-01",
                "kind": "branch"
              },
              {
                "code": "XFL-02",
                "kind": "-3 members"
              }
            ]

            """)
    }

    func testTheFormulaGuardCoversReportWordsToo() {
        var options = OutputOptions.forFile(language: .en)
        options.byteOrderMark = false
        XCTAssertEqual(ReportOutput.render(table, as: .csv, options: options), "Code,Kind\r\nXFL-01,branch\r\nXFL-02,'-3 members\r\n")
    }
}
