import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class RosterTests: XCTestCase {
    private let day = WorkFixture.day

    func testAssignPutsAMemberOnABranchAndDropsAGroupThatNoLongerFits() throws {
        let f = try WorkFixture()
        try Roster.assign(f.m1, to: f.branch2, in: f.db)
        XCTAssertEqual(f.db.members[f.m1].branch, f.branch2)
        XCTAssertNil(f.db.members[f.m1].group)
        XCTAssertEqual(try Roster.assign(f.m1, to: f.branch2, in: f.db).notices.map(\.english), ["张三 (M1) is already in 第二支部 (JH-02)"])
    }

    func testAssignRefusesAGroupAsBranchAndAMemberWhoLeft() throws {
        let f = try WorkFixture()
        assertRefused(f.db, rule: "branch_kind", naming: "JH-01-G1") { try Roster.assign(f.m2, to: f.group, in: f.db) }
        try Roster.transferOut(f.m2, to: "兰州市某单位党委", on: day("2025-04-01"), in: f.db)
        assertRefused(f.db, rule: "on_roster", naming: "M2") { try Roster.assign(f.m2, to: f.branch1, in: f.db) }
    }

    func testTransferInsideMovesTheMemberOnTheDate() throws {
        let f = try WorkFixture()
        try Roster.transfer(f.m3, to: f.branch2, on: day("2025-04-01"), in: f.db)
        XCTAssertEqual(f.db.members[f.m3].branch, f.branch2)
        XCTAssertEqual(f.db.members[f.m3].transferOn, day("2025-04-01"))
        assertRefused(f.db, rule: "same_branch", naming: "M3") { try Roster.transfer(f.m3, to: f.branch2, on: self.day("2025-05-01"), in: f.db) }
    }

    func testTransferOutRecordsWhereAndWhenAndTheLetterValidity() throws {
        let f = try WorkFixture()
        let result = try Roster.transferOut(f.m2, to: "兰州市某单位党委", on: day("2025-04-01"), in: f.db)
        let m = f.db.members[f.m2]
        XCTAssertEqual(m.status, .transferredOut)
        XCTAssertEqual(m.transferOrg, "兰州市某单位党委")
        XCTAssertEqual(m.transferOn, day("2025-04-01"))
        XCTAssertEqual(m.branch, f.branch2, "the branch stays as the place the member left from")
        XCTAssertEqual(result.notices.map(\.english), ["the transfer letter is valid until 2025-07-01 (3 months)"])
        assertRefused(f.db, rule: "on_roster", naming: "M2") { try Roster.transferOut(f.m2, to: "别处", on: self.day("2025-05-01"), in: f.db) }
        assertRefused(f.db, rule: "required", naming: "M3") { try Roster.transferOut(f.m3, to: " ", on: self.day("2025-05-01"), in: f.db) }
    }

    func testFloatingOutKeepsTheRelationship() throws {
        let f = try WorkFixture()
        try Roster.transferOut(f.m3, to: "深圳市某企业", on: day("2025-03-01"), as: .floatingOut, in: f.db)
        XCTAssertEqual(f.db.members[f.m3].status, .floatingOut)
        XCTAssertTrue(f.db.members(of: f.branch1).contains(f.m3))
        assertRefused(f.db, rule: "on_roster", naming: "M3") {
            try Roster.transferOut(f.m3, to: "广州", on: self.day("2025-04-01"), as: .floatingOut, in: f.db)
        }
    }

    func testReceiveCreatesANewMemberOrBringsOneBack() throws {
        let f = try WorkFixture()
        let new = try Roster.receive(.new(code: "M201", fields: ["name": .text("赵六"), "born": .day(day("1985-02-02"))]),
                                     from: "外省某支部", into: f.branch1, on: day("2025-04-01"), as: .floatingIn, in: f.db)
        let m = f.db.members[new.record.handle(as: Member.self)!]
        XCTAssertEqual([m.code, m.name, m.transferOrg], ["M201", "赵六", "外省某支部"])
        XCTAssertEqual(m.status, .floatingIn)
        XCTAssertEqual(m.branch, f.branch1)

        try Roster.transferOut(f.m2, to: "兰州", on: day("2025-01-01"), in: f.db)
        let back = try Roster.receive(.known(f.m2), from: "兰州", into: f.branch1, on: day("2025-05-01"), letter: day("2025-01-05"), in: f.db)
        XCTAssertEqual(f.db.members[f.m2].status, .active)
        XCTAssertEqual(f.db.members[f.m2].branch, f.branch1)
        XCTAssertEqual(back.notices.count, 1, "a letter older than 3 months is reported")
        XCTAssertTrue(back.notices[0].english.contains("expired on 2025-04-05"), "\(back.notices[0])")
    }

    func testReceiveRefusesSomeoneAlreadyHereAndANewMemberWithoutAName() throws {
        let f = try WorkFixture()
        assertRefused(f.db, rule: "on_roster", naming: "M1") {
            try Roster.receive(.known(f.m1), from: "外省", into: f.branch2, on: self.day("2025-04-01"), in: f.db)
        }
        assertRefused(f.db, rule: "required", naming: "M202") {
            try Roster.receive(.new(code: "M202", fields: [:]), from: "外省", into: f.branch2, on: self.day("2025-04-01"), in: f.db)
        }
    }

    func testRegisterAsInServiceRecordsTheCommunity() throws {
        let f = try WorkFixture()
        try Roster.register(f.m2, at: f.community, in: f.db)
        XCTAssertTrue(f.db.members[f.m2].inService)
        XCTAssertEqual(f.db.members[f.m2].reportedCommunity, f.community)
        try Roster.transferOut(f.m3, to: "外地", on: day("2025-01-01"), in: f.db)
        assertRefused(f.db, rule: "on_roster", naming: "M3") { try Roster.register(f.m3, at: f.community, in: f.db) }
    }
}

