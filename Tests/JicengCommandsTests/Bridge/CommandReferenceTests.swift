import Foundation
import JicengCommands
import JicengLang
import XCTest

/// docs/COMMANDS.md is generated from the registry; it must match what the registry
/// says now, and every example in it must parse and resolve.
final class CommandReferenceTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheCommittedReferenceIsCurrent() throws {
        let path = CommandReferenceTests.root.appendingPathComponent("docs/COMMANDS.md")
        let committed = try String(contentsOf: path, encoding: .utf8)
        let generated = CommandReference.markdown()
        guard committed != generated else { return }
        let committedLines = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(committedLines, generatedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(committedLines.count, generatedLines.count)
        XCTFail("""
            docs/COMMANDS.md is stale (first difference at line \(first + 1)); regenerate it with:
                \(CommandReference.regenerate)
            """)
    }

    func testEveryExampleOfEveryCommandParsesAndResolves() throws {
        let session = try JicengSession(options: SessionOptions(inMemory: true, user: "test"))
        for command in session.interpreter.commands.commands {
            for example in command.examples {
                let problems = session.interpreter.check(example, file: "\(command.id) example")
                XCTAssertTrue(problems.isEmpty, "\(command.id): \(example)\n\(problems.map(\.message))")
            }
        }
    }
}
