import JicengLang

/// The language engine as the console sees it: an `Interpreter` session whose globals
/// and functions persist from one statement to the next. How a chunk is run and
/// committed is the host's (`Runner`): plain `Interpreter.run` for the bare language,
/// or a store session that commits each statement, or each script, on its own.
public final class InterpreterEngine: ConsoleEngine {
    /// How a chunk is to be committed.
    public enum Commit: Sendable, Equatable {
        /// REPL and piped input: the chunk commits on its own when it succeeds.
        case eachChunk
        /// A script: one transaction, nothing kept if it fails.
        case script
        /// Run, keep nothing, say what would have changed.
        case dryRun
    }

    /// Runs `text` (already moved down to its first line) as `file`; returns the value
    /// of its last expression.
    public typealias Runner = (_ text: String, _ file: String, _ commit: Commit) throws(ScriptError) -> Value

    public let interpreter: Interpreter
    private let runner: Runner
    private let colors: Bool
    private let summary: () -> String
    private let onClose: () -> Void

    /// - Parameters:
    ///   - runner: how chunks run and commit; by default `interpreter.run`, with no store.
    ///   - colors: whether diagnostics carry colour (the console decides by the terminal).
    ///   - storeSummary: the banner's description of the store and its counts.
    ///   - onClose: run when the console ends (checkpoint the store).
    public init(
        interpreter: Interpreter, runner: Runner? = nil, colors: Bool, storeSummary: @escaping () -> String,
        onClose: @escaping () -> Void = {}
    ) {
        self.interpreter = interpreter
        if let runner {
            self.runner = runner
        } else {
            self.runner = { text, file, _ throws(ScriptError) in try interpreter.run(text, file: file) }
        }
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
            return run(chunk, commit: .eachChunk, interrupt: interrupt)
        case .script(let options) where options.keepGoing:
            return runEachStatement(of: chunk, commit: options.dryRun ? .dryRun : .script, interrupt: interrupt)
        case .script(let options):
            return run(chunk, commit: options.dryRun ? .dryRun : .script, interrupt: interrupt)
        }
    }

    private func run(_ chunk: SourceChunk, commit: Commit, interrupt: InterruptFlag) -> ExecutionOutcome {
        // Ctrl-C pressed before the run began (the interpreter clears its handle as it starts).
        if interrupt.isRaised { return .interrupted }
        do {
            let value = try runner(Self.placed(chunk), chunk.fileName, commit)
            let echo = commit == .eachChunk
            return .completed(echo: echo && !value.isNil ? value.literalText : nil)
        } catch {
            if error.isInterrupted { return .interrupted }
            return .failed(diagnostics: interpreter.formatted(error, colors: colors))
        }
    }

    /// `--keep-going`: each statement runs (and commits) on its own and every failure
    /// is reported.
    private func runEachStatement(of chunk: SourceChunk, commit: Commit, interrupt: InterruptFlag) -> ExecutionOutcome {
        var failures: [String] = []
        var pending: [String] = []
        var firstLine = chunk.firstLine
        let lines = chunk.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            pending.append(line)
            let statement = pending.joined(separator: "\n")
            guard interpreter.isComplete(statement) || index == lines.count - 1 else { continue }
            let outcome = run(
                SourceChunk(text: statement, fileName: chunk.fileName, firstLine: firstLine), commit: commit,
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
