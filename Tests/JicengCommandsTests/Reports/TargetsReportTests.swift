import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class TargetsReportTests: XCTestCase {
    func testTargetsInChinese() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.targets(db), .table, .zh), """
            党建工作目标完成情况（截至2025-06-15）
             目标                             |  现状 | 要求 | 达标 | 达标数 | 总数 | 未达标
            ----------------------------------+-------+------+------+--------+------+----------------------------
             一肩挑（书记兼主任）比例（年中） | 50.0% |  80% | 否   |      2 |    4 | 玉兰社区、新村社区
             每个社区社会组织≥10个            | 75.0% | 100% | 否   |      3 |    4 | 玉兰社区
             活动场所面积≥300㎡               | 50.0% | 100% | 否   |      2 |    4 | 玉兰社区、新村社区
             两新组织党组织覆盖率             | 33.3% | 100% | 否   |      1 |    3 | 万达广场、阳光社工服务中心
            (共 4 行)
            比例按社区计（两新覆盖按企业、社会组织、商务楼宇、园区计）。

            """)
    }

    func testTargetsInEnglish() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.targets(db), .table, .en), """
            Targets (as of 2025-06-15)
             Target                                       | Figure | Required | Met | Meeting it | Of | Missing
            ----------------------------------------------+--------+----------+-----+------------+----+----------------------------
             一肩挑 (secretary also director) by mid-year |  50.0% |      80% | no  |          2 |  4 | 玉兰社区, 新村社区
             ≥ 10 social organisations per community      |  75.0% |     100% | no  |          3 |  4 | 玉兰社区
             Activity space ≥ 300 m²                      |  50.0% |     100% | no  |          2 |  4 | 玉兰社区, 新村社区
             两新 organisations with a party organisation |  33.3% |     100% | no  |          1 |  3 | 万达广场, 阳光社工服务中心
            (4 rows)
            Percentages are of communities (两新: of enterprises, social organisations, office buildings and parks).

            """)
    }

    func testTargetsAsJSON() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(rendered(Reports.targets(db), .json, .en), """
            [
              {
                "target": "一肩挑 (secretary also director) by mid-year",
                "figure": 50.0,
                "required": 80,
                "met": false,
                "meeting": 2,
                "of": 4,
                "missing": "玉兰社区, 新村社区"
              },
              {
                "target": "≥ 10 social organisations per community",
                "figure": 75.0,
                "required": 100,
                "met": false,
                "meeting": 3,
                "of": 4,
                "missing": "玉兰社区"
              },
              {
                "target": "Activity space ≥ 300 m²",
                "figure": 50.0,
                "required": 100,
                "met": false,
                "meeting": 2,
                "of": 4,
                "missing": "玉兰社区, 新村社区"
              },
              {
                "target": "两新 organisations with a party organisation",
                "figure": 33.3,
                "required": 100,
                "met": false,
                "meeting": 1,
                "of": 3,
                "missing": "万达广场, 阳光社工服务中心"
              }
            ]

            """)
    }

    func testFromJulyTheYearEndTargetApplies() throws {
        let db = try ReportFixture.city()
        XCTAssertEqual(Reports.targets(db).rows[0][2], .percent(ExactDecimal(Int64(Rules.oneShoulderMidYearPercent))))
        db.today = Day("2025-07-01")!
        let table = Reports.targets(db)
        XCTAssertEqual(table.rows[0][0], .localized(LocalizedText(en: "一肩挑 (secretary also director) by year end",
                                                                  zh: "一肩挑（书记兼主任）比例（年底）")))
        XCTAssertEqual(table.rows[0][2], .percent(ExactDecimal(Int64(Rules.oneShoulderYearEndPercent))))
    }

    func testEveryCommunityMeetingATargetMeetsIt() throws {
        let db = try ReportFixture.city()
        for code in ["YL", "XC"] {
            try db.update(db.lookup(.community, code)!, fields: ["area_m2": .int(Rules.minimumActivitySpaceM2)])
        }
        let row = Reports.targets(db).rows[2]
        XCTAssertEqual(row[1], .percent(ExactDecimal(100)))
        XCTAssertEqual(row[3], .bool(true))
        XCTAssertEqual(row[6], .empty, "nobody to name")
    }
}
