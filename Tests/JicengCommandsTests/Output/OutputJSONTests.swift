import XCTest
import Foundation
import JicengBase
@testable import JicengCommands

final class OutputJSONTests: XCTestCase {
    private let member = ReportTable(
        columns: [
            ReportColumn("code", "Code"),
            ReportColumn("name", "Name"),
            ReportColumn("points", "Points", kind: .integer),
            ReportColumn("dues", "Dues", kind: .decimal),
            ReportColumn("attendance", "Attendance", kind: .percent),
            ReportColumn("joined", "Joined", kind: .date),
            ReportColumn("paid_to", "Paid to", kind: .date),
            ReportColumn("in_service", "In service"),
            ReportColumn("note", "Note"),
        ],
        rows: [
            [.text("M0001"), .text("张三 \"老张\" \\ 𠮷"), .int(-5), OutputFixtures.decimal("81.00"),
             .percent(ExactDecimal("87.5")!), .day(Day("1980-07-01")!), .month(YearMonth("2025-03")!), .bool(true),
             .text("行一\n行二\t\u{01}\u{2028}")],
            [.text("M0002"), .text("李四"), .empty, .empty, .empty, .empty, .empty, .bool(false), .empty],
        ],
        totals: [.text("total"), .empty, .int(-5), .empty, .empty, .empty, .empty, .empty, .empty])

    func testObjectsInColumnOrderWithTypedValuesAndEscapes() {
        XCTAssertEqual(ReportOutput.render(member, as: .json, options: OutputOptions(language: .zh)), #"""
            [
              {
                "code": "M0001",
                "name": "张三 \"老张\" \\ 𠮷",
                "points": -5,
                "dues": "81.00",
                "attendance": 87.5,
                "joined": "1980-07-01",
                "paid_to": "2025-03",
                "in_service": true,
                "note": "行一\n行二\t\u0001\u2028"
              },
              {
                "code": "M0002",
                "name": "李四",
                "points": null,
                "dues": null,
                "attendance": null,
                "joined": null,
                "paid_to": null,
                "in_service": false,
                "note": null
              }
            ]

            """#)
    }

    func testAJSONReaderGetsTheSameTextBack() throws {
        let data = Data(ReportOutput.render(member, as: .json).utf8)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["name"] as? String, "张三 \"老张\" \\ 𠮷")
        XCTAssertEqual(rows[0]["note"] as? String, "行一\n行二\t\u{01}\u{2028}")
        XCTAssertEqual(rows[0]["dues"] as? String, "81.00")
    }

    func testNoRowsIsAnEmptyArray() {
        XCTAssertEqual(ReportOutput.render(ReportTable(columns: [ReportColumn("a", "A")]), as: .json), "[]\n")
    }

    func testPersonalDataIsMaskedInJSONToo() {
        let table = ReportTable(columns: [ReportColumn("phone", "Phone", isPersonalData: true)], rows: [[.text("13900001234")]])
        XCTAssertEqual(ReportOutput.render(table, as: .json), "[\n  {\n    \"phone\": \"139****1234\"\n  }\n]\n")
    }
}
