import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class StreetReportTests: XCTestCase {
    func testByStreetInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byStreet(db), .table, .zh), """
            各街道党建工作统计（2025年第二季度，截至2025-06-15）
             编号 | 街道       | 社区数 | 网格数 | 党组织数 | 党员数 | 在职党员报到 | 有效共建协议 | 本季度会议 | 出席率 | 微心愿实现 | 一肩挑
            ------+------------+--------+--------+----------+--------+--------------+--------------+------------+--------+------------+--------
             XFL  | 幸福路街道 |      2 |      3 |        5 |      9 |            1 |            2 |         10 |  91.7% |          1 |  50.0%
             HP   | 和平街道   |      2 |      1 |        2 |      4 |            1 |            1 |          4 |  66.7% |          1 |  50.0%
             QY   | 青云街道   |      0 |      0 |        0 |      0 |            0 |            0 |          0 |        |          0 |
            ------+------------+--------+--------+----------+--------+--------------+--------------+------------+--------+------------+--------
             合计 |            |      4 |      4 |        7 |     13 |            2 |            3 |         14 |  83.3% |          2 |  50.0%
            (共 3 行)
            会议、微心愿：本季度截至今日。出席率：实到人数 ÷（实到 + 缺席），各次会议合计。
            在职党员报到（双报到）：到社区报到的在职党员。有效共建协议：已生效、未到期、未终止。
            一肩挑：社区党组织书记兼任居委会主任。

            """)
    }

    func testByStreetInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byStreet(db), .table, .en), """
            Party building by street, 2025Q2 (as of 2025-06-15)
             Code  | Street     | Communities | Grids | Party orgs | Members | In-service reported | Active agreements | Meetings this quarter | Attendance | Wishes fulfilled | 一肩挑
            -------+------------+-------------+-------+------------+---------+---------------------+-------------------+-----------------------+------------+------------------+--------
             XFL   | 幸福路街道 |           2 |     3 |          5 |       9 |                   1 |                 2 |                    10 |      91.7% |                1 |  50.0%
             HP    | 和平街道   |           2 |     1 |          2 |       4 |                   1 |                 1 |                     4 |      66.7% |                1 |  50.0%
             QY    | 青云街道   |           0 |     0 |          0 |       0 |                   0 |                 0 |                     0 |            |                0 |
            -------+------------+-------------+-------+------------+---------+---------------------+-------------------+-----------------------+------------+------------------+--------
             Total |            |           4 |     4 |          7 |      13 |                   2 |                 3 |                    14 |      83.3% |                2 |  50.0%
            (3 rows)
            Meetings and wishes fulfilled: this quarter up to today. Attendance: attendees over attendees and absentees, all meetings pooled.
            In-service reported (双报到): in-service members registered at the community. Active agreements: started, not ended, not terminated.
            一肩挑: the community party secretary is also the residents' committee director.

            """)
    }

    func testByStreetAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byStreet(db), .json, .en), """
            [
              {
                "code": "XFL",
                "street": "幸福路街道",
                "communities": 2,
                "grids": 3,
                "orgs": 5,
                "members": 9,
                "in_service": 1,
                "agreements": 2,
                "meetings": 10,
                "attendance": 91.7,
                "wishes_fulfilled": 1,
                "one_shoulder": 50.0
              },
              {
                "code": "HP",
                "street": "和平街道",
                "communities": 2,
                "grids": 1,
                "orgs": 2,
                "members": 4,
                "in_service": 1,
                "agreements": 1,
                "meetings": 4,
                "attendance": 66.7,
                "wishes_fulfilled": 1,
                "one_shoulder": 50.0
              },
              {
                "code": "QY",
                "street": "青云街道",
                "communities": 0,
                "grids": 0,
                "orgs": 0,
                "members": 0,
                "in_service": 0,
                "agreements": 0,
                "meetings": 0,
                "attendance": null,
                "wishes_fulfilled": 0,
                "one_shoulder": null
              }
            ]

            """)
    }

    func testStreetsAddUpTheirCommunitiesAndWhatSitsOnTheStreet() throws {
        let db = try ReportFixture.city()
        let streets = Reports.byStreet(db), communities = Reports.byCommunity(db, inStreet: db.streets.handle(code: "XFL"))
        // The street working committee and the agreement with the street count once, on the street.
        XCTAssertEqual(cell(streets, "XFL", "orgs"), .int(Int64(3 + 1 + 1)))
        XCTAssertEqual(communities.totals?[4], .int(4))
        XCTAssertEqual(cell(streets, "XFL", "agreements"), .int(2))
        XCTAssertEqual(communities.totals?[7], .int(1))
        XCTAssertEqual(cell(streets, "XFL", "members"), communities.totals?[5])
    }

    func testAMeetingNextQuarterIsNotThisQuartersWork() throws {
        let db = try ReportFixture.city()
        db.today = Day("2025-07-02")!
        try db.insert(.meeting, fields: ["org": .text("HX-01"), "kind": .text("theme_day"), "date": .day(Day("2025-07-01")!),
                                         "attendees": .list([.text("M7")])])
        let table = Reports.byStreet(db)
        XCTAssertEqual(cell(table, "HP", "meetings"), .int(1))
        XCTAssertEqual(cell(table, "HP", "attendance"), .percent(ExactDecimal(100)))
        XCTAssertEqual(cell(table, "XFL", "meetings"), .int(0))
        XCTAssertEqual(cell(table, "XFL", "attendance"), .empty, "no meeting, no attendance figure")
    }
}
