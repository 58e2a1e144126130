/// The read–run loop behind both the REPL on a terminal and piped input. Lines are
/// gathered until the engine says the statement is whole, then it runs and commits
/// on its own; an error is reported and the next statement runs, as in sqlite3.
public final class ReplSession {
    public struct Settings {
        /// A person at a terminal: prompts, history, paging, Ctrl-C back to the prompt.
        public var interactive: Bool
        public var style: ConsoleStyle
        public var messages: ConsoleMessages
        /// The name diagnostics give to what was typed or piped in.
        public var sourceName: String

        public init(interactive: Bool, style: ConsoleStyle, messages: ConsoleMessages, sourceName: String) {
            self.interactive = interactive
            self.style = style
            self.messages = messages
            self.sourceName = sourceName
        }
    }

    private let engine: any ConsoleEngine
    private let reader: any LineReader
    private let settings: Settings
    private let makeOutput: () -> any OutputSink & Flushable
    private let prompt: Prompt
    private var nextLine = 1
    private var anyFailed = false

    public init(
        engine: any ConsoleEngine, reader: any LineReader, settings: Settings,
        makeOutput: @escaping () -> any OutputSink & Flushable
    ) {
        self.engine = engine
        self.reader = reader
        self.settings = settings
        self.makeOutput = makeOutput
        self.prompt = Prompt(primaryText: settings.messages.primaryPrompt, style: settings.style)
    }

    /// Reads and runs statements until the input ends. Interactive sessions end 0;
    /// piped input ends 1 if any statement failed, 130 if interrupted.
    public func run() -> ConsoleExitCode {
        var pending: [String] = []
        var opener = ""
        while true {
            let promptText = settings.interactive
                ? (pending.isEmpty ? prompt.primary : prompt.continuation(opener: opener)) : ""
            switch reader.readLine(prompt: promptText) {
            case .line(let text):
                pending.append(text)
                let statement = pending.joined(separator: "\n")
                if statement.allSatisfy(\.isWhitespace) {
                    nextLine += pending.count
                    pending.removeAll()
                    continue
                }
                if case .incomplete(let open) = engine.inputStatus(of: statement) {
                    opener = open
                    continue
                }
                let lines = pending.count
                pending.removeAll()
                reader.remember(statement)
                if run(statement, lines: lines) == .interrupted && !settings.interactive {
                    return .interrupted
                }
            case .interrupted:
                // The way out of anything half-typed, an unclosed quote included.
                nextLine += pending.count
                pending.removeAll()
                if !settings.interactive { return .interrupted }
            case .endOfInput:
                if pending.isEmpty {
                    return anyFailed && !settings.interactive ? .scriptError : .success
                }
                if settings.interactive {
                    // Ctrl-D at a continuation prompt abandons the statement, not the REPL.
                    report(settings.messages.unfinishedDropped)
                    nextLine += pending.count
                    pending.removeAll()
                } else {
                    // Let the engine say precisely what was left open, and where.
                    let statement = pending.joined(separator: "\n")
                    pending.removeAll()
                    if run(statement, lines: 0) == .interrupted { return .interrupted }
                }
            }
        }
    }

    /// Runs a file (the init script) in this session, so what it defines stays defined.
    @discardableResult
    public func runFile(_ text: String, named fileName: String) -> ExecutionOutcome {
        execute(SourceChunk(text: text, fileName: fileName, firstLine: 1))
    }

    private func run(_ statement: String, lines: Int) -> ExecutionOutcome {
        let chunk = SourceChunk(text: statement, fileName: settings.sourceName, firstLine: nextLine)
        nextLine += max(lines, 1)
        return execute(chunk)
    }

    private func execute(_ chunk: SourceChunk) -> ExecutionOutcome {
        let output = makeOutput()
        let outcome = InterruptHandling.whileRunning {
            engine.execute(chunk, mode: .interactive, output: output, interrupt: InterruptHandling.flag)
        }
        // A Ctrl-C that came too late to stop anything must not cancel the next line.
        InterruptHandling.flag.clear()
        switch outcome {
        case .completed(let echo):
            if let echo { output.write(echo.hasSuffix("\n") ? echo : echo + "\n") }
            output.flush()
        case .failed(let diagnostics):
            output.flush()
            anyFailed = true
            StandardStream.error.write(
                settings.style.diagnostics(diagnostics.hasSuffix("\n") ? diagnostics : diagnostics + "\n"))
        case .interrupted:
            output.flush()
            // The terminal echoed ^C where the cursor was; start the message on its own line.
            if settings.interactive { StandardStream.error.write("\n") }
            report(settings.messages.interrupted)
        }
        return outcome
    }

    private func report(_ message: String) {
        StandardStream.error.write(settings.style.dim(message) + "\n")
    }
}

/// Output that is held and shown when a statement ends (the pager decides there).
public protocol Flushable {
    func flush()
}

extension PagedOutput: Flushable {}

extension StreamingOutput: Flushable {
    public func flush() {}
}
