import Foundation
import XCTest

/// `jiceng run` with options in their plain spelling is read without ArgumentParser (for
/// start-up time); written `--option=value` the same arguments go through ArgumentParser.
/// Both readings must run the same: same output, same errors, same exit status.
final class QuickRunTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private func jiceng(_ arguments: [String], input: String = "") throws -> ProcessRun {
        try ProcessRun.run(Binaries.jiceng, arguments, input: input, environment: home.environment())
    }

    /// Runs `arguments` as written, then with every `--option value` pair joined as
    /// `--option=value`, and checks the two runs agree; returns the first.
    private func bothWays(_ arguments: [String], input: String = "", store: String,
                          file: StaticString = #filePath, line: UInt = #line) throws -> ProcessRun {
        var joined: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if ["--store", "--var", "--today", "--lang", "--color", "--files"].contains(a), i + 1 < arguments.count {
                joined.append(a + "=" + arguments[i + 1])
                i += 2
            } else {
                joined.append(a)
                i += 1
            }
        }
        XCTAssertNotEqual(joined, arguments, "nothing to join", file: file, line: line)
        try? FileManager.default.removeItem(atPath: store)
        let plain = try jiceng(arguments, input: input)
        try? FileManager.default.removeItem(atPath: store)
        let parsed = try jiceng(joined, input: input)
        XCTAssertEqual(plain.status, parsed.status, "status", file: file, line: line)
        XCTAssertEqual(plain.output, parsed.output, "output", file: file, line: line)
        XCTAssertEqual(plain.errors, parsed.errors, "errors", file: file, line: line)
        return plain
    }

    func testEveryPlainOptionRunsAsArgumentParserReadsIt() throws {
        let store = home.root.appendingPathComponent("store").path
        let script = try home.write("print who, n + 1, today()\nadd street \"翠苑街道\" code \"S1\"\nprint count(streets)\n", to: "s.jc")
        let run = try bothWays(["run", "--store", store, "--var", "who=张三", "--var", "n=41", "--today", "2026-01-31",
                                "--color", "never", "--dry-run", script], store: store)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.hasPrefix("张三 42 2026-01-31\n"), run.output)

        let failing = try home.write("print 1 / 0\nprint \"after\"\n", to: "f.jc")
        let keepGoing = try bothWays(["run", "--keep-going", "--lang", "zh", "--store", store, failing, script], store: store)
        XCTAssertEqual(keepGoing.status, 1)
        XCTAssertFalse(keepGoing.errors.isEmpty)

        let stdin = try bothWays(["run", "--store", store, "--show-pii", "--files", "none", "-"], input: "print 6 * 7\n", store: store)
        XCTAssertEqual(stdin.output, "42\n")

        let missing = try bothWays(["run", "--store", store, home.root.appendingPathComponent("nowhere.jc").path], store: store)
        XCTAssertNotEqual(missing.status, 0)
    }

    func testArgumentsArgumentParserRefusesAreRefusedTheSameWay() throws {
        let store = home.root.appendingPathComponent("store").path
        let script = try home.write("print 1\n", to: "s.jc")
        for bad in [["--today", "2026-13-01"], ["--color", "purple"], ["--lang", "fr"], ["--var", "=x"],
                    ["--files", home.root.appendingPathComponent("nowhere").path]] {
            let run = try bothWays(["run", "--store", store] + bad + [script], store: store)
            XCTAssertEqual(run.status, 64, "\(bad): \(run.errors)")
        }
    }
}
