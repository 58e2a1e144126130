import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class AgeReportTests: XCTestCase {
    func testAgeBandsInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.membersByAge(db), .table, .zh), """
            党员年龄结构（截至2025-06-15）
             年龄段     | 党员数 |   占比
            ------------+--------+--------
             30岁以下   |      2 |  14.3%
             30–39      |      2 |  14.3%
             40–49      |      3 |  21.4%
             50–59      |      1 |   7.1%
             60–69      |      3 |  21.4%
             70–79      |      1 |   7.1%
             80岁及以上 |      1 |   7.1%
             未登记     |      1 |   7.1%
            ------------+--------+--------
             合计       |     14 | 100.0%
            (共 8 行)
            平均年龄51.3岁（有出生日期的党员）。

            """)
    }

    func testAgeBandsInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.membersByAge(db), .table, .en), """
            Members by age (as of 2025-06-15)
             Age         | Members |  Share
            -------------+---------+--------
             under 30    |       2 |  14.3%
             30–39       |       2 |  14.3%
             40–49       |       3 |  21.4%
             50–59       |       1 |   7.1%
             60–69       |       3 |  21.4%
             70–79       |       1 |   7.1%
             80 and over |       1 |   7.1%
             unknown     |       1 |   7.1%
            -------------+---------+--------
             Total       |      14 | 100.0%
            (8 rows)
            Average age 51.3 (members with a birth date).

            """)
    }

    func testAgeBandsAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.membersByAge(db), .json, .en), """
            [
              {
                "band": "under 30",
                "count": 2,
                "share": 14.3
              },
              {
                "band": "30–39",
                "count": 2,
                "share": 14.3
              },
              {
                "band": "40–49",
                "count": 3,
                "share": 21.4
              },
              {
                "band": "50–59",
                "count": 1,
                "share": 7.1
              },
              {
                "band": "60–69",
                "count": 3,
                "share": 21.4
              },
              {
                "band": "70–79",
                "count": 1,
                "share": 7.1
              },
              {
                "band": "80 and over",
                "count": 1,
                "share": 7.1
              },
              {
                "band": "unknown",
                "count": 1,
                "share": 7.1
              }
            ]

            """)
    }

    func testAgeBarChart() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.membersByAge(db), .chart, .zh), """
            党员年龄结构（截至2025-06-15）
            党员数
            30岁以下   ██████████████████████████▋ 2
            30–39      ██████████████████████████▋ 2
            40–49      ████████████████████████████████████████ 3
            50–59      █████████████▍ 1
            60–69      ████████████████████████████████████████ 3
            70–79      █████████████▍ 1
            80岁及以上 █████████████▍ 1
            未登记     █████████████▍ 1
            平均年龄51.3岁（有出生日期的党员）。

            """)
    }
}
