import JicengBase

/// A runtime problem found by an operation that does not know where in the source it
/// was called from (arithmetic, a built-in, a host function). The compiled code that
/// called it catches it and turns it into a located Diagnostic — at the whole
/// expression, or at argument `argument` when the error is about one argument.
public struct ValueError: Error, Sendable {
    public var id: String
    public var message: Message
    public var help: Message?
    /// Index of the call argument at fault, when there is one.
    public var argument: Int?

    public init(_ id: String = RuntimeErrorID.typeMismatch, _ message: Message, help: Message? = nil, argument: Int? = nil) {
        self.id = id
        self.message = message
        self.help = help
        self.argument = argument
    }

    /// A problem worded by the run time's catalogue.
    init(_ id: String, _ message: RunMessage, help: RunMessage? = nil, argument: Int? = nil) {
        self.init(id, Message(message), help: help.map(Message.init), argument: argument)
    }

    public func located(in file: SourceFile, at range: SourceRange, argumentRanges: [SourceRange] = []) -> ScriptError {
        var where_ = range
        if let a = argument, a < argumentRanges.count { where_ = argumentRanges[a] }
        return ScriptError([Diagnostic(id: id, message: message, file: file, range: where_, help: help)])
    }
}

/// The ids of the resolver's and the run time's diagnostics (titled in
/// DiagnosticCatalog): E03xx names, E04xx run time, E05xx commands and files.
public enum RuntimeErrorID {
    public static let unknownName = "E0301"
    public static let wrongArity = "E0302"
    public static let notAssignable = "E0303"
    public static let returnOutsideFunction = "E0304"
    public static let duplicateParameter = "E0305"
    public static let misusedCommand = "E0306"
    public static let breakOutsideLoop = "E0307"

    public static let typeMismatch = "E0401"
    public static let overflow = "E0402"
    public static let divisionByZero = "E0403"
    public static let unknownField = "E0404"
    public static let indexOutOfRange = "E0405"
    public static let stepLimit = "E0406"
    public static let depthLimit = "E0407"
    public static let assertionFailed = "E0408"
    public static let notCallable = "E0409"
    public static let badArgument = "E0410"
    public static let interrupted = "E0411"
    public static let timeLimit = "E0412"
    public static let listTooLong = "E0413"
    public static let stringTooLong = "E0414"

    public static let fileDenied = "E0501"
    public static let commandFailed = "E0502"
}
