import JicengBase

/// What a host does with a failed run: format it for people, and tell an interrupt
/// (exit 130 in the CLI) from an error in the script (exit 1).
extension Interpreter {
    /// The diagnostics as the console prints them: file:line:col, the line, carets, help,
    /// in the session's `messageLanguage` — through the host's `diagnosticRedaction`, if any.
    public func formatted(_ error: ScriptError, colors: Bool = false) -> String {
        let text = DiagnosticFormatter(colors: colors, language: messageLanguage).format(error.diagnostics)
        return diagnosticRedaction?(text) ?? text
    }
}

extension ScriptError {
    /// True when the run stopped because the host asked it to (Ctrl-C).
    public var isInterrupted: Bool { diagnostics.contains { $0.id == RuntimeErrorID.interrupted } }
}

extension Value {
    /// Reads a value typed outside a script (`--var month=2025-03`): an int, a decimal,
    /// a date, month or quarter, true/false/nil, or else the text itself as a string.
    public init(parsing text: String) {
        if let i = Int64(text) { self = .int(i) }
        else if text.contains("."), let d = ExactDecimal(text) { self = .decimal(d) }
        else if let d = Day(text) { self = .date(d) }
        else if let m = YearMonth(text) { self = .month(m) }
        else if let q = Quarter(text) { self = .quarter(q) }
        else if text == "true" { self = .bool(true) }
        else if text == "false" { self = .bool(false) }
        else if text == "nil" { self = .nil }
        else { self = .string(text) }
    }
}

/// How a run ended, as a command line reports it.
public enum RunOutcome: Int32, Sendable {
    case succeeded = 0
    /// A script error (syntax, name, run time): the CLI exits 1.
    case failed = 1
    /// Stopped by the interrupt handle (Ctrl-C): the CLI exits 130.
    case interrupted = 130
}

extension Interpreter {
    /// Runs `source`, writing what it prints to `output` and any diagnostics, formatted,
    /// to `diagnosticOutput` — the two streams a command line keeps apart (stdout and
    /// stderr). The outcome's raw value is the exit status.
    @discardableResult
    public func runReportingErrors(_ source: String, file: String = "<script>", colors: Bool = false) -> RunOutcome {
        do {
            try run(source, file: file)
            return .succeeded
        } catch {
            diagnosticOutput(formatted(error, colors: colors) + "\n")
            return error.isInterrupted ? .interrupted : .failed
        }
    }
}
