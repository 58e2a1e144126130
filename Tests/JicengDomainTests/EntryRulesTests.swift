import XCTest
import JicengBase
@_spi(Store) @testable import JicengDomain

/// The entry rules (no date after today for what has happened, one record per ID number,
/// a phone that dials): a change that breaks one is refused; the store check reports
/// records that break them; replaying the journal or undoing never does, so no store
/// that once opened is refused later.
final class EntryRulesTests: XCTestCase {
    private func assertRefused(_ f: Fixture, rule: String, field: String, naming text: String? = nil,
                               file: StaticString = #filePath, line: UInt = #line, _ change: () throws -> Void) {
        let before = state(f.db)
        XCTAssertThrowsError(try change(), file: file, line: line) { error in
            guard let rejected = error as? ChangeRejected else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(rejected.violations.contains { $0.rule == rule && $0.field == field },
                          "expected \(rule) on \(field), got \(rejected)", file: file, line: line)
            if let text { XCTAssertTrue(rejected.description.contains(text), rejected.description, file: file, line: line) }
        }
        XCTAssertEqual(state(f.db), before, "a refused change leaves everything as it was", file: file, line: line)
    }

    private func member(_ code: String, idcard: String = "", phone: String = "", _ more: [String: DomainValue] = [:]) -> [String: DomainValue] {
        ["code": .text(code), "name": .text("某" + code), "idcard": .text(idcard), "phone": .text(phone)].merging(more) { $1 }
    }

    // MARK: Phone numbers

    func testPhonesThatDialAreAcceptedInTheFormsStaffWriteThem() {
        for phone in ["", "13912345678", "139 1234 5678", "139-1234-5678", "+86 139 1234 5678", "0086-13912345678",
                      "１３９１２３４５６７８", "0931-8123456", "09318123456", "(0931)8123456", "（0931）8123456", "8123456",
                      "010-62345678", "021 62345678", "0931-8123456-801",
                      "0931-8123456转801", "0931-8123456 ext 12", "13912345678 / 0931-8123456", "13912345678、13812345678"] {
            XCTAssertTrue(Phone.isValid(phone), phone)
        }
    }

    func testPhonesThatCannotDialAreNot() {
        for phone in ["1391234567", "139123456789", "12912345678", "23912345678", "0931-0123456", "0931-812345",
                      "0931-812345678", "12345", "95588", "139abc45678", "电话13912345678", "无",
                      "+86 0931 8123456", "0931-8123456-8012345", "0931-8123456转"] {
            XCTAssertFalse(Phone.isValid(phone), phone)
        }
    }

    func testABadPhoneIsRefusedMaskedAndAGoodOneKept() throws {
        let f = try Fixture()
        assertRefused(f, rule: "phone", field: "phone", naming: "129****5678") { try f.db.update(f.m2, fields: ["phone": .text("12912345678")]) }
        assertRefused(f, rule: "phone", field: "phone") { try f.db.insert(.applicant, fields: ["code": .text("AP1"), "name": .text("甲"),
                                                                                               "applied": .day(Day("2025-01-01")!), "phone": .text("12345")]) }
        try f.db.update(f.m2, fields: ["phone": .text("0931-8123456")])
        XCTAssertEqual(f.db.members[Handle<Member>(f.m2.index)].phone, "0931-8123456")
    }

    // MARK: One person, one record

