import Foundation
import JicengBase
import JicengDomain
import JicengLang
import XCTest
@testable import JicengCommands

/// Every message the commands, the work and CSV exchange say has its Chinese: one
/// example of each catalogue case (the test reads the catalogues' sources, so a new case
/// without an example fails here), rendered in both languages.
final class MessageCatalogueTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/JicengCommands")

    let day = Day(year: 2025, month: 4, day: 1)!
    let phone = FieldName("phone", of: .member)
    let because = Message(RuleMessage.joinAge(18, born: Day(year: 1990, month: 3, day: 1)!))

    func testEveryCommandMessageHasChinese() throws {
        let text = TypeName(.string("x")), violation = Violation(.member, "M1", field: "branch", value: nil, rule: "hanging",
                                                                 .hangingNoBranch, severity: .notice)
        let examples: [CommandMessage] = [
            .violation(.member, "M1", field: phone, value: "139****0000", because), .unknownRecord(.member, "\"M9\""),
            .ambiguousRecord(.member, "\"张伟\""), .ambiguousName(.member, "\"张伟\""), .writeTheCode, .rule("join_age"),
            .changeReferrersFirst, .noLongerExists("member M1 张三"), .missingArgument("member"),
            .wrongType(.date, slot: "date", text, "\"soon\""), .created(.wish, "W12"), .unknownChoice("role", "boss"),
            .kindHasNoName(.dues), .nameAsText(FieldName("name", of: .member), TypeName(.int(1)), "1"), .nothingToSet,
            .setExample(.member, "M1", "phone"), .unknownKind("memb"), .kindHasNoField(.member, "phon"),
            .kindFields(.member, ["name", "phone"]), .fieldCannotHold(phone, TypeName(.int(1)), "1"), .fieldIs(phone, .text),
            .fieldCannotBe(FieldName("gender", of: .member), "男性"), .fieldIsOneOf(.member, FieldName("gender", of: .member), Gender.options),
            .checkLine(violation), .checkClean, .checkCounts(errors: 1, notices: 2), .nothingToUndo, .undoReverts,
            .undone("set member \"M1\" phone \"139****0000\"", changes: 1), .noStoreNoHistory, .cannotReadHistory("disk full"),
            .noHistory, .noHistoryFor(.member, "\"M1\" 张三"), .cannotSave("disk full"), .nothingCommitted("disk full"),
        ]
        try check("Bridge/CommandMessage.swift", examples)
        for wanted: CommandMessage.Wanted in [.records([.member, .unit]), .recordsByCode([]), .recordOfSomeKind, .month, .quarter,
                                              .wholeNumber, .number, .text, .noteRecord, .textFor("\"M1\"")] {
            XCTAssertTrue(MessageLanguage.hasChinese(wanted.chinese), "\(wanted)")
        }
    }

    func testEveryWorkMessageHasChinese() throws {
        let gone = ChoiceWord(MemberStatus.transferredOut), open = ChoiceWord(WishStatus.open)
        let examples: [WorkMessage] = [
            .notOnRoster("李四 (M2)", gone, cannot: .takeOffice), .alreadyIn("张三 (M1)", "第二支部 (JH-02)"),
            .alreadyFloatingOut("张三 (M1)", "某地"), .sayWhereTo, .letterValidUntil(day, months: 3), .isDeceased("张三 (M1)"),
            .alreadyOnRoster("张三 (M1)", in: "第一支部 (JH-01)"), .letterExpired(day, on: day, months: 3),
            .alreadyReportsTo("张三 (M1)", "金华社区 (JH)"), .dissolvedOn("第三支部 (JH-03)", day),
            .keepsNoRoster(ChoiceWord(OrgKind.group)), .noMemberWithCode("\"M9\""), .receiveNewMember("\"M9\""),
            .alreadyOnRecord(phone),
            .roleOffice(ChoiceWord(word: "grid_head", label: "网格长"), holders: [.grid], office: .org),
            .oneShoulder("张三 (M1)", "金华社区 (JH)"), .secretaryNotMember("张三 (M1)", "第二支部 (JH-02)"),
            .notMemberListAsGuest("王五 (M3)", "第二支部 (JH-02)"), .noLongerOnRosterOf("李四 (M2)", gone, "第二支部 (JH-02)"),
            .listedTwice("张三 (M1)"), .attendAndAbsent("张三 (M1)"), .payNotASum, .duesFollowPay(ChoiceWord(DuesBasis.working)),
            .collected(amount: "30.00", from: "张三 (M1)", month: YearMonth(year: 2025, month: 3)!, basis: ChoiceWord(DuesBasis.working),
                       pay: "6000", code: "DU1"),
            .positivePoints(award: true), .pointsNeedReason(award: false),
            .stagesOneAtATime("AP1", ChoiceWord(ApplicantStage.applicant), next: ChoiceWord(ApplicantStage.activist)),
            .activistTraining(1, notBefore: day), .nowProbationary("陈七 (AP9)", "M100"), .admittedByBranch,
            .lastStep(ChoiceWord(ProposalStep.evaluated)),
            .stepsOneAtATime(ChoiceWord(ProposalStep.proposed), next: ChoiceWord(ProposalStep.decided)), .rateAtEvaluation(nil),
            .agreementParty(.unit), .renewForward(day), .alreadyEnded(day), .agreementTerminated(nil, cannot: .renew),
            .listOwner(.need, .member), .onlyOpenItemClaimed(.need, ChoiceWord(ClaimStatus.claimed), by: "U1"),
            .claimOtherSide(.need, owner: .unit), .onlyOpenWishClaimed(open, by: nil), .wishClaimant(.org),
            .onlyClaimedWishFulfilled(open), .onlyOpenWishCancelled(ChoiceWord(WishStatus.fulfilled)), .taskOwner(.unit),
            .taskDone(nil), .note(because), .alreadyFormal("张三 (M1)", since: day), .noProbation("张三 (M1)"),
            .extendedOnce("张三 (M1)", to: day, on: day), .extensionMonths(6...12), .extensionNeedsReason,
            .probationNowEnds("张三 (M1)", day), .noAssemblyRecorded("第一支部 (JH-01)", day),
            .probationRunsUntil("张三 (M1)", day, extended: true), .itemDone(.need, day), .onlyClaimedItemDone(.project, nil),
            .onlyClaimedItemDone(.project, ChoiceWord(ClaimStatus.cancelled)),
        ]
        try check("Work/WorkMessage.swift", examples)
        for work in WorkMessage.Work.allCases { XCTAssertTrue(MessageLanguage.hasChinese(work.chinese), "\(work)") }
    }

    func testEveryExchangeMessageHasChinese() throws {
        let examples: [ExchangeMessage] = [
            .noSuchFile, .cannotBeRead, .notText, .textAfterClosingQuote, .quoteNeverClosed, .noHeaderRow,
            .inFile("a.csv", line: 3, because), .inColumn(2, "birthday", because), .derivedColumn(FieldName("age", of: .member)),
            .noSuchColumn(.member, suggestion: "born"), .sameFieldAs(1, FieldName("code", of: .member)), .fieldCount(3, header: 4),
            .expectedWholeNumber, .expectedDecimal, .expectedYesNo, .expectedDate, .expectedMonth, .expectedOneOf(Gender.options),
            .computedCell, .noneNamed([.member, .unit]), .withSuggestion(because, "JH-01"),
            .problem(file: "a.csv", line: 4, .member, code: "M9", field: phone, value: nil, because, rule: "join_age"),
            .imported(3, .member, file: "a.csv", encoding: "GB18030", skipped: 1),
            .nothingImported(bad: 1, of: 3, file: "a.csv", good: 2, .member, advice: true), .skipped(because), .fixTheRows,
            .exported(2, .member, file: "old.csv"), .nothingToExport, .exportACollection, .cannotWrite("\"/x.csv\"", "denied"),
        ]
        try check("Exchange/ExchangeMessage.swift", examples)
    }

    /// Each example reads differently in the two languages and its Chinese has Chinese in
    /// it; every case the catalogue declares has an example.
    private func check<M: MessageText>(_ file: String, _ examples: [M], line: UInt = #line) throws {
        var covered = Set<String>()
        for m in examples {
            let english = m.text(.english), chinese = m.text(.chinese)
            XCTAssertNotEqual(english, chinese, "\(m) has no Chinese", line: line)
            XCTAssertTrue(MessageLanguage.hasChinese(chinese), "\(m): \(chinese)", line: line)
            covered.insert(Mirror(reflecting: m).children.first?.label ?? "\(m)")
        }
        let text = try String(contentsOf: MessageCatalogueTests.sources.appendingPathComponent(file), encoding: .utf8)
        let declared = Set(text.split(separator: "\n").filter { $0.hasPrefix("    case ") }.map {
            String($0.dropFirst("    case ".count).prefix { $0.isLetter || $0.isNumber })
        })
        XCTAssertFalse(declared.isEmpty, line: line)
        XCTAssertEqual(declared.subtracting(covered).sorted(), [], "cases of \(file) without an example here", line: line)
    }
}
