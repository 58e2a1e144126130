import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain

final class ModelTests: XCTestCase {
    func testLookupsByCodeAndUniqueName() throws {
        let f = try Fixture()
        XCTAssertEqual(f.db.lookup(.member, "M1"), f.m1)
        XCTAssertEqual(f.db.lookup(.member, "张三"), f.m1)
        XCTAssertEqual(f.db.lookup(.org, "第一支部"), f.branch)
        try f.db.insert(.member, fields: ["code": .text("M4"), "name": .text("张三"), "branch": .text("JH-02")])
        XCTAssertNil(f.db.lookup(.member, "张三"), "a name shared by two members is no longer a key")
        XCTAssertThrowsError(try f.db.resolve(.member, "张三")) { error in
            XCTAssertEqual((error as! ChangeRejected).violations.first?.rule, "ambiguous_name")
        }
        XCTAssertThrowsError(try f.db.resolve(.member, "M5")) { error in
            XCTAssertEqual((error as! ChangeRejected).suggestion, "M1")
        }
    }

    func testBelongingMatchesTheRosterOfEveryOrganisation() throws {
        let f = try Fixture()
        for org in f.db.orgs.handles {
            let roster = Set(f.db.members(of: org))
            for member in f.db.members.handles {
                XCTAssertEqual(f.db.belongs(member, to: org), roster.contains(member), "\(f.db.members[member].code) in \(f.db.orgs[org].code)")
            }
        }
        let m3 = Handle<Member>(f.m3.index)
        XCTAssertTrue(f.db.belongs(m3, to: Handle(f.group.index)), "a group's member belongs to the group")
        XCTAssertTrue(f.db.belongs(m3, to: Handle(f.committee.index)), "and to the committee above")
        XCTAssertFalse(f.db.belongs(m3, to: Handle(f.subBranch.index)))
    }

    func testNewRecordsWithoutACodeGetTheNextFreeOne() throws {
        let f = try Fixture()
        let w1 = try f.db.insert(.wish, fields: ["community": .text("JH"), "text": .text("修水管")])
        let w2 = try f.db.insert(.wish, fields: ["community": .text("JH"), "text": .text("买药")])
        XCTAssertEqual(f.db.code(w1), "W1")
        XCTAssertEqual(f.db.code(w2), "W2")
        try f.db.insert(.wish, fields: ["code": .text("W9"), "community": .text("JH"), "text": .text("理发")])
        XCTAssertEqual(f.db.nextCode(.wish), "W10")
        XCTAssertEqual(f.db.read(w1, "status"), .text("open"), "a new wish is open")
    }

    func testGeneratedCodesAreAsWideAsTheHighestOne() throws {
        let f = try Fixture()
        try f.db.insert(.wish, fields: ["code": .text("W0009"), "community": .text("JH"), "text": .text("理发")])
        XCTAssertEqual(f.db.nextCode(.wish), "W0010")
        let w = try f.db.insert(.wish, fields: ["community": .text("JH"), "text": .text("买药")])
        XCTAssertEqual(f.db.code(w), "W0010")
        try f.db.insert(.wish, fields: ["code": .text("W9999"), "community": .text("JH"), "text": .text("修灯")])
        XCTAssertEqual(f.db.nextCode(.wish), "W10000", "past the width, the number simply grows")
    }

    func testBornAndGenderDefaultFromTheIDNumber() throws {
        let f = try Fixture()
        XCTAssertEqual(f.db.read(f.m1, "born"), .day(Day("1949-12-31")!))
        XCTAssertEqual(f.db.read(f.m1, "gender"), .text("female"))
        XCTAssertEqual(f.db.read(f.m1, "age"), .int(75))
        XCTAssertEqual(f.db.read(f.m1, "category"), .text("formal"))
        XCTAssertEqual(f.db.read(f.m2, "category"), .text("probationary"))
    }

    func testReverseIndexesFollowEveryChange() throws {
        let f = try Fixture()
        XCTAssertEqual(f.db.referrers(to: f.branch, from: .member, field: "branch"), [f.m1.index, f.m3.index])
        try f.db.update(f.m3, fields: ["branch": .text("JH-02"), "group": .none])
        XCTAssertEqual(f.db.referrers(to: f.branch, from: .member, field: "branch"), [f.m1.index])
        XCTAssertEqual(f.db.referrers(to: f.subBranch, from: .member, field: "branch").sorted(), [f.m2.index, f.m3.index])
        XCTAssertTrue(f.db.backrefs(of: f.group).isEmpty)
    }

