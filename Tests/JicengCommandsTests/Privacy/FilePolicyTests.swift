import Foundation
import JicengBase
import JicengCommands
import JicengLang
import XCTest

/// The file policy against every operation a script can touch a file with — `run` and
/// `import` read, `export`, `show … to` and `report … to` write — for each policy and
/// each way of naming a file: inside, `..`, an absolute path, a symbolic link to a file
/// outside, a link to a folder outside, a link that leads nowhere.
final class FilePolicyTests: XCTestCase {
    private var root = ""
    private var allowed: String { root + "/allowed" }
    private var outside: String { root + "/outside" }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jiceng-files-\(UUID().uuidString)").path
        // The folder the test names through a link of its own (macOS's /tmp is one), so
        // the messages name the real path.
        root = RealPath.resolve(root) ?? root
        for folder in [allowed, allowed + "/sub", outside] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        for (name, text) in Operation.readFixtures {
            try text.write(toFile: allowed + "/in." + name, atomically: true, encoding: .utf8)
            try text.write(toFile: outside + "/x." + name, atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: allowed + "/link." + name, withDestinationPath: "../outside/x." + name)
            try FileManager.default.createSymbolicLink(atPath: allowed + "/inner." + name, withDestinationPath: "sub/../in." + name)
        }
        try FileManager.default.createSymbolicLink(atPath: allowed + "/dirlink", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: allowed + "/nowhere.csv", withDestinationPath: outside + "/missing.csv")
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    enum Operation: String, CaseIterable {
        case run, importCSV, export, show, report

        var access: FileAccess { self == .run || self == .importCSV ? .read : .write }
        var fileExtension: String { self == .run ? "jc" : "csv" }

        /// What the files read are given to hold: a script that prints, a roster.
        static let readFixtures = [("jc", "print \"ran\"\n"), ("csv", "name\n张三\n")]

        func statement(_ path: String) -> String {
            switch self {
            case .run: "run \"\(path)\""
            case .importCSV: "import members from \"\(path)\""
            case .export: "export members to \"\(path)\""
            case .show: "show members to \"\(path)\""
            case .report: "report by street as csv to \"\(path)\""
            }
        }

        /// What a successful run shows of itself.
        func succeeded(_ printed: String) -> Bool {
            switch self {
            case .run: printed.contains("ran")
            case .importCSV: printed.contains("imported 1 member")
            case .export, .show, .report: true
            }
        }
    }

    /// Where a name leads, and what the folder policy says of it.
    enum Naming: CaseIterable {
        case inside, insideThroughALink, dotDot, absolute, fileLink, folderLink, linkToNothing

        func path(_ op: Operation, root: String) -> String {
            let ext = op.fileExtension
            let written = op.access == .write ? "w-\(op.rawValue)-\(self)." + ext : nil
            switch self {
            case .inside: return written.map { "sub/../" + $0 } ?? "in." + ext
            case .insideThroughALink: return written.map { "dirlink/../allowed/" + $0 } ?? "inner." + ext
            case .dotDot: return "../outside/" + (written ?? "x." + ext)
            case .absolute: return root + "/outside/" + (written ?? "x." + ext)
            case .fileLink: return "link." + ext
            case .folderLink: return "dirlink/" + (written ?? "x." + ext)
            case .linkToNothing: return "nowhere.csv"
            }
        }

        /// The refusal under `.onlyUnder(allowed)`; nil when the file is inside.
        var refusal: String? {
            switch self {
            case .inside, .insideThroughALink: nil
            case .dotDot, .absolute: "is outside the allowed folder"
            case .fileLink, .folderLink: "leads outside the allowed folder through a symbolic link"
            case .linkToNothing: "a symbolic link to nothing"
            }
        }
    }

    private func session(_ policy: FilePolicy) throws -> (JicengSession, () -> String) {
        var options = SessionOptions(storePath: root + "/store-\(UUID().uuidString)", user: "tester")
        options.today = Day(year: 2025, month: 6, day: 30)
        options.filePolicy = policy
        let session = try JicengSession(options: options)
        let box = OutputText()
        session.interpreter.output = { box.text += $0 }
        try session.execute(#"add street "幸福路街道" code "XFL"; add member "李四" code "M1" phone "13900001234""#,
                            file: "<setup>", kind: .interactive)
        return (session, { defer { box.text = "" }; return box.text })
    }

