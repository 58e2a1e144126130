import Foundation
import XCTest

/// The reliability cases through the real `jiceng run`, on generated files: each ends
/// with an error that names the file, line and column (or with its result, where the
/// size is allowed), and exit status 1 — never a crash (a signal) or a stack overflow.
/// The Interpreter-level twins, with more cases, are JicengLangTests.LimitTests.
final class LimitCommandTests: XCTestCase {
    private var home: TestHome!

    override func setUpWithError() throws { home = try TestHome() }
    override func tearDown() { home.remove() }

    private static let huge = 100_000

    private func run(_ bytes: [UInt8]) throws -> ProcessRun {
        let path = home.root.appendingPathComponent("limit.jc").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return try ProcessRun.run(Binaries.jiceng, ["run", "--store", home.root.appendingPathComponent("store").path, path],
                                  environment: home.environment())
    }

    private func assertFails(_ text: String, _ id: String, at location: String, _ what: String,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(Array(text.utf8))
        XCTAssertEqual(r.status, 1, "\(what): \(r.errors.prefix(300))", file: file, line: line)
        XCTAssertTrue(r.errors.hasPrefix("error[\(id)]"), "\(what): \(r.errors.prefix(300))", file: file, line: line)
        XCTAssertTrue(r.errors.contains("limit.jc:\(location)"), "\(what): \(r.errors.prefix(300))", file: file, line: line)
        XCTAssertLessThan(r.errors.utf8.count, 4_000, "\(what): the error repeats the generated line", file: file, line: line)
    }

    private static func repeated(_ s: String, _ n: Int = huge) -> String { String(repeating: s, count: n) }

    func testDeepNestingIsALocatedError() throws {
        try assertFails(Self.repeated("(") + "1" + Self.repeated(")"), "E0204", at: "1:201", "100,000 '('")
        try assertFails(Self.repeated("[") + Self.repeated("]"), "E0204", at: "1:201", "100,000 '['")
        try assertFails(Self.repeated("if true { ") + Self.repeated("}"), "E0204", at: "1:2004", "100,000 blocks")
        try assertFails("let a = [1]\nprint a" + Self.repeated("[0]"), "E0204", at: "2:3605", "100,000 indexes")
    }

    func testRunawayRecursionAndHugeTextAreLocatedErrors() throws {
        try assertFails("def f(n) { return f(n + 1) }\nf(0)", "E0407", at: "1:19", "runaway recursion")
        try assertFails("print len(\"x\" * 1000000000)", "E0414", at: "1:11", "\"x\" * 10^9")
        try assertFails("let l = 1..100000000000\nprint len(l)", "E0413", at: "1:9", "a range of 10^11 as a list")
    }

    func testBigButAllowedInputRuns() throws {
        // (A 100,000-branch `else if` chain and a million-item list literal run in LimitTests.)
        let range = try run(Array("print len(1..1000000)\n".utf8))
        XCTAssertEqual(range.output, "1000000\n", String(range.errors.prefix(300)))
        // A string literal of ten megabytes on one line (a debug build takes seconds per 10 MB).
        let literal = try run(Array("print len(\"".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10_000_000) + Array("\")\n".utf8))
        XCTAssertEqual(literal.status, 0, String(literal.errors.prefix(300)))
        XCTAssertEqual(literal.output, "10000000\n")
    }

    func testAListNestedAHundredThousandDeepIsFreedAtExit() throws {
        let r = try run(Array("let l = []\nfor k in 1..\(Self.huge) { l = [l] }\nprint len(l)\n".utf8))
        XCTAssertEqual(r.status, 0, String(r.errors.prefix(300)))
        XCTAssertEqual(r.output, "1\n")
    }

    func testNULAndInvalidUTF8AreLocated() throws {
        try assertFails("print 1\0\nprint 2\n", "E0102", at: "1:8", "a NUL byte")
        let invalid = try run(Array("print 1\nprint \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8))
        XCTAssertEqual(invalid.status, 64, invalid.errors)
        XCTAssertTrue(invalid.errors.contains("limit.jc: not UTF-8 text at line 2, column 8 (byte 0xFF)"), invalid.errors)
    }
}
