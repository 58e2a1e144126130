import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain

/// Every rule the model enforces: a change that breaks it is refused with the rule,
/// the field and the value named, and the database is exactly as before.
final class RulesTests: XCTestCase {
    private func assertRefused(_ f: Fixture, rule: String, field: String? = nil, file: StaticString = #filePath, line: UInt = #line,
                               _ change: () throws -> Void) {
        let before = state(f.db)
        XCTAssertThrowsError(try change(), file: file, line: line) { error in
            guard let rejected = error as? ChangeRejected else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(rejected.violations.contains { $0.rule == rule && (field == nil || $0.field == field) },
                          "expected \(rule) on \(field ?? "-"), got \(rejected)", file: file, line: line)
        }
        XCTAssertEqual(state(f.db), before, "a refused change leaves everything as it was", file: file, line: line)
    }

    func testCodesAreUniqueAndStable() throws {
        let f = try Fixture()
        assertRefused(f, rule: "unique_code", field: "code") { try f.db.insert(.member, fields: ["code": .text("M1"), "name": .text("x")]) }
        assertRefused(f, rule: "stable_code", field: "code") { try f.db.update(f.m1, fields: ["code": .text("M100")]) }
    }

    func testRequiredFieldsAndTypes() throws {
        let f = try Fixture()
        assertRefused(f, rule: "required", field: "name") { try f.db.insert(.member, fields: ["code": .text("M9")]) }
        assertRefused(f, rule: "type", field: "born") { try f.db.update(f.m2, fields: ["born": .text("1990-02-30")]) }
        assertRefused(f, rule: "type", field: "kind") { try f.db.update(f.branch, fields: ["kind": .text("club")]) }
        assertRefused(f, rule: "derived", field: "age") { try f.db.update(f.m2, fields: ["age": .int(3)]) }
        assertRefused(f, rule: "field", field: "phon") { try f.db.update(f.m2, fields: ["phon": .text("1")]) }
    }

    func testReferencesResolve() throws {
        let f = try Fixture()
        assertRefused(f, rule: "unknown") { try f.db.update(f.m2, fields: ["branch": .text("JH-09")]) }
        assertRefused(f, rule: "reference", field: "branch") {
            try f.db.update(f.m2, fields: ["branch": .ref(EntityRef(.org, 99))])
        }
        assertRefused(f, rule: "type", field: "branch") { try f.db.update(f.m2, fields: ["branch": .ref(f.unit)]) }
    }

