import Foundation
import JicengBase
import JicengCommands
import JicengLang

/// A session over a fresh temporary store, with what it prints collected.
final class TestSession {
    let folder: String
    let session: JicengSession
    var output = ""
    var options: SessionOptions

    init(commands: [DomainCommand] = CommandCatalog.all, configure: (inout SessionOptions) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jiceng-session-\(UUID().uuidString)").path
        options = SessionOptions(storePath: folder, user: "tester")
        options.today = Day(year: 2025, month: 6, day: 30)
        options.filePolicy = .onlyUnder(folder)
        configure(&options)
        session = try JicengSession(options: options, commands: commands)
        session.interpreter.output = { [unowned self] in self.output += $0 }
    }

    /// Runs one REPL statement (committed on its own); returns what it printed.
    @discardableResult
    func repl(_ source: String) throws -> String {
        output = ""
        try session.execute(source, file: "<stdin>", kind: .interactive)
        return output
    }

    /// A second session over the same folder: what the first one committed, read back from the files.
    func reloaded() throws -> JicengSession { try JicengSession(options: options) }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
