// What the console needs from a language engine. The console owns the terminal, the
// line editing, the statement loop and the exit codes; the engine owns the language,
// the store and the messages about them. Keeping this seam small lets the console be
// tested with a toy engine and lets a host program put its own engine behind it.

/// How a chunk of source is run.
public enum ExecutionMode: Sendable, Equatable {
    /// The REPL and piped input: each statement commits on its own, and the value of a
    /// bare expression is handed back to be shown.
    case interactive
    /// A script file: one transaction, stopping at the first error unless `keepGoing`;
    /// with `dryRun` it runs, commits nothing and says what it would have changed.
    case script(ScriptOptions)
}

public struct ScriptOptions: Sendable, Equatable {
    public var keepGoing: Bool
    public var dryRun: Bool

    public init(keepGoing: Bool = false, dryRun: Bool = false) {
        self.keepGoing = keepGoing
        self.dryRun = dryRun
    }
}

/// Where a chunk of source text came from, so diagnostics can name the file and line.
public struct SourceChunk: Sendable, Equatable {
    public var text: String
    public var fileName: String
    /// The line of `fileName` on which `text` starts (1-based).
    public var firstLine: Int

    public init(text: String, fileName: String, firstLine: Int = 1) {
        self.text = text
        self.fileName = fileName
        self.firstLine = firstLine
    }
}

public enum ExecutionOutcome: Sendable, Equatable {
    /// It ran. `echo` is the value of a bare expression, already rendered, if any.
    case completed(echo: String?)
    /// It failed; the diagnostics are formatted for people (file, line, caret, hint).
    case failed(diagnostics: String)
    /// The interrupt flag was raised and the engine stopped, leaving the store as it
    /// was before the chunk.
    case interrupted
}

/// Whether the text typed so far is a whole statement or needs another line.
public enum InputStatus: Sendable, Equatable {
    case complete
    /// Something is still open; `opener` is the innermost open bracket, quote or
    /// block (`(`, `[`, `{`, `"`, …) and is shown in the continuation prompt.
    case incomplete(opener: String)
}

/// Tab-completion candidates for the word that ends at the cursor.
public struct CompletionSet: Sendable, Equatable {
    /// Offset, in Characters from the start of the line, where the word being
    /// completed begins; candidates replace the text from here to the cursor.
    public var wordStart: Int
    public var candidates: [String]

    public init(wordStart: Int, candidates: [String]) {
        self.wordStart = wordStart
        self.candidates = candidates
    }

    public static let none = CompletionSet(wordStart: 0, candidates: [])
}

/// The engine behind the console. Methods are called from the console's one thread;
/// the only thing that crosses from a signal handler is `InterruptFlag`.
public protocol ConsoleEngine: AnyObject {
    /// One line for the REPL banner: the store and what it holds.
    var storeSummary: String { get }

    /// Whether `text` (all lines typed so far) needs a continuation line.
    func inputStatus(of text: String) -> InputStatus

    /// Runs a chunk. Output goes to `output`; the engine polls `interrupt` often enough
    /// that Ctrl-C stops a runaway loop promptly.
    func execute(
        _ chunk: SourceChunk, mode: ExecutionMode, output: any OutputSink, interrupt: InterruptFlag
    ) -> ExecutionOutcome

    /// Parses and resolves without running: nil when clean, else the formatted diagnostics.
    func check(_ chunk: SourceChunk) -> String?

    /// Completion candidates for `line` with the cursor after `cursor` Characters.
    func completions(in line: String, cursor: Int) -> CompletionSet

    /// Defines a script variable from the command line (`--var name=value`); the
    /// engine decides how `text` is read (a date, a number, a string…).
    func defineVariable(named name: String, text: String) throws

    /// Called once when the console is done: the moment to checkpoint the store.
    func close()
}

/// Where an engine writes what a statement prints.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}
