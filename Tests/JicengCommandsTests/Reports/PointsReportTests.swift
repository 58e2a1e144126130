import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class PointsReportTests: XCTestCase {
    func testTopThreeInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.pointsTop(db, count: 3), .table, .zh), """
            党员积分前3名（截至2025-06-15）
             名次 | 编号 | 党员 | 支部           | 积分 | 记录数
            ------+------+------+----------------+------+--------
                1 | M1   | 张三 | 金华第一支部   |   15 |      2
                1 | M7   | 吴十 | 和兴社区党支部 |   15 |      2
                3 | M2   | 李四 | 金华第一支部   |    8 |      1
            (共 3 行)

            """)
    }

    func testTopThreeAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.pointsTop(db, count: 3), .json, .en), """
            [
              {
                "rank": 1,
                "code": "M1",
                "member": "张三",
                "branch": "金华第一支部",
                "balance": 15,
                "entries": 2
              },
              {
                "rank": 1,
                "code": "M7",
                "member": "吴十",
                "branch": "和兴社区党支部",
                "balance": 15,
                "entries": 2
              },
              {
                "rank": 3,
                "code": "M2",
                "member": "李四",
                "branch": "金华第一支部",
                "balance": 8,
                "entries": 1
              }
            ]

            """)
    }

    func testAsManyPlacesAsAsked() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(Reports.pointsTop(db, count: 0).rows.count, 0)
        let all = Reports.pointsTop(db, count: 100)
        XCTAssertEqual(all.rows.count, 14, "everyone on the roster, not the member transferred out")
        XCTAssertEqual(all.rows.last?[1], .text("M8"), "a negative balance comes last")
        XCTAssertEqual(all.rows.last?[0], .int(14))
    }
}
