import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class HangingReportTests: XCTestCase {
    func testHangingInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.hangingMembers(db), .table, .zh), """
            空挂、失联党员（截至2025-06-15）
             编号 | 党员 | 社区     | 支部           | 情况 | 原因                            | 最近联系
            ------+------+----------+----------------+------+---------------------------------+------------
             M9   | 褚四 | 金华社区 | 金华第三支部   | 空挂 | 所在支部JH-03已于2025-01-01撤销 | 2025-05-20
             M10  | 冯二 | 和兴社区 | 和兴社区党支部 | 失联 | 7个月未联系                     | 2024-11-30
             M11  | 陈三 |          |                | 空挂 | 未编入支部                      |
             M15  | 沈七 | 玉兰社区 | 玉兰社区党总支 | 失联 | 已标记失联                      |
            (共 4 行)
            空挂2人，失联2人。失联：6个月无音讯。空挂党员请用 `assign member … to branch …` 重新编入支部。

            """)
    }

    func testHangingInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.hangingMembers(db), .table, .en), """
            Hanging and lost members (as of 2025-06-15)
             Code | Member | Community | Branch         | Problem      | Reason                            | Last contact
            ------+--------+-----------+----------------+--------------+-----------------------------------+--------------
             M9   | 褚四   | 金华社区  | 金华第三支部   | hanging      | branch JH-03 dissolved 2025-01-01 | 2025-05-20
             M10  | 冯二   | 和兴社区  | 和兴社区党支部 | lost contact | not heard of for 7 months         | 2024-11-30
             M11  | 陈三   |           |                | hanging      | no branch                         |
             M15  | 沈七   | 玉兰社区  | 玉兰社区党总支 | lost contact | marked lost contact               |
            (4 rows)
            2 hanging, 2 lost contact. Lost contact: 6 months without news. Hanging members are reassigned with `assign member … to branch …`.

            """)
    }

    func testHangingAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.hangingMembers(db), .json, .en), """
            [
              {
                "code": "M9",
                "member": "褚四",
                "community": "金华社区",
                "branch": "金华第三支部",
                "problem": "hanging",
                "reason": "branch JH-03 dissolved 2025-01-01",
                "last_contact": "2025-05-20"
              },
              {
                "code": "M10",
                "member": "冯二",
                "community": "和兴社区",
                "branch": "和兴社区党支部",
                "problem": "lost contact",
                "reason": "not heard of for 7 months",
                "last_contact": "2024-11-30"
              },
              {
                "code": "M11",
                "member": "陈三",
                "community": null,
                "branch": null,
                "problem": "hanging",
                "reason": "no branch",
                "last_contact": null
              },
              {
                "code": "M15",
                "member": "沈七",
                "community": "玉兰社区",
                "branch": "玉兰社区党总支",
                "problem": "lost contact",
                "reason": "marked lost contact",
                "last_contact": null
              }
            ]

            """)
    }

    func testAssigningABranchEndsHanging() throws {
        let db = try ReportFixture.city()
        try db.update(db.lookup(.member, "M11")!, fields: ["branch": .text("HX-01")])
        try db.update(db.lookup(.member, "M10")!, fields: ["last_contact": .day(Day("2025-06-10")!)])
        XCTAssertEqual(codes(Reports.hangingMembers(db)), [.text("M9"), .text("M15")])
    }
}
