#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The console's entry points for the `jiceng` command (and for a host program that
/// wants the same REPL over its own engine).
public struct Console {
    public struct Configuration: Sendable {
        public var language: ConsoleLanguage
        public var color: ColorChoice
        public var version: String
        public var environment: [String: String]

        public init(
            language: ConsoleLanguage, color: ColorChoice, version: String,
            environment: [String: String] = Console.processEnvironment
        ) {
            self.language = language
            self.color = color
            self.version = version
            self.environment = environment
        }
    }

    public let configuration: Configuration

    /// The process's environment, copied once (each ProcessInfo.environment makes a new copy).
    public static let processEnvironment = ProcessInfo.processInfo.environment

    public init(configuration: Configuration) { self.configuration = configuration }

    var messages: ConsoleMessages { ConsoleMessages(language: configuration.language) }

    /// Colour is decided by where the output goes, once for both streams: errors are
    /// plain when the output is redirected, even if stderr is still the terminal.
    public var style: ConsoleStyle {
        ConsoleStyle(
            enabled: configuration.color.usesColor(
                outputIsTerminal: Terminal.outputIsTerminal, environment: configuration.environment))
    }

    /// The REPL's colour: when input or output is not a terminal the REPL is a pipe
    /// stage, and only `--color always` colours it.
    public var replStyle: ConsoleStyle {
        isInteractive || configuration.color == .always ? style : ConsoleStyle(enabled: false)
    }

    /// A person at a terminal gets the REPL; anything else gets the same loop
    /// without banner, prompt, history or escape codes.
    public var isInteractive: Bool { Terminal.inputIsTerminal && Terminal.outputIsTerminal }

    /// `jiceng` with no script.
    public func runREPL(engine: any ConsoleEngine) -> ConsoleExitCode {
        InterruptHandling.install()
        defer { engine.close() }
        let style = replStyle
        guard isInteractive else {
            let session = ReplSession(
                engine: engine, reader: PlainLineReader(),
                settings: .init(interactive: false, style: style, messages: messages, sourceName: "<stdin>"),
                makeOutput: { StreamingOutput() })
            return session.run()
        }
        let paths = ConsolePaths(environment: configuration.environment)
        let messages = self.messages
        let reader = ReadlineLineReader(
            history: HistoryFile(path: paths.history),
            completer: { line, cursor in engine.completions(in: line, cursor: cursor) },
            onHistoryError: { reason in
                StandardStream.error.write(style.dim(messages.historyUnavailable(paths.history, reason: reason)) + "\n")
            })
        let pager = Pager(environment: configuration.environment)
        let session = ReplSession(
            engine: engine, reader: reader,
            settings: .init(interactive: true, style: style, messages: messages, sourceName: "<repl>"),
            makeOutput: { PagedOutput(pager: pager) })
        StandardStream.output.write(
            style.dim(messages.banner(version: configuration.version, storeSummary: engine.storeSummary)) + "\n")
        runInitScript(at: paths.initScript, in: session)
        return session.run()
    }

    /// `jiceng run FILE… | -`.
    public func runScripts(
        _ paths: [String], options: ScriptOptions, variables: [(name: String, text: String)],
        engine: any ConsoleEngine
    ) -> ConsoleExitCode {
        InterruptHandling.install()
        defer { engine.close() }
        for variable in variables {
            do {
                try engine.defineVariable(named: variable.name, text: variable.text)
            } catch {
                StandardStream.error.write(style.diagnostics(messages.errorHead + "\(error)") + "\n")
                return .usage
            }
        }
        let runner = BatchRunner(engine: engine, options: options, style: style, messages: messages)
        return runner.run(paths: paths)
    }

    /// What loading repaired (a torn last journal line), said before anything runs.
    public func reportLoadWarnings(_ warnings: [String]) {
        for warning in warnings {
            StandardStream.error.write(style.warning(messages.warningHead) + warning + "\n")
        }
    }

    /// The store cannot be read or is invalid: the console will not start (exit 65).
    public func reportStoreUnavailable(_ reason: String) {
        StandardStream.error.write(style.diagnostics(messages.errorHead + reason) + "\n")
    }

    /// `jiceng check FILE…`: every file parsed and resolved, nothing run; silent and 0
    /// when all are clean.
    public func checkScripts(_ paths: [String], engine: any ConsoleEngine) -> ConsoleExitCode {
        defer { engine.close() }
        var clean = true
        for path in paths {
            do {
                let script = try ScriptSource.read(path)
                if let problems = engine.check(SourceChunk(text: script.text, fileName: script.name)) {
                    StandardStream.error.write(style.diagnostics(problems.hasSuffix("\n") ? problems : problems + "\n"))
                    clean = false
                }
            } catch {
                guard case .unreadable(let path, let reason) = error else { return .usage }
                StandardStream.error.write(style.diagnostics(messages.errorHead + messages.cannotRead(path, reason: reason)) + "\n")
                return .usage
            }
        }
        return clean ? .success : .scriptError
    }

    /// The user's own definitions and settings, run before the first prompt. A failing
    /// init script is reported and the REPL still starts.
    private func runInitScript(at path: String, in session: ReplSession) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            let script = try ScriptSource.read(path)
            if case .failed = session.runFile(script.text, named: script.name) {
                StandardStream.error.write(style.dim(messages.initScriptFailed(path)) + "\n")
            }
        } catch {
            StandardStream.error.write(style.dim(messages.initScriptFailed(path)) + "\n")
        }
    }
}
