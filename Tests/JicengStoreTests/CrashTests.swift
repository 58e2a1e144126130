import XCTest
import Foundation
import JicengBase
@_spi(Store) @testable import JicengDomain
@testable import JicengStore
#if canImport(Glibc)
import Glibc
#endif

/// Other processes against one store: killed mid-commit and mid-checkpoint, and two
/// writers at once. They run `jiceng-store-stress`, built next to the test bundle.
final class CrashTests: XCTestCase {
    /// Kills of a committing, checkpointing child (the issue asks for 200).
    static let kills = 200
    /// Changes each of the two concurrent writers commits (the issue asks for 500).
    static let changesPerWriter = 500

    var folder = ""
    override func setUp() { folder = temporaryFolder() }
    override func tearDown() { removeFolder(folder) }

    /// The stress executable: beside the test bundle (`swift build --build-tests` builds it).
    func stressTool() throws -> String {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("jiceng-store-stress").path,
                          Bundle.main.bundleURL.appendingPathComponent("jiceng-store-stress").path]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            XCTFail("jiceng-store-stress is not built next to the tests; run ./scripts/test (swift build --build-tests)")
            throw CocoaError(.fileNoSuchFile)
        }
        return tool
    }

    func testAKilledWriterAlwaysLeavesAPrefixOfItsCommits() throws {
        let tool = try stressTool()
        var generator = SystemRandomNumberGenerator()
        var acknowledged = 0
        var lastLoaded = 0
        for round in 1...CrashTests.kills {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: tool)
            child.arguments = ["crash", folder]
            let out = Pipe()
            child.standardOutput = out
            child.standardError = FileHandle.nullDevice
            try child.run()
            // Wait for a random handful of new acknowledged commits (so every round makes
            // progress however loaded the machine is), then kill at a random moment after.
            let target = acknowledged + Int.random(in: 1...4, using: &generator)
            var said = ""
            while lastNumber(in: said).map({ $0 < target }) ?? true {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break } // the child died by itself: the checks below tell
                said += String(decoding: chunk, as: UTF8.self)
            }
            usleep(UInt32.random(in: 0...15_000, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            said += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if let last = lastNumber(in: said) { acknowledged = max(acknowledged, last) }

            let store = try FileStore(folder: folder, user: "checker")
            let db: Database
            do {
                db = try store.load(today: testToday).database
            } catch {
                return XCTFail("round \(round): the store does not load after a kill: \(error)")
            }
            let n = db.districts.count
            // Exactly K1…Kn, and the counter committed with Kn in the same line.
            let codes = Set(db.districts.handles.map { db.districts[$0].code })
            XCTAssertEqual(codes, Set((0..<n).map { "K\($0 + 1)" }), "round \(round): a prefix of the commits")
            if n > 0 { XCTAssertEqual(db.streets[db.streets.handle(code: "COUNTER")!].name, String(n), "round \(round): whole commits") }
            XCTAssertGreaterThanOrEqual(n, acknowledged, "round \(round): every acknowledged commit survives")
            XCTAssertGreaterThanOrEqual(n, lastLoaded, "round \(round): nothing committed is lost later")
            lastLoaded = n
        }
        XCTAssertGreaterThanOrEqual(lastLoaded, CrashTests.kills, "every round committed, and so checkpointed (every 5 commits)")
        print("crash test: \(lastLoaded) commits survived \(CrashTests.kills) kills")
    }

    /// The last complete number the child printed (one per acknowledged commit).
    private func lastNumber(in said: String) -> Int? {
        let lines = said.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.dropLast().last.flatMap { Int($0) } // the final piece may be a partial line
    }

    func testTwoWritersAtOnceKeepAllTheirChanges() throws {
        let tool = try stressTool()
        let store = try FileStore(folder: folder, user: "setup")
        let db = try store.load(today: testToday).database
        try db.insert(.street, fields: ["code": .text("XFL"), "name": .text("幸福路街道")])
        try db.insert(.community, fields: ["code": .text("JH"), "name": .text("金华社区"), "street": .text("XFL")])
        try store.commit(db, CommitInfo(user: "setup"))

        let writers = ["A", "B"].map { prefix -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = ["write", folder, prefix, String(CrashTests.changesPerWriter)]
            return p
        }
        for w in writers { try w.run() }
        for w in writers { w.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])

        let fresh = try FileStore(folder: folder, user: "checker").load(today: testToday).database
        let codes = Set(fresh.districts.handles.map { fresh.districts[$0].code })
        let expected = Set(["A", "B"].flatMap { p in (1...CrashTests.changesPerWriter).map { "\(p)\($0)" } })
        XCTAssertEqual(codes, expected)
        XCTAssertEqual(fresh.wishes.count, 2 * CrashTests.changesPerWriter, "wishes with model-made codes are all kept")
        XCTAssertEqual(Set(fresh.wishes.handles.map { fresh.wishes[$0].code }).count, 2 * CrashTests.changesPerWriter)
        XCTAssertEqual(try FileStore(folder: folder, user: "checker").history().count, 1 + 2 * CrashTests.changesPerWriter)
    }
}
