import Foundation
import JicengLang
import XCTest

/// Runs every `tests/scripts/**/*.jc` and `examples/*.jc` in-process, each in a fresh
/// interpreter, and checks its output, errors and exit status against the script's own
/// `# expect` comments.
final class ScriptTests: XCTestCase {
    /// The environment scripts run in; a later layer replaces it with one that has the
    /// domain's commands and a temporary store.
    nonisolated(unsafe) static var environment = ScriptEnvironment.language

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryScript() throws {
        let scripts = ScriptTests.findScripts()
        XCTAssertGreaterThan(scripts.count, 0, "no scripts found under \(ScriptTests.root.path)")
        for script in scripts {
            let relative = String(script.path.dropFirst(ScriptTests.root.path.count + 1))
            let source = try String(contentsOf: script, encoding: .utf8)
            let expected = ScriptExpectations(source: source)
            let actual = try ScriptTests.run(source, at: script, expected: expected)
            if actual != expected {
                XCTFail("\(relative)\n\(expected.difference(from: actual))")
            }
        }
    }

    static func run(_ source: String, at path: URL, expected: ScriptExpectations) throws -> ScriptExpectations {
        let interpreter = try environment.make(path, root)
        defer { environment.finish(interpreter) }
        ScriptLimits(source: source).apply(to: &interpreter.limits)
        var out = ""
        interpreter.output = { out += $0 }
        var errors: [String] = []
        var helps: [String] = []
        var exit: Int32 = 0
        do {
            try interpreter.run(source, file: path.path)
        } catch {
            exit = 1
            errors = error.diagnostics.map { "\($0.location) \($0.message)" }
            helps = error.diagnostics.compactMap(\.help)
        }
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return ScriptExpectations(output: lines, errors: errors, helps: expected.helps == nil ? nil : helps, exit: exit)
    }

    static func findScripts() -> [URL] {
        var found: [URL] = []
        for folder in ["tests/scripts", "examples"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "jc" {
                // Files under a `lib` folder are run by other scripts, not on their own.
                if file.pathComponents.contains("lib") { continue }
                found.append(file)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
