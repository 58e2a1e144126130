import Foundation
import XCTest

/// Stores broken in one way each, opened by the real `jiceng`: every one is refused with
/// exit 65 and a message naming the file, the place and what to do, and the folder is
/// left exactly as it was (docs/RELIABILITY.md, "Bad stores").
final class BadStoreTests: XCTestCase {
    private var home: TestHome!
    private var store: BadStoreFixture!

    override func setUpWithError() throws {
        home = try TestHome()
        store = try BadStoreFixture(in: home)
    }

    override func tearDown() { home.remove() }

    private func jiceng(_ arguments: [String], asUser user: String? = nil) throws -> ProcessRun {
        var command = arguments
        var program = Binaries.jiceng
        if let user {
            command = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", program] + arguments
            program = "/usr/bin/setpriv"
        }
        return try ProcessRun.run(program, command, input: "print count(members), count(streets)\n", environment: home.environment())
    }

    /// Opens the store and expects a refusal: exit 65, every `expected` piece in the
    /// message, a repair offered, and not one byte of the folder changed.
    private func assertRefused(_ expected: [String], command: [String] = ["run", "-"], asUser user: String? = nil,
                               repairLabel: String? = "to repair: ", file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try store.fingerprint()
        let result = try jiceng(command + ["--store", store.folder.path], asUser: user)
        XCTAssertEqual(result.status, 65, result.errors, file: file, line: line)
        XCTAssertEqual(result.output, "", "nothing ran", file: file, line: line)
        for piece in expected + (repairLabel.map { [$0] } ?? []) {
            XCTAssertTrue(result.errors.contains(piece), "missing \(piece) in:\n\(result.errors)", file: file, line: line)
        }
        XCTAssertEqual(try store.fingerprint(), before, "the store was left as it was", file: file, line: line)
    }

    // MARK: In Chinese (--lang zh)

    /// The same refusal said in Chinese: exit 65, every `expected` piece, the Chinese
    /// labels and none of the English ones, and the folder untouched.
    private func assertRefusedInChinese(_ expected: [String], command: [String] = ["run", "-"],
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        try assertRefused(expected + ["错误：", "修复办法："], command: ["--lang", "zh"] + command, repairLabel: nil, file: file, line: line)
        let result = try jiceng(["--lang", "zh"] + command + ["--store", store.folder.path])
        for english in ["error:", "to repair:", "where:", "cannot open", "Nothing was changed"] {
            XCTAssertFalse(result.errors.contains(english), "\(english) left in English in:\n\(result.errors)", file: file, line: line)
        }
    }

    func testASnapshotCutShortInChinese() throws {
        let text = BadStoreFixture.snapshotText
        try store.write(snapshot: String(text[..<text.range(of: "\"name\": \"张")!.upperBound]))
        try assertRefusedInChinese(["无法打开数据目录", "snapshot.json 第 10 行第", "列：member.name：文件在一个文本值的中间就结束了（文件很可能在复制或写入时被截断了）",
                                    "位置：在 member \"M1\" 中，位于 member[0].name，文件第 ",
                                    "修复办法：从备份中取回完整的 snapshot.json（数据快照）", "未做任何改动"])
    }

    func testAReferenceToAMissingRecordInChinese() throws {
        try store.replace("\"branch\": \"JH-01\", \"code\": \"M2\"", with: "\"branch\": \"JH-09\", \"code\": \"M2\"")
        try assertRefusedInChinese(["snapshot.json 第 11 行第 38 列：没有编号为 \"JH-09\" 的 org 记录", "位置：在 member \"M2\" 中，位于 member[1].branch",
                                    "先关闭所有正在使用这个数据目录的 jiceng", "改正这个编号，或者添加 org \"JH-09\"", "再运行 `jiceng check`"])
    }

