import XCTest
import Foundation
import JicengStore
import JicengBase
@testable import JicengDomain
@testable import JicengSample

final class SampleCityTests: XCTestCase {
    static let today = Day("2026-11-26")!
    /// Small enough for a quick test, large enough for every kind of organisation.
    static let members = 2_000

    /// Generated once: several tests read the same city.
    nonisolated(unsafe) static var cached: Database?
    func city() throws -> Database {
        if let db = SampleCityTests.cached { return db }
        let db = try SampleCity.generate(members: SampleCityTests.members, seed: 7, today: SampleCityTests.today)
        SampleCityTests.cached = db
        return db
    }

    func testTheCityPassesEveryRuleOfTheStoreCheck() throws {
        let db = try city()
        let errors = db.check().filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 0, errors.prefix(5).map(\.description).joined(separator: "\n"))
        XCTAssertTrue(db.pendingChanges.isEmpty, "the city comes back with nothing pending")
    }

    func testTheSameSeedGivesTheSameCityAndAnotherSeedAnother() throws {
        let a = try city()
        let b = try SampleCity.generate(members: SampleCityTests.members, seed: 7, today: SampleCityTests.today)
        let c = try SampleCity.generate(members: SampleCityTests.members, seed: 8, today: SampleCityTests.today)
        XCTAssertEqual(dump(a), dump(b))
        XCTAssertNotEqual(dump(a), dump(c))
    }

    func testItHasTheAskedNumberOfMembersAndEveryKindOfRecord() throws {
        let db = try city()
        XCTAssertEqual(db.members.count, SampleCityTests.members)
        for kind in Kind.allCases {
            XCTAssertGreaterThan(db.table(kind).count, 0, "no \(kind.name) records")
        }
        let orgKinds = Set(db.orgs.handles.compactMap { db.orgs[$0].kind })
        XCTAssertEqual(orgKinds, Set(OrgKind.allCases), "every kind of organisation")
        let meetingKinds = Set(db.meetings.handles.compactMap { db.meetings[$0].kind })
        XCTAssertEqual(meetingKinds, Set(MeetingKind.allCases), "every kind of meeting")
        let unitKinds = Set(db.units.handles.compactMap { db.units[$0].kind })
        XCTAssertGreaterThanOrEqual(unitKinds.count, 7, "most kinds of resident unit")
    }

    func testMeetingsComeToAboutTwoPerMemberYear() throws {
        let db = try city()
        let perMember = Double(db.meetings.count) / Double(db.members.count)
        XCTAssertGreaterThan(perMember, 1.4)
        XCTAssertLessThan(perMember, 2.8)
    }

    func testMembersAreRealisticPeople() throws {
        let db = try city()
        var women = 0, han = 0, active = 0
        var statuses = Set<MemberStatus>()
        for h in db.members.handles {
            let m = db.members[h]
            XCTAssertTrue(IDCard.isValid(m.idcard), m.idcard)
            XCTAssertEqual(IDCard.birthDate(m.idcard), m.born)
            XCTAssertEqual(IDCard.gender(m.idcard), m.gender)
            XCTAssertTrue((2...4).contains(m.name.count), m.name)
            XCTAssertEqual(m.phone.count, 11)
            let joined = try XCTUnwrap(m.joined)
            XCTAssertGreaterThanOrEqual(m.born!.wholeYears(until: joined), Rules.minimumJoiningAge)
            if let formal = m.formal { XCTAssertGreaterThanOrEqual(formal, joined.adding(years: 1)!) }
            if m.gender == .female { women += 1 }
            if m.ethnicity == "汉族" { han += 1 }
            if m.status == .active { active += 1 }
            statuses.insert(m.status!)
        }
        let n = db.members.count
        XCTAssertTrue((n / 4...n / 2).contains(women), "\(women) women of \(n)")
        XCTAssertGreaterThan(han, n * 85 / 100)
        XCTAssertGreaterThan(active, n * 85 / 100)
        XCTAssertEqual(statuses, Set(MemberStatus.allCases))
        XCTAssertTrue(db.members.handles.contains { db.members[$0].formal == nil }, "some are still on probation")
        XCTAssertTrue(db.members.handles.contains { db.members[$0].inService && db.members[$0].reportedCommunity != nil })
        XCTAssertFalse(db.members.handles.contains { db.isHanging($0) }, "nobody on a roster is left without a branch")
    }

    func testOrganisationsFollowThePublicThresholds() throws {
        let db = try city()
        for h in db.orgs.handles {
            let org = db.orgs[h]
            let size = db.members(of: h).count
            switch org.kind! {
            case .committee: XCTAssertGreaterThanOrEqual(size, Rules.baseCommitteeThreshold, org.name)
            case .generalBranch: XCTAssertGreaterThanOrEqual(size, Rules.generalBranchThreshold, org.name)
            case .branch: XCTAssertGreaterThanOrEqual(size, Rules.branchMinimumFormalMembers, org.name)
            default: break
            }
            if org.kind == .branch, size >= Rules.branchCommitteeThreshold { XCTAssertFalse(org.committee.isEmpty, org.name) }
        }
    }

    func testCommunitiesGridsAndCoBuildingLookReal() throws {
        let db = try city()
        let communities = db.communities.handles
        let oneShoulder = communities.filter { db.isOneShoulder($0) }.count
        XCTAssertGreaterThan(oneShoulder, communities.count / 2)
        XCTAssertLessThan(oneShoulder, communities.count + 1)
        for g in db.grids.handles {
            let grid = db.grids[g]
            XCTAssertNotNil(grid.head)
            XCTAssertTrue((150...700).contains(grid.households ?? 0) || db.grids.count < 3, "\(grid.households ?? 0) households")
        }
        let agreements = db.agreements.handles
        XCTAssertTrue(agreements.contains { db.isExpired($0) })
        XCTAssertTrue(agreements.contains { (0...60).contains(db.daysToExpiry($0) ?? -1) })
        XCTAssertTrue(db.tasks.handles.contains { db.isOverdue($0) })
        XCTAssertTrue(db.members.handles.contains { (db.duesArrearsMonths($0) ?? 0) >= Rules.duesArrearsMonths })
        let steps = Set(db.proposals.handles.compactMap { db.proposals[$0].step })
        XCTAssertEqual(steps, Set(ProposalStep.allCases))
        let wishStates = Set(db.wishes.handles.compactMap { db.wishes[$0].status })
        XCTAssertEqual(wishStates, Set(WishStatus.allCases))
    }

    func testEveryMeetingsAttendeesBelongToItsOrganisation() throws {
        let db = try city()
        var rosters: [Handle<Org>: Set<Handle<Member>>] = [:]
        for h in db.meetings.handles {
            let m = db.meetings[h]
            let roster = rosters[m.org!] ?? Set(db.members(of: m.org!))
            rosters[m.org!] = roster
            XCTAssertTrue(m.attendees.allSatisfy(roster.contains), m.code)
            XCTAssertFalse(m.attendees.isEmpty && m.absentees.isEmpty, m.code)
            XCTAssertLessThanOrEqual(m.date!, SampleCityTests.today)
        }
    }

    /// Every stored value of every record, in table order.
    private func dump(_ db: Database) -> [String] {
        Kind.allCases.flatMap { kind in
            let t = db.table(kind)
            return t.liveIndexes.map { t.values($0).map(db.describe).joined(separator: "|") }
        }
    }
}

final class SampleCityStoreTests: XCTestCase {
    /// Written by the store's checkpoint and read back, the city is the same and the
    /// store's own check finds nothing wrong.
    func testTheCityRoundTripsThroughTheFileStore() throws {
        let folder = NSTemporaryDirectory() + "jiceng-sample-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let today = Day("2026-11-26")!
        let city = try SampleCity.generate(members: 600, seed: 11, today: today)
        let store = try FileStore(folder: folder, user: "test")
        _ = try store.load(today: today)
        try store.checkpoint(city)

        let (loaded, warnings) = try FileStore(folder: folder, user: "test").load(today: today)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(loaded.check().filter { $0.severity == .error }, [])
        for kind in Kind.allCases {
            let a = city.table(kind), b = loaded.table(kind)
            XCTAssertEqual(a.count, b.count, kind.name)
            XCTAssertEqual(a.liveIndexes.map { a.values($0).map(city.describe) },
                           b.liveIndexes.map { b.values($0).map(loaded.describe) }, kind.name)
        }
    }
}