    func testRemoveRefusesWhileReferencedAndNamesTheReferrers() throws {
        let f = try Fixture()
        let before = state(f.db)
        XCTAssertThrowsError(try f.db.delete(f.branch)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("member \"M1\" (branch)"), message)
            XCTAssertTrue(message.contains("org \"JH-01-G1\" (parent)"), message)
            XCTAssertTrue(message.contains("[referenced]"), message)
        }
        XCTAssertEqual(state(f.db), before)
    }

    func testTheOrgTreeStaysAcyclic() throws {
        let f = try Fixture()
        assertRefused(f, rule: "acyclic", field: "parent") { try f.db.update(f.committee, fields: ["parent": .text("JH-01-G1")]) }
        assertRefused(f, rule: "acyclic", field: "parent") { try f.db.update(f.branch, fields: ["parent": .text("JH-01")]) }
    }

    func testDatesInOrder() throws {
        let f = try Fixture()
        assertRefused(f, rule: "date_order", field: "ends") {
            try f.db.insert(.agreement, fields: ["kind": .text("pairing"), "unit": .text("BG"), "community": .text("JH"),
                                                 "starts": .day(Day("2025-01-01")!), "ends": .day(Day("2025-01-01")!)])
        }
        assertRefused(f, rule: "date_order", field: "term_ends") {
            try f.db.update(f.branch, fields: ["founded": .day(Day("2020-01-01")!), "term_ends": .day(Day("2019-01-01")!)])
        }
        assertRefused(f, rule: "date_order", field: "joined") { try f.db.update(f.m2, fields: ["joined": .day(Day("1989-01-01")!)]) }
    }

    func testIDNumbersPassTheChecksumAndAgreeWithBorn() throws {
        let f = try Fixture()
        assertRefused(f, rule: "idcard_checksum", field: "idcard") {
            try f.db.insert(.member, fields: ["name": .text("x"), "idcard": .text("110105194912310021")])
        }
        assertRefused(f, rule: "idcard_born", field: "born") {
            try f.db.insert(.member, fields: ["name": .text("x"), "idcard": .text("440524188001010014"), "born": .day(Day("1880-01-02")!)])
        }
        XCTAssertThrowsError(try f.db.update(f.m2, fields: ["idcard": .text("110105194912310021")])) { error in
            XCTAssertTrue("\(error)".contains("110105********0021"), "the message masks the number: \(error)")
        }
    }

    func testMembersJoinAtEighteenAndTurnFormalAfterAYear() throws {
        let f = try Fixture()
        assertRefused(f, rule: "join_age", field: "joined") { try f.db.update(f.m2, fields: ["joined": .day(Day("2008-05-03")!)]) }
        try f.db.update(f.m2, fields: ["joined": .day(Day("2008-05-04")!)]) // the 18th birthday itself is fine
        assertRefused(f, rule: "probation", field: "formal") { try f.db.update(f.m2, fields: ["formal": .day(Day("2009-05-03")!)]) }
        try f.db.update(f.m2, fields: ["formal": .day(Day("2009-05-04")!)])
    }

    func testThePipelineMovesOneStepForward() throws {
        let f = try Fixture()
        let ap = try f.db.insert(.applicant, fields: ["name": .text("钱七"), "applied": .day(Day("2024-01-01")!), "branch": .text("JH-01")])
        XCTAssertEqual(f.db.read(ap, "stage"), .text("applicant"))
        assertRefused(f, rule: "step_forward", field: "stage") { try f.db.update(ap, fields: ["stage": .text("candidate")]) }
        try f.db.update(ap, fields: ["stage": .text("activist"), "activist_on": .day(Day("2024-05-01")!)])
        assertRefused(f, rule: "step_forward", field: "stage") { try f.db.update(ap, fields: ["stage": .text("applicant")]) }
        assertRefused(f, rule: "date_order", field: "candidate_on") {
            try f.db.update(ap, fields: ["stage": .text("candidate"), "candidate_on": .day(Day("2024-04-01")!)])
        }
    }

    func testDeliberationMovesOneStepForwardAndIsRatedAtTheEnd() throws {
        let f = try Fixture()
        let p = try f.db.insert(.proposal, fields: ["community": .text("JH"), "topic": .text("停车难"), "proposer": .text("居民代表李某")])
        assertRefused(f, rule: "step_forward", field: "step") { try f.db.update(p, fields: ["step": .text("implementing")]) }
        assertRefused(f, rule: "rating_step", field: "rating") { try f.db.update(p, fields: ["rating": .int(4)]) }
        for step in ["decided", "implementing", "published", "evaluated"] { try f.db.update(p, fields: ["step": .text(step)]) }
        assertRefused(f, rule: "rating_range", field: "rating") { try f.db.update(p, fields: ["rating": .int(6)]) }
        try f.db.update(p, fields: ["rating": .int(4)])
        assertRefused(f, rule: "step_forward", field: "step") { try f.db.update(p, fields: ["step": .text("published")]) }
    }

    func testClaimsOnlyFromOpen() throws {
        let f = try Fixture()
        let w = try f.db.insert(.wish, fields: ["community": .text("JH"), "text": .text("修水管")])
        try f.db.update(w, fields: ["status": .text("claimed"), "claimed_by": .text("M1")])
        assertRefused(f, rule: "claim_from_open", field: "status") {
            try f.db.transaction {
                try f.db.update(w, fields: ["status": .text("cancelled")])
                try f.db.update(w, fields: ["status": .text("claimed"), "claimed_by": .text("M2")])
            }
        }
        let n = try f.db.insert(.need, fields: ["text": .text("楼梯扶手"), "owner": .text("JH")])
        try f.db.update(n, fields: ["status": .text("claimed"), "claimed_by": .text("BG")])
        assertRefused(f, rule: "claim_from_open", field: "status") { try f.db.update(n, fields: ["claimed_by": .ref(f.community)]) }
    }

    func testMeetingAttendeesBelongToTheOrg() throws {
        let f = try Fixture()
        assertRefused(f, rule: "attendee_member", field: "attendees") {
            try f.db.insert(.meeting, fields: ["org": .text("JH-01"), "kind": .text("theme_day"), "date": .day(Day("2025-05-01")!),
                                               "attendees": .list([.text("M1"), .text("M2")])])
        }
        assertRefused(f, rule: "attendee_member", field: "absentees") {
            try f.db.insert(.meeting, fields: ["org": .text("JH-01"), "kind": .text("theme_day"), "date": .day(Day("2025-05-01")!),
                                               "attendees": .list([.text("M1")]), "absentees": .pairs([.init(.text("M2"), .text("病假"))])])
        }
        try f.db.insert(.meeting, fields: ["org": .text("JH-01"), "kind": .text("theme_day"), "date": .day(Day("2025-05-01")!),
                                           "attendees": .list([.text("M1")]), "absentees": .pairs([.init(.text("M3"), .text("出差"))]),
                                           "guests": .list([.text("李四（第二支部）")])])
    }

    func testDuesOncePerMonth() throws {
        let f = try Fixture()
        try f.db.insert(.dues, fields: ["member": .text("M2"), "month": .month(YearMonth("2025-03")!), "basis": .text("working"), "pay": .int(5400)])
        assertRefused(f, rule: "dues_once", field: "month") {
            try f.db.insert(.dues, fields: ["member": .text("M2"), "month": .month(YearMonth("2025-03")!), "amount": .decimal(ExactDecimal("81")!)])
        }
    }

    func testTheStoreCheckFindsHandEditedViolationsWithTheirPlace() throws {
        let f = try Fixture()
        let db = f.db
        XCTAssertEqual(db.check().filter { $0.severity == .error }, [])
        // Simulate data edited by hand: write past the funnel.
        let m2 = Handle<Member>(f.m2.index)
        _ = db.members.setLoaded(m2.index, field: Schema.index(of: "formal", in: .member)!, .day(Day("2015-08-01")!))
        _ = db.members.setLoaded(m2.index, field: Schema.index(of: "idcard", in: .member)!, .text("440524188001010015"))
        let found = db.check().filter { $0.severity == .error }.map { "\($0.kind.name) \($0.code) \($0.field ?? "") \($0.rule)" }
        XCTAssertEqual(found, ["member M2 idcard idcard_checksum", "member M2 formal probation"])
    }
}
