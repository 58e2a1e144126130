import ArgumentParser
import JicengCommands
import JicengConsole
import JicengDomain
import JicengLang

/// Builds the engine behind the console: a session over the store (every command of
/// the work, the files --files allows: by default the person's own), with
/// a help topic on the console. A store that cannot be read ends the command with 65.
enum EngineFactory {
    static func make(colors: Bool, global: GlobalSettings) throws -> InterpreterEngine {
        let session = try openSession(global)
        let language = global.language
        let help = ConsoleHelp(language: language)
        session.interpreter.commands.addTopic(ConsoleHelp.topic) { help.text }
        return InterpreterEngine(
            interpreter: session.interpreter,
            runner: { text, file, commit throws(ScriptError) in
                let kind: ExecutionKind = switch commit {
                case .eachChunk: .interactive
                case .script: .script
                case .dryRun: .dryRun
                }
                return try session.execute(text, file: file, kind: kind)
            },
            colors: colors,
            storeSummary: { session.storeSummary(chinese: language == .zh) },
            onClose: { session.close() })
    }

    /// The session the options name; a store that cannot be opened is reported and the
    /// command exits 65 (the store is never overwritten).
    static func openSession(_ global: GlobalSettings) throws -> JicengSession {
        var options = SessionOptions(storePath: global.store)
        options.showPersonalData = global.showPersonalData
        options.today = global.pinnedDay
        options.language = global.language == .zh ? .zh : .en
        options.filePolicy = global.filePolicy
        do {
            let session = try JicengSession(options: options)
            global.console.reportLoadWarnings(session.loadWarnings.map { $0.text(global.messageLanguage) })
            keptToExit.append(session)
            return session
        } catch {
            let text = error.text.text(global.messageLanguage)
            global.console.reportStoreUnavailable(global.showPersonalData ? text : Privacy.maskNumbers(in: text))
            throw ExitCode(ConsoleExitCode.storeInvalid.rawValue)
        }
    }

    /// Sessions live until the process ends (after `close`, which writes what must be
    /// written): freeing a city's tables record by record as a command ends costs more
    /// than the rest of the exit, and the kernel takes the memory back at once.
    nonisolated(unsafe) private static var keptToExit: [JicengSession] = []
}
