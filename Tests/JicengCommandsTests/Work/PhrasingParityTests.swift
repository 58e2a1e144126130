import XCTest
import JicengBase
import JicengDomain
@testable import JicengCommands

/// Every work command has an English and a Chinese phrasing that do the same work: the
/// same year of work written both ways (tests/scripts/work/lib/scenario_*.jc) leaves
/// identical stores.
final class PhrasingParityTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("tests/scripts/work/lib")

    private func run(_ name: String) throws -> (JicengSession, String) {
        var options = SessionOptions(inMemory: true, user: "tester")
        options.today = Day("2025-06-30")!
        let session = try JicengSession(options: options)
        var output = ""
        session.interpreter.output = { output += $0 }
        let path = PhrasingParityTests.folder.appendingPathComponent(name).path
        try session.execute(try String(contentsOfFile: path, encoding: .utf8), file: path, kind: .script)
        return (session, output)
    }

    func testEnglishAndChineseScenariosLeaveIdenticalStores() throws {
        let (english, englishOutput) = try run("scenario_en.jc")
        let (chinese, chineseOutput) = try run("scenario_zh.jc")
        XCTAssertEqual(snapshot(english.database), snapshot(chinese.database))
        XCTAssertEqual(englishOutput, chineseOutput, "the same notes and codes are said either way")

        // The scenario did the work: every command family left its mark.
        let db = english.database
        let counts = [Kind.member, .agreement, .need, .resource, .project, .meeting, .points, .dues, .wish, .proposal, .task]
            .map { "\($0.name) \(db.table($0).count)" }
        XCTAssertEqual(counts, ["member 6", "agreement 2", "need 1", "resource 1", "project 1", "meeting 2", "points 5",
                                "dues 2", "wish 2", "proposal 1", "task 2"])
        XCTAssertTrue(db.isOneShoulder(db.communities.handle(code: "JH")!))
        XCTAssertEqual(db.proposals.rows[0].step, .evaluated)
        XCTAssertEqual(db.applicants.rows[0].stage, .formal)
    }

    /// Both scenarios together use every work command, in both phrasings.
    func testTheScenariosUseEveryWorkCommand() throws {
        let english = try String(contentsOf: PhrasingParityTests.folder.appendingPathComponent("scenario_en.jc"), encoding: .utf8)
        let chinese = try String(contentsOf: PhrasingParityTests.folder.appendingPathComponent("scenario_zh.jc"), encoding: .utf8)
        for command in WorkCommands.all {
            let verbs = command.syntax.phrasings.map { p -> String in
                guard case .word(let words) = p.elements[0] else { return "" }
                return words[0]
            }
            XCTAssertTrue(english.contains("\n" + verbs[0] + " ") || english.contains("{ " + verbs[0] + " "),
                          "\(command.syntax.id) is not used in English")
            XCTAssertTrue(verbs.dropFirst().contains { chinese.contains("\n" + $0 + " ") || chinese.contains("{ " + $0 + " ") },
                          "\(command.syntax.id) is not used in Chinese")
        }
    }
}