    func testAJournalLineThatIsNotJSONInChinese() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1], "<<<<<<< HEAD", lines[2]])
        try assertRefusedInChinese(["journal.jsonl 第 3 行第 1 列：这一行不是 JSON：操作日志的每一行都是一个 JSON 对象 {…}，实际是 \"<<<<<<< HEAD\"",
                                    "只保留它前面的 2 行，即保留到第 4 号改动为止", "head -n 2 journal.jsonl > journal.cut && mv journal.cut journal.jsonl",
                                    "数据快照（第 3 号改动）"])
    }

    func testAFolderWhereTheSnapshotBelongsInChineseForExport() throws {
        try FileManager.default.removeItem(at: store.snapshot)
        try FileManager.default.createDirectory(at: store.snapshot, withIntermediateDirectories: false)
        try assertRefusedInChinese(["snapshot.json：这里应是数据文件，却是一个文件夹", "把文件夹 '"], command: ["export", "members"])
    }

    func testTheFixtureItselfOpens() throws {
        let result = try jiceng(["run", "-", "--store", store.folder.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "2 3\n")
    }

    // MARK: snapshot.json

    func testAnEmptySnapshot() throws {
        try store.write(snapshot: "")
        try assertRefused(["snapshot.json: the file is empty", "backup copy"])
    }

    func testASnapshotCutShort() throws {
        // Cut inside M1's name, as a copy interrupted there leaves it.
        let text = BadStoreFixture.snapshotText
        try store.write(snapshot: String(text[..<text.range(of: "\"name\": \"张")!.upperBound]))
        try assertRefused(["snapshot.json:10:", "the file ends inside a text value", "cut short", "where: in member \"M1\", at member[0].name",
                           "whole copy"])
    }

    func testASnapshotThatIsNotJSON() throws {
        try store.write(snapshot: "code,name\nM1,张三\n")
        try assertRefused(["snapshot.json:1:1: this is not a Jiceng snapshot", "found \"code,name\""])
    }

    func testASnapshotOfTheWrongShape() throws {
        try store.write(snapshot: "[{\"code\": \"M1\"}]\n")
        try assertRefused(["snapshot.json:1:1: this is not a Jiceng snapshot", "found a list"])
    }

    func testAKindThatIsNotAList() throws {
        try store.replace("\"org\": [\n    {\"code\": \"JH-01\", \"community\": \"JH\", \"kind\": \"branch\", \"name\": \"第一支部\"}\n  ]",
                          with: "\"org\": {\"code\": \"JH-01\"}")
        try assertRefused(["snapshot.json:13:10: \"org\" should be a list of org records", "found '{' (a record)", "at org,"])
    }

    func testARecordThatIsNotAnObject() throws {
        try store.replace("{\"code\": \"HP\", \"name\": \"和平区\"}", with: "\"HP\"")
        try assertRefused(["snapshot.json:6:5: expected a district record", "at district[0]"])
    }

    func testANewerSchema() throws {
        try store.replace("\"schema\": 1", with: "\"schema\": 99")
        try assertRefused(["snapshot.json: this store was written by a newer Jiceng (schema version 99", "upgrade Jiceng"])
    }

    func testAReferenceToAMissingRecord() throws {
        try store.replace("\"branch\": \"JH-01\", \"code\": \"M2\"", with: "\"branch\": \"JH-09\", \"code\": \"M2\"")
        try assertRefused(["snapshot.json:11:38: no org has the code \"JH-09\"", "in member \"M2\", at member[1].branch",
                           "correct the code, or add the org \"JH-09\"", "jiceng check"])
    }

    func testADuplicatedCode() throws {
        try store.replace("\"code\": \"M2\"", with: "\"code\": \"M1\"")
        try assertRefused(["snapshot.json:11:5: two member records have the code \"M1\"", "at member[1]", "give one of them another code"])
    }

    func testAFieldOfTheWrongType() throws {
        try store.replace("\"name\": \"张三\"", with: "\"name\": 3")
        try assertRefused(["snapshot.json:10:", "member.name: expected text in quotes, found a number", "in member \"M1\", at member[0].name"])
    }

    func testAnInvalidChoice() throws {
        try store.replace("\"kind\": \"branch\"", with: "\"kind\": \"brnach\"")
        try assertRefused(["snapshot.json:14:50: ", "org.kind must be one of", "found \"brnach\"", "at org[0].kind"])
    }

    func testAnInvalidDate() throws {
        try store.replace("\"born\": \"1971-11-30\"", with: "\"born\": \"1971-11-31\"")
        try assertRefused(["snapshot.json:11:", "member.born: \"1971-11-31\" is not a day of the calendar", "in member \"M2\""])
    }

    func testADateInTheWrongFormat() throws {
        try store.replace("\"born\": \"1971-11-30\"", with: "\"born\": \"1971/11/30\"")
        try assertRefused(["member.born: expected a date written YYYY-MM-DD, found \"1971/11/30\""])
    }

    func testAnUnknownField() throws {
        try store.replace("\"name\": \"李四\"", with: "\"nmae\": \"李四\"")
        try assertRefused(["member has no field \"nmae\" (did you mean \"name\"?)", "at member[1].nmae"])
    }

    func testTextThatIsNotUTF8() throws {
        // Saved by an editor in GB18030: 张三 as two-byte characters.
        var bytes = Array(BadStoreFixture.snapshotText.utf8)
        let name = Array("张三".utf8)
        let at = bytes.firstRange(of: name)!
        bytes.replaceSubrange(at, with: [0xD5, 0xC5, 0xC8, 0xFD])
        try store.write(snapshotBytes: bytes)
        try assertRefused(["snapshot.json:10:", "not valid UTF-8", "at member[0].name"])
    }

    func testASnapshotOnOneLineIsLocatedByBytePathAndRecord() throws {
        // 1,200 members on one line, as a tool that rewrites JSON compactly leaves it.
        var members: [String] = []
        for i in 1...1200 { members.append(#"{"branch": "JH-01", "code": "M\#(i)", "name": "党员\#(i)"}"#) }
        members.append(#"{"branch": "JH-99", "code": "M1201", "name": "党员1201"}"#)
        let line = #"{"community": [{"code": "JH", "name": "金华社区", "street": "XFL"}], "district": [{"code": "HP", "name": "和平区"}], "format": "jiceng-store", "member": ["#
            + members.joined(separator: ", ")
            + #"], "org": [{"code": "JH-01", "community": "JH", "kind": "branch", "name": "第一支部"}], "schema": 1, "seq": 3, "street": [{"code": "XFL", "district": "HP", "name": "幸福路街道"}]}"#
        try store.write(snapshot: line)
        let byte = Array(line.utf8).firstRange(of: Array("\"JH-99\"".utf8))!.lowerBound
        try assertRefused(["snapshot.json:1:", "no org has the code \"JH-99\"",
                           "where: in member \"M1201\", at member[1200].branch, byte \(byte) of the file"])
    }

    // MARK: journal.jsonl

    func testATornLastLineIsRecoveredWithAWarning() throws {
        var lines = BadStoreFixture.goodJournal
        let last = lines.removeLast()
        let before: Data
        try store.put(Data((lines.joined(separator: "\n") + "\n" + last.prefix(60)).utf8), "journal.jsonl")
        before = try Data(contentsOf: store.journal)
        let result = try jiceng(["run", "-", "--store", store.folder.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "2 2\n", "the commits before the torn line are all there")
        XCTAssertTrue(result.errors.contains("journal.jsonl:3: dropped an incomplete last line"), result.errors)
        XCTAssertEqual(try Data(contentsOf: store.journal), before, "a run that commits nothing leaves the torn line for the next commit to cut")
    }

    func testATornLastLineIsRecoveredWithAWarningInChinese() throws {
        var lines = BadStoreFixture.goodJournal
        let last = lines.removeLast()
        try store.put(Data((lines.joined(separator: "\n") + "\n" + last.prefix(60)).utf8), "journal.jsonl")
        let before = try Data(contentsOf: store.journal)
        let result = try jiceng(["--lang", "zh", "run", "-", "--store", store.folder.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "2 2\n")
        XCTAssertTrue(result.errors.contains("journal.jsonl:3：丢弃了不完整的最后一行（保存时程序意外中断）"), result.errors)
        XCTAssertFalse(result.errors.contains("dropped"), result.errors)
        XCTAssertEqual(try Data(contentsOf: store.journal), before)
    }

    func testATornLineInTheMiddle() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], String(lines[1].prefix(60)), BadStoreFixture.addStreet(seq: 4, code: "S4"), lines[2]])
        try assertRefused(["journal.jsonl:2: the line is cut short (a commit interrupted by a crash), yet more lines follow it",
                           "if the next line is change 4", "delete line 2"])
    }

    func testAJournalLineThatIsNotJSON() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1], "<<<<<<< HEAD", lines[2]])
        try assertRefused(["journal.jsonl:3:1: the line is not JSON", "found \"<<<<<<< HEAD\"",
                           "head -n 2 journal.jsonl > journal.cut", "commits up to change 4",
                           "move journal.jsonl aside to open the store as of its snapshot (change 3)"])
    }

    func testAnEditedJournalLine() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1].replacingOccurrences(of: "街道S4", with: "新街道"), lines[2]])
        try assertRefused(["journal.jsonl:2: the line was changed after Jiceng wrote it", "move journal.jsonl aside"])
    }

    func testAnEmptyJournal() throws {
        try store.put(Data(), "journal.jsonl")
        try assertRefused(["journal.jsonl: the file is empty", "move journal.jsonl aside"])
    }

    func testAJournalWithoutItsHeader() throws {
        try store.write(journal: Array(BadStoreFixture.goodJournal.dropFirst()))
        try assertRefused(["journal.jsonl:1: the first line should be the journal's header", "the header is missing",
                           "put the header back"])
    }

    func testAChangeMissingFromTheJournal() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[2]])
        try assertRefused(["journal.jsonl:2:1: the line is change 5, but change 4 should come next: change 4 is missing"])
    }

    func testAChangeRepeatedInTheJournal() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1], lines[1], lines[2]])
        try assertRefused(["journal.jsonl:3:1: the line is change 4 again", "head -n 2 journal.jsonl"])
    }

    func testAJournalAheadOfAMissingSnapshot() throws {
        try FileManager.default.removeItem(at: store.snapshot)
        try assertRefused(["journal.jsonl:1: the journal continues from change 3, but there is no snapshot.json",
                           "put back the snapshot.json that goes with this journal"])
    }

    func testAJournalLineReferringToAMissingRecord() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1], BadStoreFixture.addStreet(seq: 5, code: "S5", district: "XX")])
        try assertRefused(["journal.jsonl:3:", "no district has the code \"XX\"", "in street \"S5\", at changes[0].set.district"])
    }

    func testAJournalLineAddingACodeThatIsTaken() throws {
        let lines = BadStoreFixture.goodJournal
        try store.write(journal: [lines[0], lines[1], BadStoreFixture.addStreet(seq: 5, code: "XFL")])
        try assertRefused(["journal.jsonl:3:", "the change does not fit the store", "another street already has this code",
                           "in street \"XFL\", at changes[0]"])
    }

    func testAJournalLineWithAValueOfTheWrongType() throws {
        let lines = BadStoreFixture.goodJournal
        let body = #"{"seq":5,"time":"2026-01-01T00:00:00Z","user":"li","source":"","command":"set","changes":[{"op":"update","kind":"member","code":"M1","set":{"born":19600504}}]"#
        try store.write(journal: [lines[0], lines[1], BadStoreFixture.sealed(body)])
        try assertRefused(["journal.jsonl:3:", "member.born: expected a date written as text", "in member \"M1\", at changes[0].set.born"])
    }

    func testAJournalLineWithAnUnknownChoice() throws {
        let lines = BadStoreFixture.goodJournal
        let body = #"{"seq":5,"time":"2026-01-01T00:00:00Z","user":"li","source":"","command":"set","changes":[{"op":"update","kind":"member","code":"M1","set":{"status":"gone"}}]"#
        try store.write(journal: [lines[0], lines[1], BadStoreFixture.sealed(body)])
        try assertRefused(["journal.jsonl:3:", "member \"M1\"", "status"])
    }

    // MARK: The folder and its files

    func testALockFileAndATemporaryFileLeftBehindAreHarmless() throws {
        // A killed process leaves its lock file (the kernel drops the lock itself) and,
        // killed during a checkpoint, a half-written snapshot.json.tmp.
        try store.put(Data("{\n  \"agreement\": [".utf8), "snapshot.json.tmp")
        let before = try store.fingerprint()
        let result = try jiceng(["run", "-", "--store", store.folder.path])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.output, "2 3\n")
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(try store.fingerprint(), before)
    }

    func testAFolderWhereTheSnapshotBelongs() throws {
        try FileManager.default.removeItem(at: store.snapshot)
        try FileManager.default.createDirectory(at: store.snapshot, withIntermediateDirectories: false)
        try assertRefused(["snapshot.json: this is a folder, where the store keeps a file", "move the folder"])
    }

    func testAFolderWhereTheJournalBelongs() throws {
        try FileManager.default.removeItem(at: store.journal)
        try FileManager.default.createDirectory(at: store.journal, withIntermediateDirectories: false)
        try assertRefused(["journal.jsonl: this is a folder, where the store keeps a file"])
    }

    func testAFolderWhereTheLockBelongs() throws {
        let lock = store.folder.appendingPathComponent("lock")
        try FileManager.default.removeItem(at: lock)
        try FileManager.default.createDirectory(at: lock, withIntermediateDirectories: false)
        try assertRefused(["lock: this is a folder, where the store keeps a file"])
    }

    func testAStorePathThatIsAFile() throws {
        let file = home.root.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        let result = try jiceng(["run", "-", "--store", file.path])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.errors.contains("notes.txt: this is a file, where the store needs a folder"), result.errors)
        XCTAssertEqual(try Data(contentsOf: file), Data("x".utf8))
    }

    /// Permissions mean nothing to root: the store is handed to `nobody`, who runs jiceng.
    private func unprivilegedUser() throws -> String? {
        guard getuid() == 0 else { return nil }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("running as root without setpriv: a permission test cannot be made to fail")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: store.folder.path) + [""] {
            let path = name.isEmpty ? store.folder.path : store.folder.appendingPathComponent(name).path
            try FileManager.default.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.root.path)
        return "65534"
    }

    func testAnUnreadableSnapshot() throws {
        let user = try unprivilegedUser()
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: store.snapshot.path)
        try assertRefused(["snapshot.json: permission denied", "chmod u+rw"], asUser: user)
    }

    func testAnUnreadableJournal() throws {
        let user = try unprivilegedUser()
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: store.journal.path)
        try assertRefused(["journal.jsonl: permission denied", "chmod u+rw"], asUser: user)
    }

    func testAnUnreadableStoreFolder() throws {
        let user = try unprivilegedUser()
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: store.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: store.folder.path) }
        let result = try jiceng(["run", "-", "--store", store.folder.path], asUser: user)
        XCTAssertEqual(result.status, 65, result.errors)
        XCTAssertTrue(result.errors.contains("bad-store: permission denied: this user may not use the store folder"), result.errors)
        XCTAssertTrue(result.errors.contains("chmod u+rwx"), result.errors)
    }

    // MARK: Every command that opens the store refuses the same way

    func testCheckExportAndThePipedConsoleRefuseWith65Too() throws {
        try store.replace("\"code\": \"M2\"", with: "\"code\": \"M1\"")
        try assertRefused(["two member records have the code \"M1\""], command: ["check"])
        try assertRefused(["two member records have the code \"M1\""], command: ["export", "members", "--format", "csv"])
        try assertRefused(["two member records have the code \"M1\""], command: [])
    }
}
