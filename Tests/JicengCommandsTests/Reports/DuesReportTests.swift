import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class DuesReportTests: XCTestCase {
    func testDuesInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.dues(db, for: YearMonth("2025-06")!), .table, .zh), """
            2025年6月党费交纳情况
             编号 | 党员 | 支部           | 计算依据 | 交纳金额 | 交纳日期   | 交至    | 欠缴月数 | 欠缴6个月以上
            ------+------+----------------+----------+----------+------------+---------+----------+---------------
             M1   | 张三 | 金华第一支部   | 在职     |    81.00 | 2025-06-05 | 2025-06 |        0 |
             M2   | 李四 | 金华第一支部   | 在职     |    32.00 | 2025-06-10 | 2025-06 |        0 |
             M3   | 王五 | 金华第一支部   |          |          |            |         |          |
             M4   | 赵六 | 金华第二支部   |          |          |            | 2024-11 |        7 | 是
             M5   | 孙八 | 玉兰社区党总支 |          |          |            | 2025-05 |        1 |
             M6   | 周九 | 玉兰社区党总支 | 离退休   |    20.00 | 2025-06-01 | 2025-06 |        0 |
             M7   | 吴十 | 和兴社区党支部 | 在职     |   230.00 | 2025-06-03 | 2025-06 |        0 |
             M8   | 郑一 | 和兴社区党支部 |          |          |            | 2025-03 |        3 |
             M9   | 褚四 | 金华第三支部   |          |          |            |         |          |
             M10  | 冯二 | 和兴社区党支部 |          |          |            | 2024-10 |        8 | 是
             M11  | 陈三 |                |          |          |            |         |          |
             M12  | 卫五 | 蓝天科技党支部 |          |          |            |         |          |
             M13  | 钱七 | 金华第二支部   | 学生     |     0.20 | 2025-06-02 | 2025-06 |        0 |
             M15  | 沈七 | 玉兰社区党总支 |          |          |            |         |          |
            ------+------+----------------+----------+----------+------------+---------+----------+---------------
             合计 |      |                |          |   363.20 |            |         |          |
            (共 14 行)
            已交5人，欠缴4人，其中6个月以上2人。金额按党费标准：在职党员按税后工资0.5%–2%，离退休0.5%–1%，学生、失业、低保每月0.20元。

            """)
    }

    func testDuesInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.dues(db, for: YearMonth("2025-06")!), .table, .en), """
            Party dues for 2025-06
             Code  | Member | Branch         | Basis   |   Paid | Paid on    | Paid to | Months in arrears | 6+ months
            -------+--------+----------------+---------+--------+------------+---------+-------------------+-----------
             M1    | 张三   | 金华第一支部   | working |  81.00 | 2025-06-05 | 2025-06 |                 0 |
             M2    | 李四   | 金华第一支部   | working |  32.00 | 2025-06-10 | 2025-06 |                 0 |
             M3    | 王五   | 金华第一支部   |         |        |            |         |                   |
             M4    | 赵六   | 金华第二支部   |         |        |            | 2024-11 |                 7 | yes
             M5    | 孙八   | 玉兰社区党总支 |         |        |            | 2025-05 |                 1 |
             M6    | 周九   | 玉兰社区党总支 | retired |  20.00 | 2025-06-01 | 2025-06 |                 0 |
             M7    | 吴十   | 和兴社区党支部 | working | 230.00 | 2025-06-03 | 2025-06 |                 0 |
             M8    | 郑一   | 和兴社区党支部 |         |        |            | 2025-03 |                 3 |
             M9    | 褚四   | 金华第三支部   |         |        |            |         |                   |
             M10   | 冯二   | 和兴社区党支部 |         |        |            | 2024-10 |                 8 | yes
             M11   | 陈三   |                |         |        |            |         |                   |
             M12   | 卫五   | 蓝天科技党支部 |         |        |            |         |                   |
             M13   | 钱七   | 金华第二支部   | student |   0.20 | 2025-06-02 | 2025-06 |                 0 |
             M15   | 沈七   | 玉兰社区党总支 |         |        |            |         |                   |
            -------+--------+----------------+---------+--------+------------+---------+-------------------+-----------
             Total |        |                |         | 363.20 |            |         |                   |
            (14 rows)
            5 paid, 4 in arrears, 2 flagged (6+ months). Amounts follow the dues rule: working members 0.5%–2% of after-tax pay, retirees 0.5%–1%, students, the unemployed and 低保 0.20 a month.

            """)
    }

    func testDuesAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.dues(db, for: YearMonth("2025-06")!), .json, .en), """
            [
              {
                "code": "M1",
                "member": "张三",
                "branch": "金华第一支部",
                "basis": "working",
                "amount": "81.00",
                "paid_on": "2025-06-05",
                "paid_to": "2025-06",
                "arrears": 0,
                "flagged": null
              },
              {
                "code": "M2",
                "member": "李四",
                "branch": "金华第一支部",
                "basis": "working",
                "amount": "32.00",
                "paid_on": "2025-06-10",
                "paid_to": "2025-06",
                "arrears": 0,
                "flagged": null
              },
              {
                "code": "M3",
                "member": "王五",
                "branch": "金华第一支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": null,
                "arrears": null,
                "flagged": null
              },
              {
                "code": "M4",
                "member": "赵六",
                "branch": "金华第二支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": "2024-11",
                "arrears": 7,
                "flagged": true
              },
              {
                "code": "M5",
                "member": "孙八",
                "branch": "玉兰社区党总支",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": "2025-05",
                "arrears": 1,
                "flagged": null
              },
              {
                "code": "M6",
                "member": "周九",
                "branch": "玉兰社区党总支",
                "basis": "retired",
                "amount": "20.00",
                "paid_on": "2025-06-01",
                "paid_to": "2025-06",
                "arrears": 0,
                "flagged": null
              },
              {
                "code": "M7",
                "member": "吴十",
                "branch": "和兴社区党支部",
                "basis": "working",
                "amount": "230.00",
                "paid_on": "2025-06-03",
                "paid_to": "2025-06",
                "arrears": 0,
                "flagged": null
              },
              {
                "code": "M8",
                "member": "郑一",
                "branch": "和兴社区党支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": "2025-03",
                "arrears": 3,
                "flagged": null
              },
              {
                "code": "M9",
                "member": "褚四",
                "branch": "金华第三支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": null,
                "arrears": null,
                "flagged": null
              },
              {
                "code": "M10",
                "member": "冯二",
                "branch": "和兴社区党支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": "2024-10",
                "arrears": 8,
                "flagged": true
              },
              {
                "code": "M11",
                "member": "陈三",
                "branch": null,
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": null,
                "arrears": null,
                "flagged": null
              },
              {
                "code": "M12",
                "member": "卫五",
                "branch": "蓝天科技党支部",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": null,
                "arrears": null,
                "flagged": null
              },
              {
                "code": "M13",
                "member": "钱七",
                "branch": "金华第二支部",
                "basis": "student",
                "amount": "0.20",
                "paid_on": "2025-06-02",
                "paid_to": "2025-06",
                "arrears": 0,
                "flagged": null
              },
              {
                "code": "M15",
                "member": "沈七",
                "branch": "玉兰社区党总支",
                "basis": null,
                "amount": null,
                "paid_on": null,
                "paid_to": null,
                "arrears": null,
                "flagged": null
              }
            ]

            """)
    }

    func testArrearsAreCountedAtTheReportMonth() throws {
        let db = try ReportFixture.city()
        let august = Reports.dues(db, for: YearMonth("2025-08")!)
        XCTAssertEqual(cell(august, "M1", "arrears"), .int(2))
        XCTAssertEqual(cell(august, "M1", "amount"), .empty, "nothing paid for August")
        XCTAssertEqual(cell(august, "M8", "flagged"), .empty)
        XCTAssertEqual(cell(august, "M4", "arrears"), .int(9))
        XCTAssertEqual(cell(august, "M4", "flagged"), .bool(true))
        XCTAssertEqual(cell(Reports.dues(db, for: YearMonth("2025-05")!), "M7", "amount"), .decimal(ExactDecimal("230.00")!))
    }
}
