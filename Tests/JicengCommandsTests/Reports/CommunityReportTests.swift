import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class CommunityReportTests: XCTestCase {
    func testByCommunityInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byCommunity(db), .table, .zh), """
            各社区党建工作统计（2025年第二季度，截至2025-06-15）
             编号 | 社区     | 街道       | 网格数 | 党组织数 | 党员数 | 在职党员报到 | 有效共建协议 | 本季度会议 | 出席率 | 微心愿实现 | 一肩挑 | 户数 | 活动场所面积㎡ | 社会组织数
            ------+----------+------------+--------+----------+--------+--------------+--------------+------------+--------+------------+--------+------+----------------+------------
             JH   | 金华社区 | 幸福路街道 |      2 |        3 |      6 |            1 |            1 |          8 |  95.2% |          1 |     是 | 3200 |            450 |         12
             YL   | 玉兰社区 | 幸福路街道 |      1 |        1 |      3 |            0 |            0 |          1 |  66.7% |          0 |     否 | 1800 |            260 |          8
             XC   | 新村社区 | 和平街道   |      0 |        0 |      0 |            0 |            0 |          0 |        |          0 |     否 |  900 |                |         10
             HX   | 和兴社区 | 和平街道   |      1 |        2 |      4 |            1 |            1 |          4 |  66.7% |          1 |     是 | 2100 |            320 |         10
            ------+----------+------------+--------+----------+--------+--------------+--------------+------------+--------+------------+--------+------+----------------+------------
             合计 |          |            |      4 |        6 |     13 |            2 |            2 |         13 |  83.3% |          2 |  50.0% | 8000 |           1030 |         40
            (共 4 行)
            会议、微心愿：本季度截至今日。出席率：实到人数 ÷（实到 + 缺席），各次会议合计。
            在职党员报到（双报到）：到社区报到的在职党员。有效共建协议：已生效、未到期、未终止。
            一肩挑：社区党组织书记兼任居委会主任。

            """)
    }

    func testByCommunityAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byCommunity(db), .json, .en), """
            [
              {
                "code": "JH",
                "community": "金华社区",
                "street": "幸福路街道",
                "grids": 2,
                "orgs": 3,
                "members": 6,
                "in_service": 1,
                "agreements": 1,
                "meetings": 8,
                "attendance": 95.2,
                "wishes_fulfilled": 1,
                "one_shoulder": true,
                "households": 3200,
                "area_m2": 450,
                "social_orgs": 12
              },
              {
                "code": "YL",
                "community": "玉兰社区",
                "street": "幸福路街道",
                "grids": 1,
                "orgs": 1,
                "members": 3,
                "in_service": 0,
                "agreements": 0,
                "meetings": 1,
                "attendance": 66.7,
                "wishes_fulfilled": 0,
                "one_shoulder": false,
                "households": 1800,
                "area_m2": 260,
                "social_orgs": 8
              },
              {
                "code": "XC",
                "community": "新村社区",
                "street": "和平街道",
                "grids": 0,
                "orgs": 0,
                "members": 0,
                "in_service": 0,
                "agreements": 0,
                "meetings": 0,
                "attendance": null,
                "wishes_fulfilled": 0,
                "one_shoulder": false,
                "households": 900,
                "area_m2": null,
                "social_orgs": 10
              },
              {
                "code": "HX",
                "community": "和兴社区",
                "street": "和平街道",
                "grids": 1,
                "orgs": 2,
                "members": 4,
                "in_service": 1,
                "agreements": 1,
                "meetings": 4,
                "attendance": 66.7,
                "wishes_fulfilled": 1,
                "one_shoulder": true,
                "households": 2100,
                "area_m2": 320,
                "social_orgs": 10
              }
            ]

            """)
    }

    func testCommunitiesOfOneStreet() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byCommunity(db, inStreet: db.streets.handle(code: "XFL")), .table, .en), """
            Communities of 幸福路街道, 2025Q2 (as of 2025-06-15)
             Code  | Community | Street     | Grids | Party orgs | Members | In-service reported | Active agreements | Meetings this quarter | Attendance | Wishes fulfilled | 一肩挑 | Households | Activity space m² | Social orgs
            -------+-----------+------------+-------+------------+---------+---------------------+-------------------+-----------------------+------------+------------------+--------+------------+-------------------+-------------
             JH    | 金华社区  | 幸福路街道 |     2 |          3 |       6 |                   1 |                 1 |                     8 |      95.2% |                1 |    yes |       3200 |               450 |          12
             YL    | 玉兰社区  | 幸福路街道 |     1 |          1 |       3 |                   0 |                 0 |                     1 |      66.7% |                0 |     no |       1800 |               260 |           8
            -------+-----------+------------+-------+------------+---------+---------------------+-------------------+-----------------------+------------+------------------+--------+------------+-------------------+-------------
             Total |           |            |     3 |          4 |       9 |                   1 |                 1 |                     9 |      91.7% |                1 |  50.0% |       5000 |               710 |          20
            (2 rows)
            Meetings and wishes fulfilled: this quarter up to today. Attendance: attendees over attendees and absentees, all meetings pooled.
            In-service reported (双报到): in-service members registered at the community. Active agreements: started, not ended, not terminated.
            一肩挑: the community party secretary is also the residents' committee director.

            """)
    }
}
