import Foundation
import XCTest

@testable import JicengConsole

final class HistoryFileTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    func testAMultiLineStatementIsOneLineOnDiskAndComesBackWhole() throws {
        let history = HistoryFile(path: home.root.appendingPathComponent("deep/er/history").path)
        let statement = "for m in members {\n  print m.name, \"a\\\\b\"\n}"
        try history.append(statement)
        try history.append("count(members)")
        let onDisk = try String(contentsOfFile: history.path, encoding: .utf8)
        XCTAssertEqual(onDisk.split(separator: "\n").count, 2)
        XCTAssertEqual(history.load(), [statement, "count(members)"])
    }

    func testTheFileIsPrivateAndItsFolderIsCreated() throws {
        let history = HistoryFile(path: home.root.appendingPathComponent("state/jiceng/history").path)
        try history.append("1")
        let file = try FileManager.default.attributesOfItem(atPath: history.path)
        XCTAssertEqual((file[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: home.root.appendingPathComponent("state/jiceng").path)
        XCTAssertEqual((folder[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    }

    func testUnderAPermissiveUmaskEveryFolderMadeAndTheRewrittenFileArePrivate() throws {
        let previous = umask(0)
        defer { umask(previous) }
        let history = HistoryFile(path: home.root.appendingPathComponent("fresh/.local/state/jiceng/history").path)
        try history.append("1")
        for folder in ["fresh", "fresh/.local", "fresh/.local/state", "fresh/.local/state/jiceng"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: home.root.appendingPathComponent(folder).path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700, folder)
        }
        // Trimming rewrites the file through a temporary one; one left open by a crash is tightened.
        let lines = (1...(HistoryFile.capacity + 1)).map { "print \($0)\n" }.joined()
        try lines.write(toFile: history.path, atomically: false, encoding: .utf8)
        FileManager.default.createFile(atPath: history.path + ".tmp", contents: nil, attributes: [.posixPermissions: 0o666])
        XCTAssertEqual(history.load().count, HistoryFile.capacity)
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testAMissingFileIsAnEmptyHistory() {
        XCTAssertEqual(HistoryFile(path: home.root.appendingPathComponent("none").path).load(), [])
    }

    func testLoadingKeepsOnlyTheNewestEntries() throws {
        let history = HistoryFile(path: home.root.appendingPathComponent("history").path)
        let lines = (1...(HistoryFile.capacity + 5)).map { "print \($0)\n" }.joined()
        try lines.write(toFile: history.path, atomically: true, encoding: .utf8)
        let loaded = history.load()
        XCTAssertEqual(loaded.count, HistoryFile.capacity)
        XCTAssertEqual(loaded.first, "print 6")
        XCTAssertEqual(history.load().count, HistoryFile.capacity, "the file itself was trimmed")
    }
}
