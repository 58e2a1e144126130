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
}