    func testASecondMemberWithTheSameIDNumberIsRefusedNamingTheFirst() throws {
        let f = try Fixture()
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "member \"M1\" already has this ID number") {
            try f.db.insert(.member, fields: self.member("M9", idcard: "11010519491231002X"))
        }
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "110105********002x") {
            try f.db.insert(.member, fields: self.member("M9", idcard: "11010519491231002x"))
        }
        assertRefused(f, rule: "idcard_unique", field: "idcard") { try f.db.update(f.m2, fields: ["idcard": .text("11010519491231002X"), "born": .none]) }
        // Once M1 has another number, its old one is free.
        try f.db.update(f.m1, fields: ["idcard": .text("110105194912310046")])
        try f.db.insert(.member, fields: member("M9", idcard: "11010519491231002X"))
    }

    func testAMemberWhoLeftIsReceivedBackNotAddedAgain() throws {
        let f = try Fixture()
        try f.db.update(f.m1, fields: ["status": .text("transferred_out")])
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "to bring them back, receive member \"M1\"") {
            try f.db.insert(.member, fields: self.member("M9", idcard: "11010519491231002X"))
        }
    }

    func testAnApplicantSharesTheNumberOnlyWithTheMemberTheyBecame() throws {
        let f = try Fixture()
        let applicant: [String: DomainValue] = ["code": .text("AP1"), "name": .text("张三"), "idcard": .text("11010519491231002X"),
                                                "applied": .day(Day("1974-01-01")!)]
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "member \"M1\" already has this ID number") {
            try f.db.insert(.applicant, fields: applicant)
        }
        try f.db.insert(.applicant, fields: applicant.merging(["member": .text("M1"), "stage": .text("formal")]) { $1 })
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "applicant \"AP1\" already has this ID number") {
            try f.db.insert(.applicant, fields: ["code": .text("AP2"), "name": .text("张三"), "idcard": .text("11010519491231002X"),
                                                 "applied": .day(Day("1974-01-01")!)])
        }
    }

    func testAMemberIsNotAddedForAnApplicantStillInThePipeline() throws {
        let f = try Fixture()
        let ap = try f.db.insert(.applicant, fields: ["code": .text("AP1"), "name": .text("陈七"), "idcard": .text("110105199506010024"),
                                                      "applied": .day(Day("2022-03-01")!)])
        assertRefused(f, rule: "idcard_unique", field: "idcard", naming: "applicant \"AP1\" has this ID number: one person is one record; admit the applicant") {
            try f.db.insert(.member, fields: self.member("M9", idcard: "110105199506010024"))
        }
        // Admitted as probationary, the applicant's member record is made with the same number, then linked.
        try f.db.update(ap, fields: ["stage": .text("activist")])
        try f.db.update(ap, fields: ["stage": .text("candidate")])
        try f.db.update(ap, fields: ["stage": .text("probationary"), "probationary_on": .day(Day("2024-09-01")!)])
        let m = try f.db.insert(.member, fields: member("M9", idcard: "110105199506010024", ["joined": .day(Day("2024-09-01")!)]))
        try f.db.update(ap, fields: ["member": .ref(m)])
        XCTAssertTrue(f.db.check().filter { $0.rule == "idcard_unique" }.isEmpty)
    }

    // MARK: Dates after today

    func testWhatHasHappenedIsNotDatedAfterToday() throws {
        let f = try Fixture()
        let tomorrow = DomainValue.day(f.db.today.adding(days: 1)!)
        assertRefused(f, rule: "future_date", field: "joined", naming: "joined is after today (2025-06-15)") {
            try f.db.insert(.member, fields: self.member("M9", ["joined": .day(Day("2030-07-01")!)]))
        }
        assertRefused(f, rule: "future_date", field: "born") { try f.db.update(f.m3, fields: ["born": tomorrow]) }
        assertRefused(f, rule: "future_date", field: "formal") { try f.db.update(f.m2, fields: ["formal": .day(Day("2026-07-01")!)]) }
        assertRefused(f, rule: "future_date", field: "transfer_on") { try f.db.update(f.m2, fields: ["transfer_on": tomorrow]) }
        assertRefused(f, rule: "future_date", field: "date") {
            try f.db.insert(.meeting, fields: ["code": .text("MT1"), "org": .text("JH-01"), "kind": .text("theme_day"), "date": tomorrow])
        }
        // Today itself is fine, and so are dates that plan ahead.
        try f.db.update(f.m2, fields: ["last_contact": .day(f.db.today)])
        try f.db.insert(.task, fields: ["code": .text("T1"), "text": .text("换届"), "list": .text("task"), "owner": .text("JH-01"),
                                        "due": .day(Day("2026-01-31")!)])
        try f.db.update(f.branch, fields: ["term_ends": .day(Day("2027-06-30")!), "dissolved": .day(Day("2027-06-30")!)])
    }

    func testEveryPastDayFieldIsADayOfItsKind() {
        for (kind, names) in EntryRules.pastDays {
            for name in names {
                guard case .day = Schema.field(name, of: kind)?.type else { return XCTFail("\(kind.name).\(name) is not a day field") }
            }
        }
    }

    // MARK: What is already stored

    func testAnUpdateLeavesAnEarlierEntryAloneAndTheCheckReportsItOnce() throws {
        let f = try Fixture()
        // As the journal replays (or a snapshot loads) records entered before the rules, or under a later `today`.
        for code in ["M7", "M8"] {
            try f.db.restoreInsert(.member, [Schema.index(of: "code", in: .member)!: .text(code),
                                             Schema.index(of: "name", in: .member)!: .text("重复"),
                                             Schema.index(of: "idcard", in: .member)!: .text("11010519491231002X"),
                                             Schema.index(of: "phone", in: .member)!: .text("8123"),
                                             Schema.index(of: "joined", in: .member)!: .day(Day("2026-01-01")!)])
        }
        let m8 = f.db.lookup(.member, "M8")!
        try f.db.update(m8, fields: ["address": .text("金华小区")])   // other fields: accepted
        assertRefused(f, rule: "phone", field: "phone") { try f.db.update(m8, fields: ["phone": .text("81234")]) }
        let found = f.db.check().filter { ["idcard_unique", "future_date", "phone"].contains($0.rule) }.map { "\($0.code) \($0.rule)" }
        XCTAssertEqual(found.count, 6, "\(found)")
        XCTAssertEqual(Set(found), ["M7 phone", "M7 future_date", "M7 idcard_unique", "M8 phone", "M8 future_date", "M8 idcard_unique"],
                       "M7 repeats M1's number, M8 M1's and M7's: each named once, at the later record")
        XCTAssertFalse(f.db.check().contains { $0.code == "M1" && $0.rule == "idcard_unique" })
    }
}