    private func attempt(_ session: JicengSession, _ statement: String) -> Result<Void, ScriptError> {
        do {
            try session.execute(statement, file: allowed + "/main.jc", kind: .interactive)
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    func testAFolderPolicyAllowsTheFolderAndNothingOutsideItHoweverNamed() throws {
        let (session, printed) = try session(.onlyUnder(allowed))
        for op in Operation.allCases {
            for naming in Naming.allCases where !(naming == .linkToNothing && op == .run) {
                let path = naming.path(op, root: root)
                let statement = op.statement(path)
                _ = printed()
                switch (attempt(session, statement), naming.refusal) {
                case (.success, nil):
                    XCTAssertTrue(op.succeeded(printed()), statement)
                    if op.access == .write {
                        let written = allowed + "/w-\(op.rawValue)-\(naming).csv"
                        XCTAssertEqual((try? FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? NSNumber)?.intValue,
                                       0o600, "\(statement) writes \(written) privately")
                    }
                case (.success, let refusal?):
                    XCTFail("\(statement) was allowed; expected: \(refusal)")
                case (.failure(let error), nil):
                    XCTFail("\(statement) was refused: \(session.interpreter.formatted(error))")
                case (.failure(let error), let refusal?):
                    let d = error.diagnostics[0]
                    XCTAssertEqual(d.id, RuntimeErrorID.fileDenied, statement)
                    XCTAssertTrue(d.message.english.contains(refusal), "\(statement): \(d.message)")
                    XCTAssertEqual(d.location.line, 1, "located in the script")
                    XCTAssertEqual(d.file.text(of: d.range), "\"\(path)\"", "at the file name: \(statement)")
                }
            }
        }
        // Nothing was written outside, and the file a link pointed at is as it was.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside).sorted(), ["x.csv", "x.jc"])
        XCTAssertEqual(try String(contentsOfFile: outside + "/x.csv", encoding: .utf8), "name\n张三\n")
    }

    func testNoFilesAtAllRefusesEveryOperationSayingWhetherItReadsOrWrites() throws {
        let (session, _) = try session(.denied)
        for op in Operation.allCases {
            let statement = op.statement(Naming.inside.path(op, root: root))
            guard case .failure(let error) = attempt(session, statement) else { XCTFail("\(statement) was allowed"); continue }
            let verb = op.access == .read ? "read" : "write"
            XCTAssertEqual(error.diagnostics[0].message.english,
                           "this console does not allow scripts to \(verb) files (\"\(Naming.inside.path(op, root: root))\")")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: allowed).filter { $0.hasPrefix("w-") }, [])
    }

    func testAnyFileWhenAllowedLinksFollowedAsThePersonMadeThem() throws {
        let (session, printed) = try session(.allowed)
        for op in Operation.allCases {
            for naming in [Naming.inside, .dotDot, .absolute, .fileLink, .folderLink] {
                let statement = op.statement(naming.path(op, root: root))
                _ = printed()
                if case .failure(let error) = attempt(session, statement) {
                    XCTFail("\(statement): \(session.interpreter.formatted(error))")
                } else {
                    XCTAssertTrue(op.succeeded(printed()), statement)
                }
            }
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside + "/w-export-dotDot.csv"))
        XCTAssertNotEqual(try String(contentsOfFile: outside + "/x.csv", encoding: .utf8), "name\n张三\n",
                          "written through the link, as the person asked")
    }

    func testAScriptWithNoFileNamesFilesFromTheAllowedFolder() throws {
        let (session, _) = try session(.onlyUnder(allowed))
        try session.execute(#"show members to "from-stdin.csv""#, file: "<stdin>", kind: .interactive)
        XCTAssertTrue(FileManager.default.fileExists(atPath: allowed + "/from-stdin.csv"))
    }

    func testALinkPutInPlaceAfterTheCheckIsNotFollowed() throws {
        // What the policy cannot see (a link swapped in between its check and the open)
        // the local files refuse: they never follow a link in the final place.
        let link = allowed + "/swapped.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside + "/x.csv")
        XCTAssertThrowsError(try ScriptFiles.local.write(link, "overwritten")) { error in
            XCTAssertTrue((error as? ValueError)?.message.english.contains("symbolic link") == true, "\(error)")
        }
        XCTAssertThrowsError(try ScriptFiles.local.read(link))
        XCTAssertEqual(try String(contentsOfFile: outside + "/x.csv", encoding: .utf8), "name\n张三\n")
    }
}

private final class OutputText: @unchecked Sendable {
    var text = ""
}
