/// `jiceng run FILE… | -`: each file is one transaction, run in order. The run stops
/// at the first failing file unless `keepGoing`; a run that hit any error never exits 0.
public struct BatchRunner {
    let engine: any ConsoleEngine
    let options: ScriptOptions
    let style: ConsoleStyle
    let messages: ConsoleMessages
    let output: any OutputSink

    public init(
        engine: any ConsoleEngine, options: ScriptOptions, style: ConsoleStyle, messages: ConsoleMessages,
        output: any OutputSink = StreamingOutput()
    ) {
        self.engine = engine
        self.options = options
        self.style = style
        self.messages = messages
        self.output = output
    }

    /// Reads every script first (64 when one cannot be read), then runs them.
    public func run(paths: [String]) -> ConsoleExitCode {
        var scripts: [ScriptSource] = []
        for path in paths {
            do {
                scripts.append(try ScriptSource.read(path))
            } catch {
                guard case .unreadable(let path, let reason) = error else { return .usage }
                reportError(messages.cannotRead(path, reason: reason))
                return .usage
            }
        }
        return run(scripts)
    }

    public func run(_ scripts: [ScriptSource]) -> ConsoleExitCode {
        var anyFailed = false
        for script in scripts {
            let chunk = SourceChunk(text: script.text, fileName: script.name, firstLine: 1)
            let outcome = InterruptHandling.whileRunning {
                engine.execute(chunk, mode: .script(options), output: output, interrupt: InterruptHandling.flag)
            }
            switch outcome {
            case .completed:
                // A script shows what it prints, not the value of each expression.
                continue
            case .failed(let diagnostics):
                StandardStream.error.write(
                    style.diagnostics(diagnostics.hasSuffix("\n") ? diagnostics : diagnostics + "\n"))
                anyFailed = true
                if !options.keepGoing { return .scriptError }
            case .interrupted:
                StandardStream.error.write(messages.interrupted + "\n")
                return .interrupted
            }
        }
        return anyFailed ? .scriptError : .success
    }

    private func reportError(_ message: String) {
        StandardStream.error.write(style.diagnostics(messages.errorHead + message) + "\n")
    }
}
