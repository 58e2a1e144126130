import Foundation
import XCTest

/// `jiceng run` over a store folder: what one process commits, the next one reads.
final class StoreRunTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func jiceng(_ arguments: [String], input: String = "") throws -> ProcessRun {
        try ProcessRun.run(Binaries.jiceng, arguments, input: input, environment: home.environment())
    }

    func testAMemberAddedByOneProcessIsReadByTheNext() throws {
        let store = home.root.appendingPathComponent("城市数据").path
        let add = try home.write("添加 党员 \"张三丰\" 编号 \"M0001\" 出生日期 1958-03-01 电话 \"13900001234\"\n", to: "add.jc")
        let first = try jiceng(["run", "--store", store, add])
        XCTAssertEqual(first.status, 0, first.errors)
        let read = try home.write("print members[0].code, members[0].name, members[0].phone, count(members)\n", to: "read.jc")
        let second = try jiceng(["run", "--store", store, read])
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertEqual(second.output, "M0001 张三丰 139****1234 1\n")
        let clear = try jiceng(["run", "--store", store, "--show-pii", read])
        XCTAssertEqual(clear.output, "M0001 张三丰 13900001234 1\n")
        // The folder and its files are private to the user (personal data).
        // (The commit is in the journal: a short journal is not folded into a snapshot at exit.)
        let attributes = try FileManager.default.attributesOfItem(atPath: store + "/journal.jsonl")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testAnErrorQuotingAnIDNumberShowsItMaskedOnStderrUnlessShowPii() throws {
        let store = home.root.appendingPathComponent("store").path
        let script = try home.write("assign member \"11010519491231002X\" to branch \"B1\"\n", to: "typo.jc")
        let masked = try jiceng(["run", "--store", store, script])
        XCTAssertEqual(masked.status, 1)
        XCTAssertTrue(masked.errors.contains("unknown member \"110105********002X\""), masked.errors)
        XCTAssertFalse(masked.errors.contains("11010519491231002X"), "the quoted line is masked too: \(masked.errors)")
        let clear = try jiceng(["run", "--store", store, "--show-pii", script])
        XCTAssertTrue(clear.errors.contains("unknown member \"11010519491231002X\""), clear.errors)
    }

    func testFilesKeepsAScriptToOneFolderOrToNoFilesAtAll() throws {
        let store = home.root.appendingPathComponent("store").path
        let reports = home.root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let script = try home.write("show [1] to \"reports/ok.txt\"\nshow [2] to \"escaped.txt\"\n", to: "monthly.jc")
        let confined = try jiceng(["run", "--store", store, "--keep-going", "--files", reports.path, script])
        XCTAssertEqual(confined.status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: reports.appendingPathComponent("ok.txt").path), confined.errors)
        XCTAssertTrue(confined.errors.contains("\"escaped.txt\" is outside the allowed folder"), confined.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.root.appendingPathComponent("escaped.txt").path))

        let none = try jiceng(["run", "--store", store, "--files", "none", script])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.errors.contains("this console does not allow scripts to write files (\"reports/ok.txt\")"), none.errors)

        let missing = try jiceng(["run", "--store", store, "--files", reports.path + "/nowhere", script])
        XCTAssertEqual(missing.status, 64, "a folder that is not there is a usage error")
    }

    func testADryRunCommitsNothingAndSaysWhatItWouldHaveChanged() throws {
        let store = home.root.appendingPathComponent("store").path
        let script = try home.write("add district \"西城区\" code \"XC\"\n", to: "plan.jc")
        let dry = try jiceng(["run", "--store", store, "--dry-run", script])
        XCTAssertEqual(dry.status, 0, dry.errors)
        XCTAssertTrue(dry.output.hasPrefix("dry run: nothing was committed; the script would make 1 change\n"), dry.output)
        let count = try jiceng(["run", "--store", store, "-"], input: "print count(districts)\n")
        XCTAssertEqual(count.output, "0\n")
    }

    func testAStoreThatDoesNotParseExits65AndIsLeftAsItWas() throws {
        let store = home.root.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        let snapshot = store.appendingPathComponent("snapshot.json")
        try "{ not json".write(to: snapshot, atomically: true, encoding: .utf8)
        let result = try jiceng(["run", "--store", store.path, "-"], input: "print 1\n")
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.errors.contains("snapshot.json"), result.errors)
        XCTAssertEqual(try String(contentsOf: snapshot, encoding: .utf8), "{ not json")
    }

    func testPipedStatementsCommitOneByOne() throws {
        let store = home.root.appendingPathComponent("store").path
        let piped = try jiceng(["--store", store], input: "add district \"西城区\" code \"XC\"\nadd street \"x\" code \"S1\" district \"XD\"\nadd street \"新街口\" code \"S2\" district \"XC\"\n")
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.errors.contains("unknown district \"XD\""), piped.errors)
        let count = try jiceng(["run", "--store", store, "-"], input: "print count(districts), count(streets)\n")
        XCTAssertEqual(count.output, "1 1\n")
    }

    /// The entry rules judge what is entered now: a store whose records break them (entered
    /// under a later --today, or edited by hand) still opens, and `check` names each record.
    func testRecordsThatBreakTheEntryRulesStillOpenAndCheckNamesThem() throws {
        let store = home.root.appendingPathComponent("store").path
        let add = "add member \"张三\" code \"M1\" idcard \"11010519491231002X\" joined 2025-06-01 phone \"13900001234\"\n"
        XCTAssertEqual(try jiceng(["run", "-", "--store", store, "--today", "2025-06-30"], input: add).status, 0)
        // Earlier than the join: the journal line is replayed, not judged again.
        let earlier = try jiceng(["run", "-", "--store", store, "--today", "2025-01-01"], input: "print count(members), members[0].joined\n")
        XCTAssertEqual(earlier.status, 0, earlier.errors)
        XCTAssertEqual(earlier.output, "1 2025-06-01\n")
        XCTAssertEqual(try jiceng(["run", "-", "--store", store, "--today", "2025-01-01"], input: "save\n").status, 0)
        // A hand edit: a second record with the same number and a phone that cannot dial.
        let snapshotPath = store + "/snapshot.json"
        var text = try String(contentsOfFile: snapshotPath, encoding: .utf8)
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("\"code\": \"M1\"") })
        let copy = line.replacingOccurrences(of: "\"M1\"", with: "\"M2\"").replacingOccurrences(of: "13900001234", with: "8123")
        text = text.replacingOccurrences(of: String(line), with: String(line).trimmingCharacters(in: [","]) + ",\n" + copy)
        try text.write(toFile: snapshotPath, atomically: true, encoding: .utf8)
        let check = try jiceng(["check", "--store", store, "--today", "2025-01-01"])
        XCTAssertEqual(check.status, 1, check.errors)
        XCTAssertEqual(check.output.split(separator: "\n").filter { !$0.contains("hanging") }, [
            "error: member \"M1\" joined = 2025-06-01: joined is after today (2025-01-01): only what has happened is recorded [future_date]",
            "error: member \"M2\" joined = 2025-06-01: joined is after today (2025-01-01): only what has happened is recorded [future_date]",
            "error: member \"M2\" idcard = 110105********002X: member \"M1\" already has this ID number: one person is one record [idcard_unique]",
            "error: member \"M2\" phone = ****: not a number that dials: a mobile is 11 digits from 13 to 19 (13912345678), a landline 7–8 digits after its area code (0931-8123456); leave it empty when there is none [phone]",
        ])
        let read = try jiceng(["run", "-", "--store", store], input: "print count(members)\n")
        XCTAssertEqual(read.output, "2\n", "the store opens as it is: nothing stored is lost")
    }
}
