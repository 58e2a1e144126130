import JicengBase

/// A problem found in a script — by the lexer, parser, resolver or at run time — as
/// data: collected, then formatted in one place (DiagnosticFormatter). Its texts are
/// Messages, rendered in the reader's language by whoever prints them.
public struct Diagnostic: Error, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// A stable identifier from the catalogue (`E0101`), so docs and tests can name it.
    public var id: String
    public var severity: Severity
    /// One line saying what is wrong: `unknown member "M0099"`.
    public var message: Message
    public var file: SourceFile
    public var range: SourceRange
    /// Short text printed after the carets: `no member has this code`.
    public var label: Message?
    /// Further lines printed as `= note: …`.
    public var notes: [Message]
    /// A suggestion printed as `help: …` (for example `did you mean "M0090"?`).
    public var help: Message?

    public init(
        id: String, severity: Severity = .error, message: Message, file: SourceFile, range: SourceRange,
        label: Message? = nil, notes: [Message] = [], help: Message? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.label = label
        self.notes = notes
        self.help = help
    }

    public var location: SourceLocation { file.location(of: Int(range.start)) }
}

/// Every diagnostic of a failed compile or run, in source order, as one throwable error.
public struct ScriptError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
