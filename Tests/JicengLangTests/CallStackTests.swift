import XCTest
@testable import JicengLang

/// Calls keep their slots on the runtime's value stack: what scripts cannot observe is
/// that every way out of a call gives the slots back, and that a call the stack has no
/// room for still runs.
final class CallStackTests: XCTestCase {
    private func slotsInUse(_ i: Interpreter) -> Int {
        let stack = i.runtime.hot.pointee.stack
        return stack.top - stack.start
    }

    func testEveryWayOutOfACallGivesItsSlotsBack() throws {
        let i = Interpreter(limits: Limits(maxCallDepth: 50))
        try i.run("def down(n) { let m = n + 1\n return down(m) }\ndef fail(n) { if n == 0 { return 1 / 0 }\n return fail(n - 1) }")
        XCTAssertThrowsError(try i.run("down(0)"))
        XCTAssertEqual(slotsInUse(i), 0, "after the depth limit")
        XCTAssertThrowsError(try i.run("fail(20)"))
        XCTAssertEqual(slotsInUse(i), 0, "after a runtime error deep down")
        i.limits = Limits(maxSteps: 30)
        XCTAssertThrowsError(try i.run("down(0)"))
        XCTAssertEqual(slotsInUse(i), 0, "after the step limit")
        i.limits = Limits()
        XCTAssertEqual(try i.run("def fib(n) { if n < 2 { return n }\n return fib(n - 1) + fib(n - 2) }\nfib(15)"), .int(610))
        XCTAssertEqual(slotsInUse(i), 0, "after calls that returned")
    }

    func testTheNativeStackGuardEndsARecursionTheDepthLimitWouldAllow() throws {
        var limits = Limits(maxCallDepth: 10_000_000)
        limits.maxNativeStack = 512 * 1024
        let i = Interpreter(limits: limits)
        XCTAssertThrowsError(try i.run("def down(n) { return down(n + 1) }\ndown(0)")) { error in
            XCTAssertTrue((error as? ScriptError)?.diagnostics.first?.message.description.contains("too many nested calls") == true, "\(error)")
        }
        XCTAssertEqual(slotsInUse(i), 0)
    }

    func testCallsTheValueStackHasNoRoomForRunInHeapFrames() throws {
        // Enough locals that the recursion needs more slots than the stack holds.
        let locals = ValueStack.capacity / 500 + 1
        let lets = (0..<locals).map { "let v\($0) = n + \($0)" }.joined(separator: "\n")
        let i = Interpreter(limits: Limits(maxCallDepth: 1_000))
        try i.run("def deep(n) {\n\(lets)\nif n == 0 { return v1 }\nreturn deep(n - 1) + v0 - n\n}")
        XCTAssertEqual(try i.run("deep(600)"), .int(1))
        XCTAssertEqual(slotsInUse(i), 0)
    }

    func testOnlyFramesClosuresMayCaptureAreMarkedSo() throws {
        let i = Interpreter()
        let file = SourceFile(name: "t.jc", text: "def outer(a) {\n def inner(x) { return a + x }\n return inner\n}\ndef plain(b) { return b }")
        let parsed = Parser.parse(file, symbols: i.symbols, commands: i.currentGrammar())
        let resolution = try Resolver.resolve(parsed.program, env: i.env) { _ in true }
        let capturable = resolution.functions.values.map(\.capturable).sorted { !$0 && $1 }
        XCTAssertEqual(capturable, [false, false, true], "inner and plain on the stack, outer on the heap")
        XCTAssertTrue(resolution.script.capturable)
    }
}
