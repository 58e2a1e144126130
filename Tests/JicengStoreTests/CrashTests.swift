import XCTest
import Foundation
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore
#if canImport(Glibc)
import Glibc
#endif

/// Other processes against one store, through `jiceng-store-stress` (built next to the test
/// bundle): the same kill loop and writers scripts/stress runs at length, here short.
/// The checks themselves live in the tool; the last tests show them failing on stores
/// that break each rule, so a passing run means something.
final class CrashTests: XCTestCase {
    /// Kills of the tool's committing, checkpointing child.
    static let kills = 200
    /// Kills of the `jiceng` console running a committing script (each start costs more).
    static let consoleKills = 20
    /// Changes each of two concurrent writers commits, then each of four.
    static let changesPerWriterOfTwo = 500
    static let changesPerWriterOfFour = 100

    var folder = ""
    override func setUp() { folder = temporaryFolder() }
    override func tearDown() { removeFolder(folder) }

    func testAKilledWriterAlwaysLeavesAPrefixOfItsCommits() throws {
        let run = try stress(["kills", folder, String(CrashTests.kills)])
        XCTAssertEqual(run.status, 0, run.output)
        let summary = try XCTUnwrap(run.output.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(summary.hasPrefix("kills: \(CrashTests.kills) kills survived, \(CrashTests.kills) loads verified"), summary)
        // Each round waits for new commits and a checkpoint comes every 5, so both kinds of moment are hit.
        XCTAssertNotNil(summary.range(of: #"kills landed [1-9][0-9]* in a commit, [1-9][0-9]* in a checkpoint"#, options: .regularExpression), summary)
    }

    func testAKilledConsoleAlwaysLeavesAPrefixOfItsCommits() throws {
        let run = try stress(["kills", folder, String(CrashTests.consoleKills), "--jiceng", try binary("jiceng", environment: "JICENG_BIN")])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("jiceng kills: \(CrashTests.consoleKills) kills survived, \(CrashTests.consoleKills) loads verified"), run.output)
    }

    func testWritersAtOnceKeepAllTheirChanges() throws {
        for (writers, each) in [(2, CrashTests.changesPerWriterOfTwo), (4, CrashTests.changesPerWriterOfFour)] {
            let store = temporaryFolder()
            defer { removeFolder(store) }
            let run = try stress(["writers", store, String(writers), String(each)])
            XCTAssertEqual(run.status, 0, run.output)
            XCTAssertTrue(run.output.contains("\(writers * each) of \(writers * each) kept"), run.output)
        }
    }

    // MARK: The prefix check refuses what a kill must never leave

    func testThePrefixCheckAcceptsWholeRoundsInOrder() throws {
        try commitRounds([(1, 1), (2, 2)])
        let run = try stress(["verify", folder, "2"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertEqual(run.output, "verify: the store holds rounds 1…2, whole and in order\n")
    }

    func testThePrefixCheckRefusesHalfACommit() throws {
        try commitRounds([(1, 1), (2, 1)])
        try refused(acknowledged: 0, "half a commit: K2 is there but the counter committed with it reads 1")
    }

    func testThePrefixCheckRefusesAGap() throws {
        try commitRounds([(1, 1), (3, 2)])
        try refused(acknowledged: 0, "the store's 2 districts are not K1…K2: missing [\"K2\"], unexpected [\"K3\"]")
    }

    func testThePrefixCheckRefusesALostAcknowledgedCommit() throws {
        try commitRounds([(1, 1), (2, 2)])
        try refused(acknowledged: 3, "an acknowledged commit is lost: round 3 was acknowledged, the store holds 2 rounds")
    }

    func testThePrefixCheckRefusesCommitsOutOfOrder() throws {
        try commitRounds([(2, 2), (1, 2)])
        try refused(acknowledged: 0, "commit 2 in the history is [\"insert district K2\", \"update street COUNTER\"], expected [\"insert district K1\", \"update street COUNTER\"]")
    }

    func testThePrefixCheckRefusesAStoreThatDoesNotLoad() throws {
        try commitRounds([(1, 1), (2, 2)])
        let journal = folder + "/" + FileStore.journalName
        var lines = String(decoding: try XCTUnwrap(fileBytes(journal)), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "K1", with: "K9") // a damaged middle line
        writeFile(journal, lines.joined(separator: "\n") + "\n")
        try refused(acknowledged: 0, "the store does not load: ")
    }

    // MARK: Helpers

    /// The counter street, then each round as (district number, counter value) in one commit.
    private func commitRounds(_ rounds: [(district: Int, counter: Int)]) throws {
        let store = try FileStore(folder: folder, user: "test")
        let db = try store.load(today: testToday).database
        let counter = try db.insert(.street, fields: ["code": .text("COUNTER"), "name": .text("0")])
        try store.commit(db, CommitInfo(user: "test"))
        for round in rounds {
            try db.insert(.district, fields: ["code": .text("K\(round.district)"), "name": .text("区\(round.district)")])
            try db.update(counter, fields: ["name": .text(String(round.counter))])
            try store.commit(db, CommitInfo(user: "test"))
        }
    }

    private func refused(acknowledged: Int, _ reason: String, line: UInt = #line) throws {
        let run = try stress(["verify", folder, String(acknowledged)])
        XCTAssertEqual(run.status, 1, run.output, line: line)
        XCTAssertTrue(run.output.hasPrefix("jiceng-store-stress: " + reason), run.output, line: line)
    }

    /// Runs the stress tool to its end; its status and everything it printed.
    private func stress(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: try binary("jiceng-store-stress"))
        child.arguments = arguments
        let out = Pipe()
        child.standardOutput = out
        child.standardError = out
        try child.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        return (child.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// An executable of the package: from `environment` when set, else beside the test bundle
    /// (`swift build --build-tests` builds them all).
    private func binary(_ name: String, environment: String? = nil) throws -> String {
        if let environment, let path = ProcessInfo.processInfo.environment[environment] { return path }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent(name).path, Bundle.main.bundleURL.appendingPathComponent(name).path]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("\(name) is not built next to the tests; run ./scripts/test (swift build --build-tests)")
            throw CocoaError(.fileNoSuchFile)
        }
        return path
    }
}
