import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class FundsReportTests: XCTestCase {
    func testFundsByCommunityInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.funds(db, for: 2025), .table, .zh), """
            2025年党建经费测算（元）
             编号 | 社区     | 街道       | 保障党组织数 | 党员数 | 户数 | 党组织工作经费 | 党员教育培训经费 | 社区办公经费 | 社区服务经费 |      合计
            ------+----------+------------+--------------+--------+------+----------------+------------------+--------------+--------------+-----------
             JH   | 金华社区 | 幸福路街道 |            1 |      6 | 3200 |        5000.00 |           600.00 |    112000.00 |    160000.00 | 277600.00
             YL   | 玉兰社区 | 幸福路街道 |            1 |      3 | 1800 |        5000.00 |           300.00 |     63000.00 |     90000.00 | 158300.00
             XC   | 新村社区 | 和平街道   |            1 |      0 |  900 |        5000.00 |             0.00 |     31500.00 |     45000.00 |  81500.00
             HX   | 和兴社区 | 和平街道   |            2 |      4 | 2100 |       10000.00 |           400.00 |     73500.00 |    105000.00 | 188900.00
            ------+----------+------------+--------------+--------+------+----------------+------------------+--------------+--------------+-----------
             合计 |          |            |            5 |     13 | 8000 |       25000.00 |          1300.00 |    280000.00 |    400000.00 | 706300.00
            (共 4 行)
            每年：每个社区、非公企业和社会组织党组织5000元；党员教育培训每人100元；社区办公经费每户35元、服务经费每户50元。

            """)
    }

    func testFundsAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.funds(db, for: 2025), .json, .en), """
            [
              {
                "code": "JH",
                "community": "金华社区",
                "street": "幸福路街道",
                "funded_orgs": 1,
                "members": 6,
                "households": 3200,
                "org_funds": "5000.00",
                "training": "600.00",
                "office": "112000.00",
                "service": "160000.00",
                "total": "277600.00"
              },
              {
                "code": "YL",
                "community": "玉兰社区",
                "street": "幸福路街道",
                "funded_orgs": 1,
                "members": 3,
                "households": 1800,
                "org_funds": "5000.00",
                "training": "300.00",
                "office": "63000.00",
                "service": "90000.00",
                "total": "158300.00"
              },
              {
                "code": "XC",
                "community": "新村社区",
                "street": "和平街道",
                "funded_orgs": 1,
                "members": 0,
                "households": 900,
                "org_funds": "5000.00",
                "training": "0.00",
                "office": "31500.00",
                "service": "45000.00",
                "total": "81500.00"
              },
              {
                "code": "HX",
                "community": "和兴社区",
                "street": "和平街道",
                "funded_orgs": 2,
                "members": 4,
                "households": 2100,
                "org_funds": "10000.00",
                "training": "400.00",
                "office": "73500.00",
                "service": "105000.00",
                "total": "188900.00"
              }
            ]

            """)
    }

    func testFundsByStreet() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.funds(db, for: 2025, by: .street), .table, .en), """
            Party-building funds for 2025 (yuan)
             Code  | Street     | Communities | Funded orgs | Members | Households | Org funds | Training |    Office |   Service |     Total
            -------+------------+-------------+-------------+---------+------------+-----------+----------+-----------+-----------+-----------
             XFL   | 幸福路街道 |           2 |           2 |       9 |       5000 |  10000.00 |   900.00 | 175000.00 | 250000.00 | 435900.00
             HP    | 和平街道   |           2 |           3 |       4 |       3000 |  15000.00 |   400.00 | 105000.00 | 150000.00 | 270400.00
             QY    | 青云街道   |           0 |           0 |       0 |          0 |      0.00 |     0.00 |      0.00 |      0.00 |      0.00
            -------+------------+-------------+-------------+---------+------------+-----------+----------+-----------+-----------+-----------
             Total |            |           4 |           5 |      13 |       8000 |  25000.00 |  1300.00 | 280000.00 | 400000.00 | 706300.00
            (3 rows)
            Yuan a year: 5000 per community, non-public and social party organisation; 100 per member for training; 35 office and 50 service funds per household.

            """)
    }
}