final class AppointmentsTests: XCTestCase {
    func testSecretaryOfAnOrgIsOneOfItsMembersAndJoinsTheCommittee() throws {
        let f = try WorkFixture()
        try Appointments.appoint(f.m3, as: .secretary, of: EntityRef(f.branch1), in: f.db)
        XCTAssertEqual(f.db.orgs[f.branch1].secretary, f.m3)
        try Appointments.appoint(f.m1, as: .secretary, of: EntityRef(f.branch1), in: f.db)
        let o = f.db.orgs[f.branch1]
        XCTAssertEqual(o.secretary, f.m1)
        XCTAssertEqual(o.committee.map { "\(f.db.members[$0.ref].code) \($0.note)" }, ["M3 委员", "M1 书记"])
        assertRefused(f.db, rule: "secretary_member", naming: "JH-01") {
            try Appointments.appoint(f.m2, as: .secretary, of: EntityRef(f.branch1), in: f.db)
        }
    }

    func testCommitteeRolesAndGridRoles() throws {
        let f = try WorkFixture()
        try Appointments.appoint(f.m2, as: .organisationMember, of: EntityRef(f.committee), in: f.db)
        XCTAssertEqual(f.db.orgs[f.committee].committee, [RefNote(f.m2, "组织委员")])
        try Appointments.appoint(f.m3, as: .partyInstructor, of: EntityRef(f.grid), in: f.db)
        XCTAssertEqual(f.db.grids[f.grid].partyInstructor, f.m3)
        assertRefused(f.db, rule: "role_office", naming: "JH-01") {
            try Appointments.appoint(f.m1, as: .director, of: EntityRef(f.branch1), in: f.db)
        }
        assertRefused(f.db, rule: "role_office", naming: "G1") {
            try Appointments.appoint(f.m1, as: .secretary, of: EntityRef(f.grid), in: f.db)
        }
    }

    func testOneShoulderWhenTheSecretaryIsAlsoTheDirector() throws {
        let f = try WorkFixture()
        XCTAssertEqual(try Appointments.appoint(f.m1, as: .secretary, of: EntityRef(f.community), in: f.db).notices, [])
        let result = try Appointments.appoint(f.m1, as: .director, of: EntityRef(f.community), in: f.db)
        XCTAssertTrue(f.db.isOneShoulder(f.community))
        XCTAssertEqual(result.notices.map(\.english), ["一肩挑: 张三 (M1) is both secretary and director of 金华社区 (JH)"])
    }
}
