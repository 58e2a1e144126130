import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// The pipeline and its public durations: an activist trains a year before becoming a
/// candidate; probation lasts a year; a recruit is 18 or older.
final class RecruitmentTests: XCTestCase {
    private let day = WorkFixture.day

    private func applicant(_ f: WorkFixture, born: String = "1995-06-01") throws -> Handle<Applicant> {
        try f.db.insert(.applicant, fields: ["code": .text("AP9"), "name": .text("陈七"), "born": .day(day(born)),
                                             "applied": .day(day("2022-03-01")), "branch": .text("JH-01")]).handle(as: Applicant.self)!
    }

    func testFromApplicantToFormalMemberOneStageAtATime() throws {
        let f = try WorkFixture()
        let a = try applicant(f)
        try Recruitment.admit(a, to: .activist, on: day("2022-05-01"), in: f.db)
        try Recruitment.admit(a, to: .candidate, on: day("2023-05-01"), in: f.db)
        let admitted = try Recruitment.admit(a, to: .probationary, on: day("2023-09-01"), memberCode: "M100", in: f.db)
        XCTAssertEqual(admitted.notices.map(\.english), ["陈七 (AP9) is now probationary member M100"])
        let member = try XCTUnwrap(f.db.applicants[a].member)
        XCTAssertEqual(f.db.members[member].category, .probationary)
        XCTAssertEqual(f.db.members[member].joined, day("2023-09-01"))
        XCTAssertEqual(f.db.members[member].branch, f.branch1)
        try Recruitment.admit(a, to: .formal, on: day("2024-09-01"), in: f.db)
        XCTAssertEqual(f.db.members[member].category, .formal)
        XCTAssertEqual(f.db.members[member].formal, day("2024-09-01"))
        XCTAssertEqual(f.db.applicants[a].stage, .formal)
    }

    func testStagesAreNotSkippedAndTheDurationsHold() throws {
        let f = try WorkFixture()
        let a = try applicant(f)
        assertRefused(f.db, rule: "step_forward", naming: "AP9") { try Recruitment.admit(a, to: .candidate, on: self.day("2022-05-01"), in: f.db) }
        try Recruitment.admit(a, to: .activist, on: day("2022-05-01"), in: f.db)
        assertRefused(f.db, rule: "activist_training", naming: "AP9") { try Recruitment.admit(a, to: .candidate, on: self.day("2023-04-30"), in: f.db) }
        try Recruitment.admit(a, to: .candidate, on: day("2023-05-01"), in: f.db)
        try Recruitment.admit(a, to: .probationary, on: day("2023-09-01"), in: f.db)
        assertRefused(f.db, rule: "probation", naming: "AP9") { try Recruitment.admit(a, to: .formal, on: self.day("2024-08-31"), in: f.db) }
        assertRefused(f.db, rule: "step_forward", naming: "AP9") { try Recruitment.admit(a, to: .activist, on: self.day("2024-09-01"), in: f.db) }
    }

    func testARecruitIsEighteenAtTheBranchVote() throws {
        let f = try WorkFixture()
        let a = try applicant(f, born: "2006-06-01")
        try Recruitment.admit(a, to: .activist, on: day("2022-05-01"), in: f.db)
        try Recruitment.admit(a, to: .candidate, on: day("2023-05-01"), in: f.db)
        assertRefused(f.db, rule: "join_age", naming: "AP9") { try Recruitment.admit(a, to: .probationary, on: self.day("2023-09-01"), in: f.db) }
        try Recruitment.admit(a, to: .probationary, on: day("2023-09-01").adding(years: 1)!, in: f.db)
        XCTAssertEqual(f.db.applicants[a].stage, .probationary)
    }

    func testProbationIsExtendedOnceBySixToTwelveMonthsAndFormalWaitsForTheNewEnd() throws {
        let f = try WorkFixture()
        let a = try applicant(f)
        try Recruitment.admit(a, to: .activist, on: day("2022-05-01"), in: f.db)
        try Recruitment.admit(a, to: .candidate, on: day("2023-05-01"), in: f.db)
        try Recruitment.admit(a, to: .probationary, on: day("2023-09-01"), memberCode: "M100", in: f.db)
        let m = try XCTUnwrap(f.db.applicants[a].member)
        assertRefused(f.db, rule: "probation_extension", naming: "M100") {
            try Probation.extend(m, byMonths: 13, on: self.day("2024-09-01"), reason: "需继续考察", in: f.db)
        }
        assertRefused(f.db, rule: "required", naming: "M100") { try Probation.extend(m, byMonths: 6, on: self.day("2024-09-01"), reason: " ", in: f.db) }
        assertRefused(f.db, rule: "date_order", naming: "M100") {
            try Probation.extend(m, byMonths: 6, on: self.day("2023-08-01"), reason: "需继续考察", in: f.db)
        }
        let extended = try Probation.extend(m, byMonths: 6, on: day("2024-09-01"), reason: "需继续考察", in: f.db)
        XCTAssertEqual(extended.notices.map(\.english), [
            "the probation of 陈七 (M100) now ends on 2025-03-01",
            "no member_assembly (支部党员大会) of 第一支部 (JH-01) is recorded on 2024-09-01; record the meeting that decided it",
        ])
        XCTAssertEqual(f.db.probationEnds(m), day("2025-03-01"))
        assertRefused(f.db, rule: "probation_extension", naming: "M100") {
            try Probation.extend(m, byMonths: 6, on: self.day("2024-09-02"), reason: "仍需考察", in: f.db)
        }
        assertRefused(f.db, rule: "probation", naming: "M100") { try Recruitment.admit(a, to: .formal, on: self.day("2024-09-01"), in: f.db) }
        assertRefused(f.db, rule: "probation", naming: "M100") { try Probation.makeFormal(m, on: self.day("2025-02-28"), in: f.db) }
        // Hand-made: a generic change is held to the same end.
        assertRefused(f.db, rule: "probation", naming: "M100") { try f.db.update(m) { $0.formal = self.day("2024-12-01") } }
        try Probation.makeFormal(m, on: day("2025-03-01"), in: f.db)
        XCTAssertEqual(f.db.members[m].category, .formal)
        XCTAssertEqual(f.db.applicants[a].stage, .formal, "the pipeline follows the member")
        XCTAssertEqual(f.db.applicants[a].formalOn, day("2025-03-01"))
        XCTAssertNil(f.db.probationEnds(m))
        assertRefused(f.db, rule: "probationary", naming: "M100") { try Probation.makeFormal(m, on: self.day("2025-03-02"), in: f.db) }
    }

    func testAnOverdueProbationIsANoticeOfTheCheck() throws {
        let f = try WorkFixture()
        // M2 joined in 2015 with no 转正: overdue. A member formal by category (an imported roster without the date) is not.
        try f.db.update(f.m3) { $0.joined = self.day("2010-07-01"); $0.category = .formal }
        let notices = f.db.check().filter { $0.rule == "probation_overdue" }
        XCTAssertEqual(notices.map(\.code), ["M2"])
        XCTAssertEqual(notices.first?.severity, .notice)
        XCTAssertEqual(notices.first?.message.english, "预备期已满: the probation ended on 2016-07-01; the branch should discuss 转正 (admit member … to formal) or extend it")
        try f.db.update(f.m2) { $0.status = .transferredOut }
        XCTAssertTrue(f.db.check().filter { $0.rule == "probation_overdue" }.isEmpty, "only members still on the roster")
    }
}
