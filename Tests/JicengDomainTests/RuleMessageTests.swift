import Foundation
import JicengBase
import XCTest
@testable import JicengDomain

/// Every message of the model has its Chinese: one example of each RuleMessage case (the
/// test reads the catalogue's source, so a new case without an example fails here), and
/// fields, choices and kinds are named in Chinese in the Chinese text.
final class RuleMessageTests: XCTestCase {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/JicengDomain/Rules/RuleMessage.swift")

    func testEveryRuleMessageHasChinese() throws {
        let day = Day(year: 2000, month: 7, day: 1)!, born = FieldName("born", of: .member), joined = FieldName("joined", of: .member)
        let open = ChoiceWord(WishStatus.open), claimed = ChoiceWord(WishStatus.claimed)
        let examples: [RuleMessage] = [
            .dateBefore(joined, born, day), .cannotBeNegative(FieldName("households", of: .community)), .codeRequired,
            .uniqueCode(.member), .fieldRequired(FieldName("name", of: .member)), .refersToMissing(.org),
            .noFieldNamed(.member, "nme"), .noSuchField, .derivedField(FieldName("age", of: .member)), .expectedType(.day),
            .stableCode, .stillReferred([.init(kind: .member, code: "M1", field: FieldName("branch", of: .member))], more: 2),
            .ambiguousName(2, .member, codes: ["M1", "M2"]), .noRecordNamed(.member), .noLongerExists(.wish),
            .stepForward(from: ChoiceWord(ProposalStep.proposed), next: nil), .idcardLength, .idcardDigits,
            .idcardChecksum("X"), .idcardBirthDate, .idcardSaysBorn(day), .joinAge(18, born: day), .probation(1, joined: day),
            .formalNeedsJoined, .keepsNoRoster(ChoiceWord(OrgKind.group)), .groupMustBeGroup, .reportsToCommunity,
            .hangingNoBranch, .hangingBranchDissolved, .lostContact(6), .ownAncestor, .endsAfterStarts(day), .agreementParty,
            .terminatedNeedsDate, .onlyOpenClaimed(claimed), .claimedNamesClaimant, .ownerCannotClaim, .attendeeTwice,
            .attendAndAbsent, .notMemberListAsGuest("JH-01"), .notMemberNotAbsent("JH-01"), .pointsNonZero,
            .paidTooEarly(12, YearMonth(year: 2025, month: 3)!), .duesOnce("M1", "DU3"), .wishCannotBecome(claimed, open),
            .wishAlreadyClaimed("U1"), .claimedWishNamesClaimant, .ratingRange(1...5), .ratingAtEvaluation, .notesPastSteps,
            .doneTaskNeedsDate, .afterToday(joined, today: day), .phoneDoesNotDial, .idNumberTaken(.member, "M1", comeBack: true),
            .idNumberOfApplicant("AP1", member: nil), .probationExtension(6...12, ends: day), .extensionNeedsJoined,
            .formalAfterExtension(day), .probationOverdue(day, extended: false), .onlyClaimedDone(open), .doneItemNeedsDate,
        ]
        var covered = Set<String>()
        for m in examples {
            let english = m.text(.english), chinese = m.text(.chinese)
            XCTAssertNotEqual(english, chinese, "\(m) has no Chinese")
            XCTAssertTrue(MessageLanguage.hasChinese(chinese), "\(m): \(chinese)")
            covered.insert(Mirror(reflecting: m).children.first?.label ?? "\(m)")
        }
        let text = try String(contentsOf: RuleMessageTests.source, encoding: .utf8)
        let declared = Set(text.split(separator: "\n").filter { $0.hasPrefix("    case ") }.map {
            String($0.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber })
        })
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(declared.subtracting(covered).sorted(), [], "RuleMessage cases without an example here")
    }

    func testFieldsAndChoicesAreNamedInEachLanguage() {
        let m = RuleMessage.dateBefore(FieldName("joined", of: .member), FieldName("born", of: .member), Day(year: 2000, month: 1, day: 1)!)
        XCTAssertEqual(m.text(.english), "joined is before born (2000-01-01)")
        XCTAssertEqual(m.text(.chinese), "入党日期早于出生日期（2000-01-01）")
        let step = RuleMessage.stepForward(from: ChoiceWord(ProposalStep.proposed), next: ChoiceWord(ProposalStep.decided))
        XCTAssertEqual(step.text(.chinese), "只能逐步推进：居民点题之后是支部议定")
    }

    func testARefusalCarriesBothLanguages() throws {
        let f = try Fixture()
        XCTAssertThrowsError(try f.db.update(f.m2, fields: ["joined": .day(Day("1980-01-01")!)])) { error in
            guard let v = (error as? ChangeRejected)?.violations.first else { return XCTFail("\(error)") }
            XCTAssertEqual(v.rule, "date_order")
            XCTAssertTrue(v.message.english.hasPrefix("joined is before born"), v.message.english)
            XCTAssertTrue(v.message.chinese.hasPrefix("入党日期早于出生日期"), v.message.chinese)
            XCTAssertEqual("\(v)".contains(v.message.english), true, "the description stays English")
        }
    }
}
