import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

final class MeetingsTests: XCTestCase {
    private let day = WorkFixture.day

    func testHoldRecordsAttendeesAbsenteesWithReasonsAndGuests() throws {
        let f = try WorkFixture()
        let record = Meetings.Record(kind: .committeeMeeting, date: day("2025-03-15"), topic: "学习",
                                     attendees: [f.m1], absentees: [(f.m3, "病假")], guests: ["街道党工委 刘某"])
        let m = f.db.meetings[try Meetings.hold(record, for: f.branch1, in: f.db).record.handle(as: Meeting.self)!]
        XCTAssertEqual(m.code, "MT1")
        XCTAssertEqual(m.attendees, [f.m1])
        XCTAssertEqual(m.absentees, [RefNote(f.m3, "病假")])
        XCTAssertEqual(m.guests, ["街道党工委 刘某"])
    }

    func testAttendeesAndAbsenteesBelongToTheOrgAndNoOneIsBoth() throws {
        let f = try WorkFixture()
        let date = day("2025-03-15")
        assertRefused(f.db, rule: "attendee_member", naming: "MT1") {
            try Meetings.hold(.init(kind: .themeDay, date: date, attendees: [f.m1, f.m2]), for: f.branch1, in: f.db)
        }
        assertRefused(f.db, rule: "attendee_member", naming: "MT1") {
            try Meetings.hold(.init(kind: .themeDay, date: date, attendees: [f.m1], absentees: [(f.m2, "出差")]), for: f.branch1, in: f.db)
        }
        assertRefused(f.db, rule: "attendee_absent", naming: "K1") {
            try Meetings.hold(.init(kind: .themeDay, date: date, attendees: [f.m1, f.m3], absentees: [(f.m3, "病假")]), for: f.branch1,
                              code: "K1", in: f.db)
        }
        try Roster.transferOut(f.m3, to: "外地", on: day("2025-02-01"), in: f.db)
        assertRefused(f.db, rule: "attendee_member", naming: "MT1") {
            try Meetings.hold(.init(kind: .themeDay, date: date, attendees: [f.m1, f.m3]), for: f.branch1, in: f.db)
        }
    }
}

final class PointsTests: XCTestCase {
    private let day = WorkFixture.day

    func testAwardAndDeductMakeEntriesWithReasonAndDate() throws {
        let f = try WorkFixture()
        try Points.award(5, to: f.m1, for: "志愿服务", on: day("2025-03-20"), in: f.db)
        let d = try Points.deduct(2, from: f.m1, for: "缺席主题党日", on: day("2025-04-20"), in: f.db)
        let entry = f.db.points[d.record.handle(as: PointsEntry.self)!]
        XCTAssertEqual(entry.delta, -2)
        XCTAssertEqual(entry.reason, "缺席主题党日")
        XCTAssertEqual(entry.date, day("2025-04-20"))
        XCTAssertEqual(f.db.pointsBalance(of: f.m1), 3)
    }

    func testPointsArePositiveAndHaveAReason() throws {
        let f = try WorkFixture()
        assertRefused(f.db, rule: "points_positive", naming: "PT1") { try Points.award(0, to: f.m1, for: "x", on: self.day("2025-03-20"), in: f.db) }
        assertRefused(f.db, rule: "points_positive", naming: "PT1") { try Points.deduct(-3, from: f.m1, for: "x", on: self.day("2025-03-20"), in: f.db) }
        assertRefused(f.db, rule: "required", naming: "PT1") { try Points.award(3, to: f.m1, for: "", on: self.day("2025-03-20"), in: f.db) }
    }
}
