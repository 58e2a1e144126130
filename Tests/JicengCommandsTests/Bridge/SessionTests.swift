import Foundation
import JicengCommands
import JicengDomain
import JicengLang
import XCTest

final class SessionTests: XCTestCase {
    private var t: TestSession!

    override func setUpWithError() throws { t = try TestSession() }
    override func tearDown() { t.remove() }

    func testHistoryShowsEachChangeWithPersonalDataMasked() throws {
        try t.repl(#"add member "王五" code "M1" idcard "11010519491231002X" phone "13912345678""#)
        try t.repl(#"set member "M1" phone "13800000000""#)
        try t.repl(#"add member "赵六" code "M2""#)
        let all = try t.repl("history")
        XCTAssertTrue(all.contains(#"add member "王五" code "M1" idcard "110105********002X" phone "139****5678""#), all)
        XCTAssertTrue(all.contains(#"set member "M1" phone "138****0000""#), all)
        XCTAssertTrue(all.contains("tester <stdin>:1"), all)
        for secret in ["11010519491231002X", "13912345678", "13800000000"] {
            XCTAssertFalse(all.contains(secret), "history shows \(secret) in the clear:\n\(all)")
        }
        let one = try t.repl(#"history for member "M1""#)
        XCTAssertEqual(one.components(separatedBy: "\n").filter { $0.hasPrefix("#") }.count, 2, one)
        XCTAssertFalse(one.contains("M2"), one)
        // A record held in a variable needs no kind word; a string does.
        try t.repl(#"let m = members[0]"#)
        XCTAssertEqual(try t.repl("history for m"), one)
        XCTAssertThrowsError(try t.repl(#"history for "M1""#)) { error in
            XCTAssertTrue("\(error)".contains("give its kind"), "\(error)")
        }
        // The journal keeps the command text masked too (the audit trail is built from it).
        let journal = try String(contentsOfFile: t.folder + "/journal.jsonl", encoding: .utf8)
        XCTAssertTrue(journal.contains(#"110105********002X"#), journal)
    }

    /// On a city, a name typed inside a command's string completes from that slot's kind
    /// only: a street's names after `in street "`, not the communities and units named after it.
    func testCompletionInsideAStringOffersTheSlotsKind() throws {
        try t.repl(#"add street "新风路街道" code "XFL""#)
        try t.repl(#"add community "新风路社区" code "XFLC" street "XFL""#)
        try t.repl(#"add org "新风路社区党委" code "XFLC-PC" kind committee community "XFLC""#)
        let i = t.session.interpreter
        func complete(_ line: String) -> [String] { i.completions(line: line, cursor: line.count).candidates }
        XCTAssertEqual(complete(#"report by community in street "新"#), ["新风路街道"])
        XCTAssertEqual(complete(#"assign member "M1" to branch "新"#), ["新风路社区党委"])
        XCTAssertEqual(complete(#"history for community "新"#), ["新风路社区"])
        XCTAssertEqual(complete(#"print "新"#), ["新风路社区", "新风路社区党委", "新风路街道"])
    }

    func testTheReplEchoesValuesButNotWhatACommandAnnounced() throws {
        let v = try t.session.execute(#"add district "西城区""#, file: "<stdin>", kind: .interactive)
        XCTAssertTrue(v.isNil)
        XCTAssertEqual(t.output, "created district DS1\n")
        let w = try t.session.execute(#"districts[0]"#, file: "<stdin>", kind: .interactive)
        XCTAssertEqual(w.displayText, "district DS1 西城区")
    }

    func testAFailedStatementLeavesMemoryAndFilesAsTheyWere() throws {
        try t.repl(#"add district "西城区" code "XC""#)
        XCTAssertThrowsError(try t.repl(#"add street "a" code "S1" district "XC"; add street "b" code "S2" district "XD""#))
        XCTAssertEqual(t.session.database.streets.count, 0)
        XCTAssertEqual(try t.reloaded().database.streets.count, 0)
        XCTAssertEqual(try t.reloaded().database.districts.count, 1)
    }

    func testShowToAFileRendersByTheExtensionPrivately() throws {
        try t.repl(#"add member "张三" code "M1" phone "13900001234""#)
        let path = t.folder + "/roster.csv"
        try t.repl("show members to \"\(path)\"")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a CSV for a file starts with the byte order mark (Excel)")
        XCTAssertTrue(text.contains("code,name,"), text)
        XCTAssertTrue(text.contains("139****1234"), text)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        try t.repl("show members as markdown to \"\(t.folder)/roster.txt\"")
        XCTAssertTrue(try String(contentsOfFile: t.folder + "/roster.txt", encoding: .utf8).hasPrefix("| code | name"))
    }

    func testFilesScriptsWriteArePrivateUnderAPermissiveUmaskAndOverAnOpenFile() throws {
        let previous = umask(0)
        defer { umask(previous) }
        try t.repl(#"add member "张三" code "M1" phone "13900001234""#)
        let open = t.folder + "/open.csv"
        FileManager.default.createFile(atPath: open, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        for (statement, file) in [("show members to \"\(t.folder)/new.md\"", "new.md"), ("report by street to \"\(t.folder)/r.html\"", "r.html"),
                                  ("export members to \"\(t.folder)/e.json\" format json", "e.json"), ("export members to \"\(open)\"", "open.csv")] {
            try t.repl(statement)
            let mode = try FileManager.default.attributesOfItem(atPath: t.folder + "/" + file)[.posixPermissions] as? NSNumber
            XCTAssertEqual(mode?.intValue, 0o600, statement)
        }
        XCTAssertTrue(try String(contentsOfFile: open, encoding: .utf8).contains("139****1234"), "written over")
    }

    func testChineseHeadersAndChoiceWordsWithLangZh() throws {
        t.session.options.language = .zh
        try t.repl(#"add member "张三" code "M1" status "floating_out""#)
        let shown = try t.repl("show members select code, name")
        XCTAssertTrue(shown.contains("code | name"), shown)
        let table = try t.repl("show members")
        XCTAssertTrue(table.contains("编号") && table.contains("流出"), table)
    }

    func testSaveFoldsTheJournalIntoTheSnapshot() throws {
        try t.repl(#"add district "西城区" code "XC""#)
        try t.repl("save")
        let journal = try String(contentsOfFile: t.folder + "/journal.jsonl", encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 1, "only the header is left: \(journal)")
        XCTAssertEqual(try t.reloaded().database.districts.count, 1)
    }
}
