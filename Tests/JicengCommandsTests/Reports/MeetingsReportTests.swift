import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class MeetingsReportTests: XCTestCase {
    func testSecondQuarterInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.meetings(db, for: Quarter("2025Q2")!), .table, .zh), """
            “三会一课”落实情况（2025年第二季度，截至2025-06-15）
             编号  | 党组织         | 社区     | 支部党员大会 | 支委会 | 党小组会 | 主题党日 |       党课 | 组织生活会 | 民主评议党员 | 缺项             | 完成率
            -------+----------------+----------+--------------+--------+----------+----------+------------+------------+--------------+------------------+--------
             JH-01 | 金华第一支部   | 金华社区 |          1/1 |    2/3 |      2/2 |      2/2 | 2025-03-20 |            |              | 支委会5月        |  88.9%
             JH-02 | 金华第二支部   | 金华社区 |              |        |          |      1/2 |            |            |              | 主题党日4月      |  50.0%
             YL-ZZ | 玉兰社区党总支 | 玉兰社区 |          1/1 |        |          |      0/2 |            |            |              | 主题党日4月、5月 |  33.3%
             HX-01 | 和兴社区党支部 | 和兴社区 |          1/1 |        |          |      3/3 |            | 2025-01-20 |   2025-01-20 |                  | 100.0%
             LT-01 | 蓝天科技党支部 | 和兴社区 |              |        |          |      0/2 |            |            |              | 主题党日4月、5月 |   0.0%
            -------+----------------+----------+--------------+--------+----------+----------+------------+------------+--------------+------------------+--------
             合计  |                |          |              |        |          |          |            |            |              |                  |  72.7%
            (共 5 行)
            已开/应开次数：支部党员大会每季度，支委会、党小组会、主题党日每月，党课、组织生活会、民主评议党员每年（当年任何时候已开即计；年度结束仍未开才计缺项）。未到期且未开的不计入。

            """)
    }

    func testSecondQuarterAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.meetings(db, for: Quarter("2025Q2")!), .json, .en), """
            [
              {
                "code": "JH-01",
                "org": "金华第一支部",
                "community": "金华社区",
                "member_assembly": "1/1",
                "committee_meeting": "2/3",
                "group_meeting": "2/2",
                "theme_day": "2/2",
                "lecture": "2025-03-20",
                "life_meeting": null,
                "democratic_review": null,
                "missing": "committee meeting May",
                "compliance": 88.9
              },
              {
                "code": "JH-02",
                "org": "金华第二支部",
                "community": "金华社区",
                "member_assembly": null,
                "committee_meeting": null,
                "group_meeting": null,
                "theme_day": "1/2",
                "lecture": null,
                "life_meeting": null,
                "democratic_review": null,
                "missing": "theme day Apr",
                "compliance": 50.0
              },
              {
                "code": "YL-ZZ",
                "org": "玉兰社区党总支",
                "community": "玉兰社区",
                "member_assembly": "1/1",
                "committee_meeting": null,
                "group_meeting": null,
                "theme_day": "0/2",
                "lecture": null,
                "life_meeting": null,
                "democratic_review": null,
                "missing": "theme day Apr, May",
                "compliance": 33.3
              },
              {
                "code": "HX-01",
                "org": "和兴社区党支部",
                "community": "和兴社区",
                "member_assembly": "1/1",
                "committee_meeting": null,
                "group_meeting": null,
                "theme_day": "3/3",
                "lecture": null,
                "life_meeting": "2025-01-20",
                "democratic_review": "2025-01-20",
                "missing": null,
                "compliance": 100.0
              },
              {
                "code": "LT-01",
                "org": "蓝天科技党支部",
                "community": "和兴社区",
                "member_assembly": null,
                "committee_meeting": null,
                "group_meeting": null,
                "theme_day": "0/2",
                "lecture": null,
                "life_meeting": null,
                "democratic_review": null,
                "missing": "theme day Apr, May",
                "compliance": 0.0
              }
            ]

            """)
    }

    func testAPastQuarterIsJudgedWhole() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.meetings(db, for: Quarter("2025Q1")!), .table, .en), """
            三会一课 compliance, 2025Q1 (as of 2025-06-15)
             Code  | Organisation   | Community | member assembly | committee meeting | group meeting | theme day | party lecture | life meeting | democratic review | Missing                                                                                                                  | Compliance
            -------+----------------+-----------+-----------------+-------------------+---------------+-----------+---------------+--------------+-------------------+--------------------------------------------------------------------------------------------------------------------------+------------
             JH-01 | 金华第一支部   | 金华社区  |             1/1 |               0/3 |           0/3 |       0/3 |    2025-03-20 |              |                   | committee meeting Jan, Feb, Mar; group meeting (第一党小组) Jan, (第一党小组) Feb, (第一党小组) Mar; theme day Jan, Feb… |      18.2%
             JH-02 | 金华第二支部   | 金华社区  |             0/1 |                   |               |       0/3 |               |              |                   | member assembly 2025Q1; theme day Jan, Feb, Mar                                                                          |       0.0%
             YL-ZZ | 玉兰社区党总支 | 玉兰社区  |             0/1 |                   |               |       0/3 |               |              |                   | member assembly 2025Q1; theme day Jan, Feb, Mar                                                                          |       0.0%
             HX-01 | 和兴社区党支部 | 和兴社区  |             0/1 |                   |               |       0/3 |               |   2025-01-20 |        2025-01-20 | member assembly 2025Q1; theme day Jan, Feb, Mar                                                                          |      33.3%
             LT-01 | 蓝天科技党支部 | 和兴社区  |             0/1 |                   |               |       0/3 |               |              |                   | member assembly 2025Q1; theme day Jan, Feb, Mar                                                                          |       0.0%
            -------+----------------+-----------+-----------------+-------------------+---------------+-----------+---------------+--------------+-------------------+--------------------------------------------------------------------------------------------------------------------------+------------
             Total |                |           |                 |                   |               |           |               |              |                   |                                                                                                                          |      13.8%
            (5 rows)
            Held/required periods: member assembly quarterly; committee, group meeting and theme day monthly; lecture, life meeting and democratic review yearly (held any time in the year counts; missing only once the year is over). Periods not yet over and not yet met are not counted.

            """)
    }

    func testYearlyMeetingsGoMissingOnlyOnceTheYearIsOver() throws {
        let db = try ReportFixture.city()
        db.today = Day("2025-12-20")!
        var table = Reports.meetings(db, for: Quarter("2025Q4")!)
        XCTAssertEqual(cell(table, "JH-01", "lecture"), .day(Day("2025-03-20")!))
        XCTAssertEqual(cell(table, "HX-01", "lecture"), .empty, "still pending before the year ends")
        db.today = Day("2026-01-05")!
        table = Reports.meetings(db, for: Quarter("2025Q4")!)
        XCTAssertEqual(cell(table, "HX-01", "lecture"), .text("0/1"))
        XCTAssertEqual(cell(table, "HX-01", "life_meeting"), .day(Day("2025-01-20")!))
        XCTAssertEqual(cell(table, "HX-01", "missing"), .localized(LocalizedText(
            en: "member assembly 2025Q4; theme day Oct, Nov, Dec; party lecture 2025",
            zh: "支部党员大会（2025年第四季度）；主题党日10月、11月、12月；党课（2025年）")))
        XCTAssertEqual(cell(table, "HX-01", "compliance"), .percent(ExactDecimal("28.6")!), "met 2 (life meeting, democratic review) of 7")
    }

    func testAnOrganisationOwesNothingFromBeforeItWasFounded() throws {
        let db = try ReportFixture.city()
        try db.insert(.org, fields: ["code": .text("HX-02"), "name": .text("和兴第二支部"), "kind": .text("branch"),
                                     "community": .text("HX"), "founded": .day(Day("2025-05-20")!)])
        let table = Reports.meetings(db, for: Quarter("2025Q2")!)
        XCTAssertEqual(cell(table, "HX-02", "theme_day"), .text("0/1"), "May is owed, April is not")
        XCTAssertEqual(cell(table, "HX-02", "member_assembly"), .empty, "the quarter is not over")
        XCTAssertNil(cell(Reports.meetings(db, for: Quarter("2025Q1")!), "HX-02", "theme_day"), "not yet founded")
    }

    func testASeventhMemberMakesCommitteeMeetingsDue() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(cell(Reports.meetings(db, for: Quarter("2025Q2")!), "HX-01", "committee_meeting"), .empty)
        for i in 1...4 {
            try db.insert(.member, fields: ["code": .text("HX-N\(i)"), "name": .text("新党员\(i)"), "born": .day(Day("1990-01-01")!),
                                            "joined": .day(Day("2020-01-01")!), "formal": .day(Day("2021-01-01")!), "branch": .text("HX-01")])
        }
        XCTAssertEqual(cell(Reports.meetings(db, for: Quarter("2025Q2")!), "HX-01", "committee_meeting"), .text("0/2"))
    }

    func testAYearlyMeetingHeldLaterInTheYearCountsForEveryQuarter() throws {
        let db = try ReportFixture.city()
        db.today = Day("2026-02-01")!
        try db.insert(.meeting, fields: ["org": .text("HX-01"), "kind": .text("lecture"), "date": .day(Day("2025-09-09")!),
                                         "attendees": .list([.text("M7")])])
        let firstQuarter = Reports.meetings(db, for: Quarter("2025Q1")!)
        XCTAssertEqual(cell(firstQuarter, "HX-01", "lecture"), .day(Day("2025-09-09")!))
        XCTAssertEqual(cell(firstQuarter, "HX-01", "life_meeting"), .day(Day("2025-01-20")!))
        XCTAssertEqual(cell(firstQuarter, "LT-01", "lecture"), .text("0/1"), "the year is over without one")
        XCTAssertEqual(cell(Reports.meetings(db, for: Quarter("2026Q1")!), "HX-01", "lecture"), .empty, "2026 has only begun")
    }

    func testAGeneralBranchWithBranchesIsJudgedOnItsCommittee() throws {
        let db = try ReportFixture.city()
        try db.update(db.lookup(.org, "YL-ZZ")!, fields: ["committee": .pairs([.init(.text("M5"), .text("书记"))])])
        XCTAssertEqual(cell(Reports.meetings(db, for: Quarter("2025Q2")!), "YL-ZZ", "theme_day"), .text("0/2"))
        try db.insert(.org, fields: ["code": .text("YL-01"), "name": .text("玉兰第一支部"), "kind": .text("branch"), "parent": .text("YL-ZZ")])
        let table = Reports.meetings(db, for: Quarter("2025Q2")!)
        XCTAssertEqual(cell(table, "YL-ZZ", "theme_day"), .empty, "its branches hold the theme days")
        XCTAssertEqual(cell(table, "YL-ZZ", "member_assembly"), .empty)
        XCTAssertEqual(cell(table, "YL-ZZ", "committee_meeting"), .text("0/2"))
        XCTAssertEqual(cell(table, "YL-01", "theme_day"), .text("0/2"))
    }
}
