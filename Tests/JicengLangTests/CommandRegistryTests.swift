import JicengBase
import XCTest
@testable import JicengLang

final class CommandRegistryTests: XCTestCase {
    private func interpreterWithAward() throws -> (Interpreter, OutputBox) {
        let i = Interpreter()
        let out = OutputBox()
        i.output = { out.text += $0 }
        let known = ["M0001", "M0090"]
        try i.register(command: CommandSyntax(
            id: "award", english: "award <points> points to member <member>", chinese: "奖励 <points> 积分 给 党员 <member>",
            clauses: [.init("for <reason>", "因 <reason>")], summary: "adds points")) { call in
            guard case .string(let code) = call.arguments[1]!, known.contains(code) else {
                throw call.unknown("member", call.arguments[1]!.displayText, at: 1, candidates: known)
            }
            guard case .int(let n) = call.arguments[0]!, n > 0 else {
                throw ValueError(RuntimeErrorID.badArgument, Message(english: "points must be a positive whole number",
                                                                      chinese: "积分须为正整数"), argument: 0)
            }
            call.output("\(code) +\(n) \(call.arguments[2]?.displayText ?? "-")")
            return .int(n)
        }
        return (i, out)
    }

    func testHandlerGetsArgumentsBySlotInBothPhrasings() throws {
        let (i, out) = try interpreterWithAward()
        try i.run("award 5 points to member \"M0001\" for \"志愿服务\"\n奖励 2 积分 给 党员 \"M0090\"")
        XCTAssertEqual(out.text, "M0001 +5 志愿服务\nM0090 +2 -\n")
        XCTAssertEqual(try i.run("let n = award 1 points to member \"M0001\"\nn * 10"), .int(10))
    }

    func testCommandsRunInLoopsWithExpressionArguments() throws {
        let (i, out) = try interpreterWithAward()
        try i.run("for c in [\"M0001\", \"M0090\"] { award 1 points to member c }")
        XCTAssertEqual(out.text, "M0001 +1 -\nM0090 +1 -\n")
    }

    func testUnknownArgumentIsLocatedWithASuggestion() throws {
        let (i, _) = try interpreterWithAward()
        XCTAssertThrowsError(try i.run("award 5 points to member \"M0099\"", file: "m.jc")) { e in
            let d = (e as! ScriptError).diagnostics[0]
            XCTAssertEqual(d.message.english, "unknown member \"M0099\"")
            XCTAssertEqual(d.location, SourceLocation(line: 1, column: 26))
            XCTAssertEqual(d.help?.english, "did you mean \"M0090\"?")
        }
    }

    func testAValueErrorIsLocatedAtItsSlot() throws {
        let (i, _) = try interpreterWithAward()
        XCTAssertThrowsError(try i.run("award 0 points to member \"M0001\"")) { e in
            XCTAssertEqual((e as! ScriptError).diagnostics[0].location, SourceLocation(line: 1, column: 7))
        }
    }

    func testDeclaringACommandTwiceIsRefused() throws {
        let (i, _) = try interpreterWithAward()
        XCTAssertThrowsError(try i.register(command: CommandSyntax(id: "award", english: "award2 <x>", summary: "")) { _ in .nil })
    }

    func testHelpTopicsComeFromTheRegistry() throws {
        let (i, out) = try interpreterWithAward()
        i.commands.addTopic("points") { "积分 rules" }
        try i.run("help points\nhelp award")
        XCTAssertTrue(out.text.hasPrefix("积分 rules\n"), out.text)
        XCTAssertTrue(out.text.contains("award <points> points to member <member> [for <reason>]"), out.text)
    }
}
