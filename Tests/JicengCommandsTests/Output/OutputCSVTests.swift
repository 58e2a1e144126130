import XCTest
import JicengBase
@testable import JicengCommands

final class OutputCSVTests: XCTestCase {
    private let addresses = ReportTable(
        columns: [
            ReportColumn("name", LocalizedText(en: "Name", zh: "姓名")),
            ReportColumn("address", LocalizedText(en: "Address", zh: "地址")),
            ReportColumn("remark", LocalizedText(en: "Remark, if any", zh: "备注")),
            ReportColumn("dues", LocalizedText(en: "Dues", zh: "党费"), kind: .decimal),
        ],
        rows: [
            [.text("张三"), .text("杭州市西湖区, 文三路1号"), .text("他说\"好\""), OutputFixtures.decimal("81.00")],
            [.text("李四"), .text("第一行\n第二行"), .text(""), .empty],
            [.text("王五"), .text("回车\r换行"), .text("=1+1"), .int(-3)],
        ],
        totals: [.text("合计"), .empty, .empty, OutputFixtures.decimal("81.00")],
        notes: ["not in CSV"])

    func testQuotesOnlyFieldsThatNeedItAndEndsLinesWithCRLF() {
        XCTAssertEqual(ReportOutput.render(addresses, as: .csv, options: OutputOptions(language: .zh)),
                       "姓名,地址,备注,党费\r\n"
                       + "张三,\"杭州市西湖区, 文三路1号\",\"他说\"\"好\"\"\",81.00\r\n"
                       + "李四,\"第一行\n第二行\",,\r\n"
                       + "王五,\"回车\r换行\",=1+1,-3\r\n")
    }

    func testEnglishHeadersAreQuotedLikeAnyField() {
        let text = ReportOutput.render(addresses, as: .csv)
        XCTAssertTrue(text.hasPrefix("Name,Address,\"Remark, if any\",Dues\r\n"))
    }

    func testFilesForExcelGetTheByteOrderMarkAndFormulaGuard() {
        let text = ReportOutput.render(addresses, as: .csv, options: .forFile(language: .zh))
        XCTAssertEqual(Array(text.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(text.hasPrefix("\u{FEFF}姓名,"))
        // The text cell is guarded; the number -3 stays a number.
        XCTAssertTrue(text.hasSuffix("王五,\"回车\r换行\",'=1+1,-3\r\n"), text)
    }

    func testLineFeedEndingOnRequest() {
        var options = OutputOptions()
        options.csvLineEnding = .lf
        let table = ReportTable(columns: [ReportColumn("a", "A"), ReportColumn("b", "B")], rows: [[.text("1"), .text("2")]])
        XCTAssertEqual(ReportOutput.render(table, as: .csv, options: options), "A,B\n1,2\n")
    }

    func testPersonalDataIsMaskedUnlessAskedFor() {
        let table = ReportTable(
            columns: [
                ReportColumn("name", "Name"),
                ReportColumn("idcard", "ID", isPersonalData: true),
                ReportColumn("phone", "Phone", isPersonalData: true),
            ],
            rows: [[.text("张三"), .text("11010519491231002X"), .text("13900001234")]])
        XCTAssertEqual(ReportOutput.render(table, as: .csv), "Name,ID,Phone\r\n张三,110105********002X,139****1234\r\n")
        var options = OutputOptions()
        options.showPersonalData = true
        XCTAssertEqual(ReportOutput.render(table, as: .csv, options: options), "Name,ID,Phone\r\n张三,11010519491231002X,13900001234\r\n")
    }

    func testManyRowsStreamOneLineEach() {
        var table = ReportTable(columns: [ReportColumn("code", "Code"), ReportColumn("n", "N", kind: .integer)])
        let count = 50_000
        table.reserveCapacity(count)
        for i in 1...count { table.append([.text("M\(i)"), .int(Int64(i))]) }
        let text = ReportOutput.render(table, as: .csv)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, count + 2) // header, rows, and the empty rest after the last CRLF
        XCTAssertEqual(lines[count], "M50000,50000")
    }
}