    func testOrgMembersAreRecursiveAndCommunityMembersCoverItsOrgs() throws {
        let f = try Fixture()
        let all = DomainValue.list([f.m1, f.m2, f.m3].map(DomainValue.ref))
        XCTAssertEqual(f.db.read(f.committee, "members"), all)
        XCTAssertEqual(f.db.read(f.committee, "member_count"), .int(3))
        XCTAssertEqual(f.db.read(f.branch, "members"), .list([.ref(f.m1), .ref(f.m3)]))
        XCTAssertEqual(f.db.read(f.group, "members"), .list([.ref(f.m3)]))
        XCTAssertEqual(f.db.read(f.community, "members"), all)
        XCTAssertEqual(f.db.read(f.m2, "community"), .ref(f.community))
        XCTAssertEqual(f.db.read(f.street, "communities"), .list([.ref(f.community)]))
    }

    func testDerivedFactsOfTheWork() throws {
        let f = try Fixture()
        let db = f.db
        // 一肩挑
        XCTAssertEqual(db.read(f.community, "one_shoulder"), .bool(false))
        try db.update(f.community, fields: ["secretary": .text("M1"), "director": .text("M1")])
        XCTAssertEqual(db.read(f.community, "one_shoulder"), .bool(true))
        // agreements expire by date
        let a = try db.insert(.agreement, fields: ["kind": .text("co_building"), "unit": .text("BG"), "community": .text("JH"),
                                                   "starts": .day(Day("2025-01-01")!), "ends": .day(Day("2025-07-15")!)])
        XCTAssertEqual(db.read(a, "days_to_expiry"), .int(30))
        XCTAssertEqual(db.read(a, "expired"), .bool(false))
        XCTAssertEqual(db.read(a, "active"), .bool(true))
        db.today = Day("2025-07-16")!
        XCTAssertEqual(db.read(a, "expired"), .bool(true))
        XCTAssertEqual(db.read(a, "active"), .bool(false))
        // tasks are overdue past their date until done
        let t = try db.insert(.task, fields: ["list": .text("rectification"), "owner": .text("JH-01"), "text": .text("整改会议记录"),
                                              "due": .day(Day("2025-07-01")!)])
        XCTAssertEqual(db.read(t, "overdue"), .bool(true))
        try db.update(t, fields: ["status": .text("done"), "completed_on": .day(Day("2025-07-10")!)])
        XCTAssertEqual(db.read(t, "overdue"), .bool(false))
        // attendance over attendees and absentees
        let m = try db.insert(.meeting, fields: ["org": .text("JH-PC"), "kind": .text("theme_day"), "date": .day(Day("2025-07-01")!),
                                                 "attendees": .list([.text("M1"), .text("M3")]),
                                                 "absentees": .pairs([.init(.text("M2"), .text("病假"))])])
        XCTAssertEqual(db.read(m, "attendance_rate"), .decimal(ExactDecimal("0.6667")!))
        // points balance and dues paid to
        try db.insert(.points, fields: ["member": .text("M1"), "delta": .int(5), "date": .day(Day("2025-03-20")!)])
        try db.insert(.points, fields: ["member": .text("M1"), "delta": .int(-2), "date": .day(Day("2025-04-20")!)])
        XCTAssertEqual(db.read(f.m1, "points"), .int(3))
        XCTAssertEqual(db.read(f.m1, "dues_paid_to"), DomainValue.none)
        let d = try db.insert(.dues, fields: ["member": .text("M1"), "month": .month(YearMonth("2025-03")!), "basis": .text("retired"),
                                              "pay": .int(6000), "paid_on": .day(Day("2025-03-05")!)])
        XCTAssertEqual(db.read(d, "amount"), .decimal(ExactDecimal("60.00")!), "amount from the public rule")
        XCTAssertEqual(db.read(f.m1, "dues_paid_to"), .month(YearMonth("2025-03")!))
        XCTAssertEqual(db.read(f.m1, "dues_arrears"), .int(4))
    }

