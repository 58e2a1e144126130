import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class BranchReportTests: XCTestCase {
    func testByBranchInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byBranch(db), .table, .zh), """
            各党支部情况（2025年第二季度，截至2025-06-15）
             编号  | 支部           | 类型   | 社区     | 党员数 | 正式党员 | 预备党员 | 委员数 | 本季度会议 | 届满日期   | 失联 | 空挂 | 备注
            -------+----------------+--------+----------+--------+----------+----------+--------+------------+------------+------+------+------------------------------------------
             JH-01 | 金华第一支部   | 党支部 | 金华社区 |      3 |        2 |        1 |      3 |          7 | 2025-03-31 |    0 |    0 | 正式党员不足3人；任期已于2025-03-31届满
             JH-02 | 金华第二支部   | 党支部 | 金华社区 |      2 |        2 |        0 |      0 |          1 | 2027-06-30 |    0 |    0 | 正式党员不足3人；未配备书记；1项任务逾期
             JH-03 | 金华第三支部   | 党支部 | 金华社区 |      1 |        1 |        0 |      0 |          0 |            |    0 |    1 | 已于2025-01-01撤销，1名党员空挂
             YL-ZZ | 玉兰社区党总支 | 党总支 | 玉兰社区 |      3 |        3 |        0 |      0 |          1 | 2026-09-30 |    1 |    0 | 党总支党员不足50人
             HX-01 | 和兴社区党支部 | 党支部 | 和兴社区 |      3 |        3 |        0 |      0 |          4 | 2027-03-31 |    1 |    0 |
             LT-01 | 蓝天科技党支部 | 党支部 | 和兴社区 |      1 |        1 |        0 |      0 |          0 |            |    0 |    0 | 正式党员不足3人；本季度未开会
            -------+----------------+--------+----------+--------+----------+----------+--------+------------+------------+------+------+------------------------------------------
             合计  |                |        |          |     13 |       12 |        1 |      3 |         13 |            |    2 |    1 |
            (共 6 行)
            党员数含党总支下属支部党员。标准：正式党员3人以上成立党支部，党员7人以上设支部委员会，50人以上可设党总支，100人以上可设基层党委。

            """)
    }

    func testByBranchInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byBranch(db), .table, .en), """
            Branches, 2025Q2 (as of 2025-06-15)
             Code  | Branch         | Kind           | Community | Members | Formal | Probationary | Committee | Meetings this quarter | Term ends  | Lost contact | Hanging | Notes
            -------+----------------+----------------+-----------+---------+--------+--------------+-----------+-----------------------+------------+--------------+---------+-------------------------------------------------------------
             JH-01 | 金华第一支部   | branch         | 金华社区  |       3 |      2 |            1 |         3 |                     7 | 2025-03-31 |            0 |       0 | fewer than 3 formal members; term ended 2025-03-31
             JH-02 | 金华第二支部   | branch         | 金华社区  |       2 |      2 |            0 |         0 |                     1 | 2027-06-30 |            0 |       0 | fewer than 3 formal members; no secretary; overdue tasks: 1
             JH-03 | 金华第三支部   | branch         | 金华社区  |       1 |      1 |            0 |         0 |                     0 |            |            0 |       1 | dissolved 2025-01-01; members hanging: 1
             YL-ZZ | 玉兰社区党总支 | general branch | 玉兰社区  |       3 |      3 |            0 |         0 |                     1 | 2026-09-30 |            1 |       0 | general branch under 50 members
             HX-01 | 和兴社区党支部 | branch         | 和兴社区  |       3 |      3 |            0 |         0 |                     4 | 2027-03-31 |            1 |       0 |
             LT-01 | 蓝天科技党支部 | branch         | 和兴社区  |       1 |      1 |            0 |         0 |                     0 |            |            0 |       0 | fewer than 3 formal members; no meetings this quarter
            -------+----------------+----------------+-----------+---------+--------+--------------+-----------+-----------------------+------------+--------------+---------+-------------------------------------------------------------
             Total |                |                |           |      13 |     12 |            1 |         3 |                    13 |            |            2 |       1 |
            (6 rows)
            Members include those of branches under a general branch. Thresholds: a branch needs 3+ formal members, a committee at 7+ members; a general branch at 50+; a base committee at 100+.

            """)
    }

    func testByBranchAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.byBranch(db), .json, .en), """
            [
              {
                "code": "JH-01",
                "branch": "金华第一支部",
                "kind": "branch",
                "community": "金华社区",
                "members": 3,
                "formal": 2,
                "probationary": 1,
                "committee": 3,
                "meetings": 7,
                "term_ends": "2025-03-31",
                "lost_contact": 0,
                "hanging": 0,
                "notes": "fewer than 3 formal members; term ended 2025-03-31"
              },
              {
                "code": "JH-02",
                "branch": "金华第二支部",
                "kind": "branch",
                "community": "金华社区",
                "members": 2,
                "formal": 2,
                "probationary": 0,
                "committee": 0,
                "meetings": 1,
                "term_ends": "2027-06-30",
                "lost_contact": 0,
                "hanging": 0,
                "notes": "fewer than 3 formal members; no secretary; overdue tasks: 1"
              },
              {
                "code": "JH-03",
                "branch": "金华第三支部",
                "kind": "branch",
                "community": "金华社区",
                "members": 1,
                "formal": 1,
                "probationary": 0,
                "committee": 0,
                "meetings": 0,
                "term_ends": null,
                "lost_contact": 0,
                "hanging": 1,
                "notes": "dissolved 2025-01-01; members hanging: 1"
              },
              {
                "code": "YL-ZZ",
                "branch": "玉兰社区党总支",
                "kind": "general branch",
                "community": "玉兰社区",
                "members": 3,
                "formal": 3,
                "probationary": 0,
                "committee": 0,
                "meetings": 1,
                "term_ends": "2026-09-30",
                "lost_contact": 1,
                "hanging": 0,
                "notes": "general branch under 50 members"
              },
              {
                "code": "HX-01",
                "branch": "和兴社区党支部",
                "kind": "branch",
                "community": "和兴社区",
                "members": 3,
                "formal": 3,
                "probationary": 0,
                "committee": 0,
                "meetings": 4,
                "term_ends": "2027-03-31",
                "lost_contact": 1,
                "hanging": 0,
                "notes": null
              },
              {
                "code": "LT-01",
                "branch": "蓝天科技党支部",
                "kind": "branch",
                "community": "和兴社区",
                "members": 1,
                "formal": 1,
                "probationary": 0,
                "committee": 0,
                "meetings": 0,
                "term_ends": null,
                "lost_contact": 0,
                "hanging": 0,
                "notes": "fewer than 3 formal members; no meetings this quarter"
              }
            ]

            """)
    }
}
