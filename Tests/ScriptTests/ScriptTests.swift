import Foundation
import JicengLang
import XCTest

/// Runs every `tests/scripts/**/*.jc` and `examples/*.jc` in-process, each in a fresh
/// interpreter (language scripts) or a fresh session over a temporary store (command
/// scripts and examples; see ScriptEnvironment), and checks its output, errors and exit
/// status against the script's own `# expect` comments.
final class ScriptTests: XCTestCase {
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
        let host = try ScriptEnvironment.for(path, root: root).make(path, root, source)
        defer { host.finish() }
        let interpreter = host.interpreter
        ScriptLimits(source: source).apply(to: &interpreter.limits)
        let language = ScriptLanguage(source: source).language
        interpreter.messageLanguage = language
        var out = ""
        interpreter.output = { out += $0 }
        var errors: [String] = []
        var helps: [String] = []
        var exit: Int32 = 0
        do {
            try host.run(source, path.path)
        } catch let error as ScriptError {
            exit = 1
            errors = error.diagnostics.map { "\($0.location) \($0.message.text(language))" }
            helps = error.diagnostics.compactMap { $0.help?.text(language) }
        }
        var after: [String] = []
        do { after = try host.after() } catch let error as ScriptError {
            after = error.diagnostics.map { "error: \($0.location) \($0.message.text(language))" }
        }
        return ScriptExpectations(output: ScriptHost.lines(out), errors: errors, helps: expected.helps == nil ? nil : helps,
                                  exit: exit, after: after)
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
