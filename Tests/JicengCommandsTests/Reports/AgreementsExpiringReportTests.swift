import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class AgreementsExpiringReportTests: XCTestCase {
    func testExpiringInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.agreementsExpiring(db, withinDays: 60), .table, .zh), """
            60天内到期的共建协议（截至2025-06-15）
             编号 | 驻区单位         | 社区     | 街道       | 类型     | 到期日期   | 剩余天数
            ------+------------------+----------+------------+----------+------------+----------
             A2   | 蓝天科技有限公司 | 和兴社区 | 和平街道   | 结对包抓 | 2025-07-10 |       25
             A3   | 万达广场         |          | 幸福路街道 | 党建联盟 | 2025-08-01 |       47
            (共 2 行)
            已终止的协议不列出；续签请用 `renew agreement`。

            """)
    }

    func testExpiringInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.agreementsExpiring(db, withinDays: 60), .table, .en), """
            Agreements expiring within 60 days (as of 2025-06-15)
             Code | Unit             | Community | Street     | Kind     | Ends       | Days left
            ------+------------------+-----------+------------+----------+------------+-----------
             A2   | 蓝天科技有限公司 | 和兴社区  | 和平街道   | pairing  | 2025-07-10 |        25
             A3   | 万达广场         |           | 幸福路街道 | alliance | 2025-08-01 |        47
            (2 rows)
            Terminated agreements are not listed; renew with `renew agreement`.

            """)
    }

    func testExpiringAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.agreementsExpiring(db, withinDays: 60), .json, .en), """
            [
              {
                "code": "A2",
                "unit": "蓝天科技有限公司",
                "community": "和兴社区",
                "street": "和平街道",
                "kind": "pairing",
                "ends": "2025-07-10",
                "days_left": 25
              },
              {
                "code": "A3",
                "unit": "万达广场",
                "community": null,
                "street": "幸福路街道",
                "kind": "alliance",
                "ends": "2025-08-01",
                "days_left": 47
              }
            ]

            """)
    }

    func testTheWindowIncludesItsLastDay() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(codes(Reports.agreementsExpiring(db, withinDays: 25)), [.text("A2")])
        XCTAssertEqual(codes(Reports.agreementsExpiring(db, withinDays: 24)), [])
        XCTAssertEqual(codes(Reports.agreementsExpiring(db, withinDays: 0)), [])
        db.today = Day("2025-07-10")!
        XCTAssertEqual(codes(Reports.agreementsExpiring(db, withinDays: 0)), [.text("A2")], "its last day is still in force")
    }
}
