import JicengLang

/// The language engine as the console sees it: an `Interpreter` session whose globals
/// and functions persist from one statement to the next.
public final class InterpreterEngine: ConsoleEngine {
    public let interpreter: Interpreter
    private let colors: Bool
    private let summary: () -> String
    private let onClose: () -> Void

    /// - Parameters:
    ///   - colors: whether diagnostics carry colour (the console decides by the terminal).
    ///   - storeSummary: the banner's description of the store and its counts.
    ///   - onClose: run when the console ends (checkpoint the store).
    public init(
        interpreter: Interpreter, colors: Bool, storeSummary: @escaping () -> String,
        onClose: @escaping () -> Void = {}
    ) {
        self.interpreter = interpreter
        self.colors = colors
        self.summary = storeSummary
        self.onClose = onClose
        // Ctrl-C reaches the interpreter straight from the signal handler.
        InterruptHandling.forward(to: interpreter.interruptHandle)
    }

    public var storeSummary: String { summary() }

    public func inputStatus(of text: String) -> InputStatus {
        if interpreter.isComplete(text) { return .complete }
        // A trailing `\` or operator leaves nothing open; psql shows `-` for that.
        return .incomplete(opener: OpenBrackets.innermost(in: text) ?? "-")
    }

    public func execute(
        _ chunk: SourceChunk, mode: ExecutionMode, output: any OutputSink, interrupt: InterruptFlag
    ) -> ExecutionOutcome {
        interpreter.output = { output.write($0) }
        switch mode {
        case .interactive:
            return run(chunk, echo: true, interrupt: interrupt)
        case .script(let options) where options.keepGoing:
            return runEachStatement(of: chunk, interrupt: interrupt)
        case .script:
            return run(chunk, echo: false, interrupt: interrupt)
        }
    }

    private func run(_ chunk: SourceChunk, echo: Bool, interrupt: InterruptFlag) -> ExecutionOutcome {
        // Ctrl-C pressed before the run began (the interpreter clears its handle as it starts).
        if interrupt.isRaised { return .interrupted }
        do {
            let value = try interpreter.run(Self.placed(chunk), file: chunk.fileName)
            return .completed(echo: echo && !value.isNil ? value.literalText : nil)
        } catch {
            if error.isInterrupted { return .interrupted }
            return .failed(diagnostics: interpreter.formatted(error, colors: colors))
        }
    }

    /// `--keep-going`: each statement runs on its own and every failure is reported.
    private func runEachStatement(of chunk: SourceChunk, interrupt: InterruptFlag) -> ExecutionOutcome {
        var failures: [String] = []
        var pending: [String] = []
        var firstLine = chunk.firstLine
        let lines = chunk.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            pending.append(line)
            let statement = pending.joined(separator: "\n")
            guard interpreter.isComplete(statement) || index == lines.count - 1 else { continue }
            let outcome = run(
                SourceChunk(text: statement, fileName: chunk.fileName, firstLine: firstLine), echo: false,
                interrupt: interrupt)
            firstLine += pending.count
            pending.removeAll()
            switch outcome {
            case .interrupted: return .interrupted
            case .failed(let diagnostics): failures.append(diagnostics)
            case .completed: break
            }
        }
        return failures.isEmpty ? .completed(echo: nil) : .failed(diagnostics: failures.joined(separator: "\n\n"))
    }

    /// The chunk's text moved down to the line it came from, so diagnostics name the
    /// right line of a piped or REPL session.
    static func placed(_ chunk: SourceChunk) -> String {
        chunk.firstLine > 1 ? String(repeating: "\n", count: chunk.firstLine - 1) + chunk.text : chunk.text
    }

    public func check(_ chunk: SourceChunk) -> String? {
        let diagnostics = interpreter.check(Self.placed(chunk), file: chunk.fileName)
        return diagnostics.isEmpty ? nil : interpreter.formatted(ScriptError(diagnostics), colors: colors)
    }

    public func completions(in line: String, cursor: Int) -> CompletionSet {
        let found = interpreter.completions(line: line, cursor: cursor)
        return CompletionSet(wordStart: found.wordStart, candidates: found.candidates)
    }

    public struct BadVariable: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "\"\(name)\" is not a name a script can use" }
    }

    public func defineVariable(named name: String, text: String) throws {
        guard Self.isVariableName(name) else { throw BadVariable(name: name) }
        interpreter.define(name, Value(parsing: text))
    }

    /// A variable name scripts can write: a letter or `_` (Chinese included), then
    /// letters, digits or `_`.
    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    public func close() { onClose() }
}
