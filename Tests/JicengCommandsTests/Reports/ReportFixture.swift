import JicengBase
@testable import JicengDomain

/// A small city for the report tests, on 2025-06-15 (the second quarter, before mid-year):
/// two streets and an empty one; a community with 一肩挑, one without, one with no
/// organisation and no members, one with a non-public party branch; a branch with a
/// committee whose term has ended, a branch short of formal members with an overdue
/// task, a dissolved branch whose member is left hanging (空挂), a general branch, a
/// member with no branch, two lost contact (失联), one transferred out; meetings missed
/// and held; agreements active, expiring, expired, terminated and not yet started;
/// dues paid, unpaid and 7 months in arrears; points; wishes.
enum ReportFixture {
    static func day(_ s: String) -> DomainValue { .day(Day(s)!) }
    static func text(_ s: String) -> DomainValue { .text(s) }
    static func pairs(_ p: [(String, String)]) -> DomainValue { .pairs(p.map { DomainValue.Pair(.text($0.0), .text($0.1)) }) }
    static func codes(_ c: [String]) -> DomainValue { .list(c.map(DomainValue.text)) }

    static func city() throws -> Database {
        let db = Database(today: Day("2025-06-15")!)
        func add(_ kind: Kind, _ fields: [String: DomainValue]) throws { try db.insert(kind, fields: fields) }

        try add(.street, ["code": text("XFL"), "name": text("幸福路街道")])
        try add(.street, ["code": text("HP"), "name": text("和平街道")])
        try add(.street, ["code": text("QY"), "name": text("青云街道")])

        try add(.community, ["code": text("JH"), "name": text("金华社区"), "street": text("XFL"), "households": .int(3200),
                             "area_m2": .int(450), "social_orgs": .int(12)])
        try add(.community, ["code": text("YL"), "name": text("玉兰社区"), "street": text("XFL"), "households": .int(1800),
                             "area_m2": .int(260), "social_orgs": .int(8)])
        try add(.community, ["code": text("XC"), "name": text("新村社区"), "street": text("HP"), "households": .int(900),
                             "social_orgs": .int(10)])
        try add(.community, ["code": text("HX"), "name": text("和兴社区"), "street": text("HP"), "households": .int(2100),
                             "area_m2": .int(320), "social_orgs": .int(10)])

        for (code, name, community) in [("JH-G1", "金华一网格", "JH"), ("JH-G2", "金华二网格", "JH"), ("YL-G1", "玉兰一网格", "YL"),
                                         ("HX-G1", "和兴一网格", "HX")] {
            try add(.grid, ["code": text(code), "name": text(name), "community": text(community), "households": .int(400)])
        }

        try add(.org, ["code": text("XFL-GW"), "name": text("幸福路街道党工委"), "kind": text("working_committee"), "street": text("XFL")])
        try add(.org, ["code": text("JH-PC"), "name": text("金华社区党委"), "kind": text("committee"), "community": text("JH"),
                       "term_ends": day("2026-12-31")])
        try add(.org, ["code": text("JH-01"), "name": text("金华第一支部"), "kind": text("branch"), "parent": text("JH-PC"),
                       "founded": day("2022-04-01"), "term_ends": day("2025-03-31")])
        try add(.org, ["code": text("JH-01-G1"), "name": text("第一党小组"), "kind": text("group"), "parent": text("JH-01")])
        try add(.org, ["code": text("JH-02"), "name": text("金华第二支部"), "kind": text("branch"), "parent": text("JH-PC"),
                       "term_ends": day("2027-06-30")])
        try add(.org, ["code": text("JH-03"), "name": text("金华第三支部"), "kind": text("branch"), "parent": text("JH-PC"),
                       "dissolved": day("2025-01-01")])
        try add(.org, ["code": text("YL-ZZ"), "name": text("玉兰社区党总支"), "kind": text("general_branch"), "community": text("YL"),
                       "term_ends": day("2026-09-30")])
        try add(.org, ["code": text("HX-01"), "name": text("和兴社区党支部"), "kind": text("branch"), "community": text("HX"),
                       "term_ends": day("2027-03-31")])
        try add(.unit, ["code": text("LT"), "name": text("蓝天科技有限公司"), "kind": text("enterprise"), "community": text("HX")])
        try add(.org, ["code": text("LT-01"), "name": text("蓝天科技党支部"), "kind": text("branch"), "unit": text("LT"), "sector": text("non_public")])
        try db.update(db.lookup(.unit, "LT")!, fields: ["party_org": text("LT-01")])
        try add(.unit, ["code": text("BG"), "name": text("区博物馆"), "kind": text("agency"), "community": text("JH")])
        try add(.unit, ["code": text("WD"), "name": text("万达广场"), "kind": text("building"), "street": text("XFL"), "community": text("JH")])
        try add(.unit, ["code": text("SG"), "name": text("阳光社工服务中心"), "kind": text("social_org"), "community": text("YL")])

        func member(_ code: String, _ name: String, born: String?, joined: String, formal: String?, branch: String?,
                    _ extra: [String: DomainValue] = [:]) throws {
            var f: [String: DomainValue] = ["code": text(code), "name": text(name), "joined": day(joined)]
            if let born { f["born"] = day(born) }
            if let formal { f["formal"] = day(formal) }
            if let branch { f["branch"] = text(branch) }
            try add(.member, f.merging(extra) { $1 })
        }
        try member("M1", "张三", born: "1960-03-01", joined: "1985-07-01", formal: "1986-07-01", branch: "JH-01",
                   ["group": text("JH-01-G1"), "phone": text("13900001111"), "last_contact": day("2025-06-01")])
        try member("M2", "李四", born: "1990-05-04", joined: "2015-07-01", formal: "2016-07-01", branch: "JH-01")
        try member("M3", "王五", born: "1980-01-01", joined: "2024-09-01", formal: nil, branch: "JH-01", ["group": text("JH-01-G1")])
        try member("M4", "赵六", born: "1947-10-01", joined: "1970-07-01", formal: "1971-07-01", branch: "JH-02",
                   ["dues_baseline": .month(YearMonth("2024-11")!)])
        try member("M5", "孙八", born: "1975-06-16", joined: "1998-07-01", formal: "1999-07-01", branch: "YL-ZZ")
        try member("M6", "周九", born: "1940-01-01", joined: "1960-01-01", formal: "1961-01-01", branch: "YL-ZZ")
        try member("M7", "吴十", born: "1970-08-08", joined: "1995-07-01", formal: "1996-07-01", branch: "HX-01")
        try member("M8", "郑一", born: "1995-12-12", joined: "2020-07-01", formal: "2021-07-01", branch: "HX-01",
                   ["in_service": .bool(true), "reported_community": text("HX"), "dues_baseline": .month(YearMonth("2025-03")!)])
        try member("M9", "褚四", born: "1958-02-02", joined: "1980-07-01", formal: "1981-07-01", branch: "JH-03",
                   ["last_contact": day("2025-05-20")])
        try member("M10", "冯二", born: "1965-05-05", joined: "1990-07-01", formal: "1991-07-01", branch: "HX-01",
                   ["last_contact": day("2024-11-30"), "dues_baseline": .month(YearMonth("2024-10")!)])
        try member("M11", "陈三", born: "1988-08-08", joined: "2012-07-01", formal: "2013-07-01", branch: nil)
        try member("M12", "卫五", born: "1985-03-03", joined: "2010-07-01", formal: "2011-07-01", branch: "LT-01",
                   ["in_service": .bool(true), "reported_community": text("JH")])
        try member("M13", "钱七", born: "2000-02-02", joined: "2023-06-01", formal: "2024-06-01", branch: "JH-02")
        try member("M14", "蒋六", born: "1992-02-02", joined: "2014-07-01", formal: "2015-07-01", branch: "JH-01",
                   ["status": text("transferred_out")])
        try member("M15", "沈七", born: nil, joined: "2005-07-01", formal: "2006-07-01", branch: "YL-ZZ", ["status": text("lost_contact")])

        try db.update(db.lookup(.community, "JH")!, fields: ["secretary": text("M1"), "director": text("M1")])
        try db.update(db.lookup(.community, "YL")!, fields: ["secretary": text("M5")])
        try db.update(db.lookup(.community, "HX")!, fields: ["secretary": text("M7"), "director": text("M7")])
        try db.update(db.lookup(.org, "JH-01")!, fields: ["secretary": text("M1"),
                                                          "committee": pairs([("M1", "书记"), ("M2", "组织委员"), ("M3", "宣传委员")])])
        try db.update(db.lookup(.org, "HX-01")!, fields: ["secretary": text("M7")])
        try db.update(db.lookup(.org, "YL-ZZ")!, fields: ["secretary": text("M5")])
        try db.update(db.lookup(.org, "LT-01")!, fields: ["secretary": text("M12")])

        func meeting(_ org: String, _ kind: String, _ date: String, _ attendees: [String], absent: [(String, String)] = [],
                     guests: [String] = []) throws {
            var f: [String: DomainValue] = ["org": text(org), "kind": text(kind), "date": day(date), "attendees": codes(attendees)]
            if !absent.isEmpty { f["absentees"] = pairs(absent) }
            if !guests.isEmpty { f["guests"] = codes(guests) }
            try add(.meeting, f)
        }
        try meeting("JH-01", "member_assembly", "2025-02-10", ["M1", "M2", "M3"])
        try meeting("JH-01", "lecture", "2025-03-20", ["M1", "M2", "M3"])
        try meeting("JH-01", "member_assembly", "2025-04-10", ["M1", "M2"], absent: [("M3", "病假")])
        try meeting("JH-01", "committee_meeting", "2025-04-08", ["M1", "M2", "M3"])
        try meeting("JH-01", "committee_meeting", "2025-06-05", ["M1", "M2", "M3"])
        try meeting("JH-01", "theme_day", "2025-04-15", ["M1", "M2", "M3"])
        try meeting("JH-01", "theme_day", "2025-05-15", ["M1", "M2", "M3"])
        try meeting("JH-01-G1", "group_meeting", "2025-04-20", ["M1", "M3"])
        try meeting("JH-01-G1", "group_meeting", "2025-05-20", ["M1", "M3"])
        try meeting("JH-02", "theme_day", "2025-05-10", ["M4", "M13"])
        try meeting("YL-ZZ", "member_assembly", "2025-05-06", ["M5", "M6"], absent: [("M15", "失联")])
        try meeting("HX-01", "life_meeting", "2025-01-20", ["M7", "M8", "M10"])
        try meeting("HX-01", "democratic_review", "2025-01-20", ["M7", "M8", "M10"])
        try meeting("HX-01", "member_assembly", "2025-04-25", ["M7", "M8"], absent: [("M10", "失联")])
        try meeting("HX-01", "theme_day", "2025-04-12", ["M7", "M8"], absent: [("M10", "失联")])
        try meeting("HX-01", "theme_day", "2025-05-12", ["M7", "M8"], absent: [("M10", "失联")])
        try meeting("HX-01", "theme_day", "2025-06-12", ["M7", "M8"], absent: [("M10", "失联")])
        try meeting("XFL-GW", "joint_meeting", "2025-05-30", [], guests: ["各社区书记"])

        func agreement(_ code: String, _ kind: String, unit: String, _ party: (String, String), _ starts: String, _ ends: String,
                       _ extra: [String: DomainValue] = [:]) throws {
            try add(.agreement, ["code": text(code), "kind": text(kind), "unit": text(unit), party.0: text(party.1),
                                 "starts": day(starts), "ends": day(ends)].merging(extra) { $1 })
        }
        try agreement("A1", "co_building", unit: "BG", ("community", "JH"), "2024-01-01", "2026-12-31")
        try agreement("A2", "pairing", unit: "LT", ("community", "HX"), "2023-07-01", "2025-07-10")
        try agreement("A3", "alliance", unit: "WD", ("street", "XFL"), "2024-07-01", "2025-08-01")
        try agreement("A4", "co_building", unit: "SG", ("community", "YL"), "2022-01-01", "2025-05-31")
        try agreement("A5", "co_building", unit: "BG", ("community", "YL"), "2025-01-01", "2025-06-30",
                      ["status": text("terminated"), "terminated_on": day("2025-03-01"), "reason": text("单位搬迁")])
        try agreement("A6", "pairing", unit: "LT", ("community", "HX"), "2025-07-01", "2026-06-30")

        try add(.wish, ["code": text("W1"), "community": text("JH"), "text": text("为独居老人修水管"), "status": text("fulfilled"),
                        "claimed_by": text("M2"), "fulfilled_on": day("2025-05-20")])
        try add(.wish, ["code": text("W2"), "community": text("JH"), "text": text("买助听器"), "status": text("fulfilled"),
                        "claimed_by": text("M1"), "fulfilled_on": day("2025-03-10")])
        try add(.wish, ["code": text("W3"), "community": text("YL"), "text": text("楼道灯")])
        try add(.wish, ["code": text("W4"), "community": text("HX"), "text": text("儿童绘本"), "status": text("fulfilled"),
                        "claimed_by": text("LT"), "fulfilled_on": day("2025-06-01")])

        try add(.task, ["code": text("T1"), "list": text("rectification"), "owner": text("JH-02"), "text": text("整改会议记录不全"),
                        "due": day("2025-05-31")])
        try add(.task, ["code": text("T2"), "list": text("task"), "owner": text("JH-01"), "text": text("完成换届选举"),
                        "due": day("2025-12-31")])
        try add(.task, ["code": text("T3"), "list": text("problem"), "owner": text("HX-01"), "text": text("活动室漏水"),
                        "due": day("2025-04-30"), "status": text("done"), "completed_on": day("2025-04-28")])

        for (member, delta, reason, date) in [("M1", 10, "志愿服务", "2025-04-01"), ("M1", 5, "主题党日", "2025-05-15"),
                                              ("M2", 8, "微心愿", "2025-05-20"), ("M7", 20, "志愿服务", "2025-04-12"),
                                              ("M7", -5, "缺席会议", "2025-05-01"), ("M8", -3, "缺席会议", "2025-05-12"),
                                              ("M14", 50, "志愿服务", "2025-01-10")] {
            try add(.points, ["member": text(member), "delta": .int(delta), "reason": text(reason), "date": day(date)])
        }

        func dues(_ member: String, _ month: String, _ basis: String, pay: String?, paidOn: String?) throws {
            var f: [String: DomainValue] = ["member": text(member), "month": .month(YearMonth(month)!), "basis": text(basis)]
            if let pay { f["pay"] = .decimal(ExactDecimal(pay)!) }
            if let paidOn { f["paid_on"] = day(paidOn) }
            try add(.dues, f)
        }
        try dues("M1", "2025-06", "working", pay: "5400", paidOn: "2025-06-05")
        try dues("M2", "2025-06", "working", pay: "3200", paidOn: "2025-06-10")
        try dues("M7", "2025-05", "working", pay: "11500", paidOn: "2025-05-03")
        try dues("M7", "2025-06", "working", pay: "11500", paidOn: "2025-06-03")
        try dues("M6", "2025-06", "retired", pay: "4000", paidOn: "2025-06-01")
        try dues("M13", "2025-06", "student", pay: nil, paidOn: "2025-06-02")
        try dues("M5", "2025-05", "working", pay: "6000", paidOn: "2025-05-05")
        try dues("M8", "2025-06", "unemployed", pay: nil, paidOn: nil)
        _ = db.takeChanges()
        return db
    }
}
