import Foundation
import JicengLang

/// What a script runs in. The language's own scripts need a bare interpreter; a later
/// layer supplies one with the domain's commands and a fresh temporary store per
/// script by providing another `make` (and cleaning up in `finish`).
struct ScriptEnvironment {
    /// A fresh interpreter for the script at `path`, ready to run it.
    var make: (_ path: URL, _ root: URL) throws -> Interpreter
    /// Called after each script, whatever happened.
    var finish: (_ interpreter: Interpreter) -> Void = { _ in }

    /// The pure language: scripts may `run` other files under the repository, and what
    /// they `show … to` a file stays in memory.
    static var language: ScriptEnvironment { ScriptEnvironment { _, root in
        let interpreter = Interpreter()
        interpreter.filePolicy = .onlyUnder(root.path)
        let written = WrittenFiles()
        interpreter.files = ScriptFiles(
            read: { path in try written.text(path) ?? ScriptFiles.local.read(path) },
            write: { path, text in written.store(path, text) })
        return interpreter
    } }
}

/// Files scripts wrote during a test, kept in memory so tests leave nothing behind.
final class WrittenFiles: @unchecked Sendable {
    private var files: [String: String] = [:]
    private let lock = NSLock()

    func store(_ path: String, _ text: String) { lock.withLock { files[path] = text } }
    func text(_ path: String) -> String? { lock.withLock { files[path] } }
}