    func testHangingAndLostContactMembers() throws {
        let f = try Fixture()
        let db = f.db
        let loose = try db.insert(.member, fields: ["name": .text("赵六"), "last_contact": .day(Day("2024-11-01")!)])
        XCTAssertEqual(db.read(loose, "hanging"), .bool(true))
        XCTAssertEqual(db.read(loose, "lost_contact"), .bool(true))
        XCTAssertEqual(db.read(f.m2, "hanging"), .bool(false))
        try db.update(f.subBranch, fields: ["dissolved": .day(Day("2025-06-01")!)])
        XCTAssertEqual(db.read(f.m2, "hanging"), .bool(true), "a member whose branch is gone is hanging")
        let notices = db.check().filter { $0.severity == .notice }.map { "\($0.code) \($0.rule)" }
        XCTAssertEqual(notices, ["M2 hanging", "M2 probation_overdue", "M4 hanging", "M4 lost_contact"],
                       "M2 joined in 2015 and has no 转正: the check lists that too")
    }

    func testSchemaDescribesEveryKind() {
        for kind in Kind.allCases {
            let fields = Schema.fields(of: kind)
            XCTAssertEqual(fields.first?.name, "code", "\(kind)")
            XCTAssertEqual(fields.map(\.index), Array(0..<fields.count))
            XCTAssertEqual(Set(fields.map(\.name)).count, fields.count, "field names are unique in \(kind)")
            XCTAssertFalse(fields.contains { $0.label.isEmpty })
        }
        XCTAssertEqual(Schema.field("branch", of: .member)?.type, .ref(.org))
        XCTAssertEqual(Schema.field("age", of: .member)?.derived, true)
        XCTAssertEqual(Schema.field("idcard", of: .member)?.personal, true)
        XCTAssertEqual(Kind(named: "members"), .member)
        XCTAssertEqual(Kind(named: "党员"), .member)
    }

    func testTheFieldIndexesTheDerivedFactsUseMatchTheSchema() {
        XCTAssertEqual(Schema.fields(of: .member)[MemberField.branch].name, "branch")
        XCTAssertEqual(Schema.fields(of: .member)[MemberField.group].name, "group")
    }

    func testTypedAccess() throws {
        let f = try Fixture()
        let db = f.db
        let h = Handle<Member>(f.m2.index)
        try db.update(h) { $0.phone = "13800000000"; $0.lastContact = Day("2025-06-01") }
        XCTAssertEqual(db.members[h].phone, "13800000000")
        guard case .update(_, let fields) = db.pendingChanges.last!.change else { return XCTFail("an update is recorded") }
        XCTAssertEqual(fields.map { Schema.fields(of: .member)[$0.field].name }, ["phone", "last_contact"])
        let d = try db.insert({ var d = District(); d.name = "和平区"; return d }())
        XCTAssertEqual(db.districts[d].code, "DS1")
    }
}

final class TransactionTests: XCTestCase {
    func testRollbackRestoresEverythingAndNestedGroupsKeepTheirOwn() throws {
        let f = try Fixture()
        let db = f.db
        let before = state(db)
        db.begin()
        try db.update(f.m1, fields: ["phone": .text("13700000000")])
        db.begin()
        try db.insert(.member, fields: ["name": .text("新人"), "branch": .text("JH-01")])
        try db.update(f.m3, fields: ["group": .none])
        try db.delete(f.group)
        db.rollback()
        XCTAssertEqual(db.read(f.m1, "phone"), .text("13700000000"), "the outer group's change stays")
        XCTAssertEqual(db.read(f.m3, "group"), .ref(f.group))
        db.rollback()
        XCTAssertEqual(state(db), before)
    }

    func testUndoBringsARemovedRecordBackUnderItsHandle() throws {
        let f = try Fixture()
        let db = f.db
        let before = state(db)
        try db.transaction {
            try db.update(f.m3, fields: ["group": .none])
            try db.delete(f.group)
            try db.update(f.m2, fields: ["phone": .text("13600000000")])
        }
        let committed = db.takeChanges()
        XCTAssertEqual(committed.count, 3)
        try db.undo(committed)
        _ = db.takeChanges()
        XCTAssertEqual(state(db).dropLast(), before.dropLast())
        XCTAssertEqual(db.read(f.m3, "group"), .ref(f.group))
    }

    func testAFailedTransactionChangesNothing() throws {
        let f = try Fixture()
        let before = state(f.db)
        XCTAssertThrowsError(try f.db.transaction {
            try f.db.update(f.m1, fields: ["phone": .text("13700000000")])
            try f.db.insert(.member, fields: ["code": .text("M1"), "name": .text("重复")])
        })
        XCTAssertEqual(state(f.db), before)
    }
}
