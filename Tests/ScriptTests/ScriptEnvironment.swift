import Foundation
import JicengBase
import JicengCommands
import JicengLang

/// What a script runs in, chosen by where it lives: the language's own scripts
/// (`tests/scripts/lang`, `tests/scripts/syntax`) run in a bare interpreter; every
/// other script (commands, examples) runs in a fresh session over a fresh temporary
/// store, with `today` pinned so derived fields (age, overdue) are reproducible.
///
/// Headers a session script may carry:
///
///     # today: 2025-06-30          the date today() and derived fields use (default below)
///     # run: interactive           each statement commits on its own, as in the REPL or piped input
///     # run: dry-run               run, commit nothing, print the summary
///     # after: count(members)      after the run, reload the store in a new session and print this
///     # lang: zh                   messages, help and table headers in Chinese (any script; see ScriptLanguage)
struct ScriptEnvironment {
    /// A fresh host for the script at `path`, ready to run it.
    var make: (_ path: URL, _ root: URL, _ source: String) throws -> ScriptHost

    static func `for`(_ path: URL, root: URL) -> ScriptEnvironment {
        let relative = path.path.dropFirst(root.path.count + 1)
        if relative.hasPrefix("tests/scripts/lang/") || relative.hasPrefix("tests/scripts/syntax/") { return .language }
        return .session
    }

    /// The pure language: scripts may `run` other files under the repository, and what
    /// they `show … to` a file stays in memory.
    static var language: ScriptEnvironment { ScriptEnvironment { _, root, _ in
        let interpreter = Interpreter()
        interpreter.filePolicy = .onlyUnder(root.path)
        let written = WrittenFiles()
        interpreter.files = ScriptFiles(
            read: { path in try written.text(path) ?? ScriptFiles.local.read(path) },
            write: { path, text in written.store(path, text) })
        return ScriptHost(interpreter: interpreter) { source, file in try interpreter.run(source, file: file) }
    } }

    /// The date session scripts see unless they say otherwise: fixed, so ages and
    /// overdue tasks in expected output never drift.
    static let defaultToday = Day(year: 2025, month: 6, day: 30)!

    /// A session over a temporary store that is removed when the script is done.
    static var session: ScriptEnvironment { ScriptEnvironment { path, root, source in
        let header = SessionScriptHeader(source: source)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("jiceng-script-\(UUID().uuidString)").path
        var options = SessionOptions(storePath: folder, user: "tester")
        options.today = header.today ?? defaultToday
        options.language = ScriptLanguage(source: source).language == .chinese ? .zh : .en
        options.filePolicy = .onlyUnder(root.path)
        let session = try JicengSession(options: options)
        let written = WrittenFiles()
        session.files = ScriptFiles(
            read: { path in try written.text(path) ?? ScriptFiles.local.read(path) },
            write: { path, text in written.store(path, text) },
            readBytes: { path in try written.text(path).map { Array($0.utf8) } ?? ScriptFiles.local.readBytes(path) })
        var afterOutput = ""
        return ScriptHost(interpreter: session.interpreter, run: { source, file in
            try header.run(source, file: file, in: session)
        }, after: {
            guard !header.after.isEmpty else { return [] }
            // A new session reads what the first one committed, from the files.
            let reloaded = try JicengSession(options: options)
            reloaded.interpreter.output = { afterOutput += $0 }
            for statement in header.after { try reloaded.execute(statement, file: "# after", kind: .interactive) }
            return ScriptHost.lines(afterOutput)
        }, finish: {
            try? FileManager.default.removeItem(atPath: folder)
        }, keep: session)
    } }
}

/// One script's interpreter and how to run it.
struct ScriptHost {
    let interpreter: Interpreter
    let run: (_ source: String, _ file: String) throws -> Void
    /// What the `# after:` statements print, run after the script over the reloaded store.
    var after: () throws -> [String] = { [] }
    var finish: () -> Void = {}
    /// Whatever must live as long as the interpreter (the session that owns it).
    var keep: AnyObject?

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The `# today:`, `# run:` and `# after:` headers of a session script.
struct SessionScriptHeader {
    var today: Day?
    var kind = ExecutionKind.script
    var after: [String] = []

    init(source: String) {
        for line in source.split(separator: "\n") {
            if let v = SessionScriptHeader.value(line, "# today:") { today = Day(v) }
            if let v = SessionScriptHeader.value(line, "# run:") {
                kind = v == "interactive" ? .interactive : v == "dry-run" ? .dryRun : .script
            }
            if let v = SessionScriptHeader.value(line, "# after:") { after.append(v) }
        }
    }

    private static func value(_ line: Substring, _ tag: String) -> String? {
        guard line.hasPrefix(tag) else { return nil }
        return line.dropFirst(tag.count).trimmingCharacters(in: .whitespaces)
    }

    /// A script as a whole (one transaction), or statement by statement as piped input
    /// is run: each complete statement commits on its own and an error does not stop
    /// the rest (the errors are collected and thrown at the end).
    func run(_ source: String, file: String, in session: JicengSession) throws {
        guard kind == .interactive else {
            try session.execute(source, file: file, kind: kind)
            return
        }
        var diagnostics: [Diagnostic] = []
        var chunk = "", firstLine = 1
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if chunk.isEmpty { firstLine = i + 1 }
            chunk += (chunk.isEmpty ? "" : "\n") + line
            guard session.interpreter.isComplete(chunk) || i == lines.count - 1 else { continue }
            if !chunk.trimmingCharacters(in: .whitespaces).isEmpty {
                do { try session.execute(chunk, file: file, firstLine: firstLine, kind: .interactive) } catch {
                    diagnostics += error.diagnostics
                }
            }
            chunk = ""
        }
        if !diagnostics.isEmpty { throw ScriptError(diagnostics) }
    }
}

/// Files scripts wrote during a test, kept in memory so tests leave nothing behind.
final class WrittenFiles: @unchecked Sendable {
    private var files: [String: String] = [:]
    private let lock = NSLock()

    func store(_ path: String, _ text: String) { lock.withLock { files[path] = text } }
    func text(_ path: String) -> String? { lock.withLock { files[path] } }
}
