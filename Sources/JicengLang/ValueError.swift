/// A runtime problem found by an operation that does not know where in the source it
/// was called from (arithmetic, a built-in, a host function). The compiled code that
/// called it catches it and turns it into a located Diagnostic — at the whole
/// expression, or at argument `argument` when the error is about one argument.
public struct ValueError: Error, Sendable {
    public var id: String
    public var message: String
    public var help: String?
    /// Index of the call argument at fault, when there is one.
    public var argument: Int?

    public init(_ id: String = RuntimeErrorID.typeMismatch, _ message: String, help: String? = nil, argument: Int? = nil) {
        self.id = id
        self.message = message
        self.help = help
        self.argument = argument
    }

    public func located(in file: SourceFile, at range: SourceRange, argumentRanges: [SourceRange] = []) -> ScriptError {
        var where_ = range
        if let a = argument, a < argumentRanges.count { where_ = argumentRanges[a] }
        return ScriptError([Diagnostic(id: id, message: message, file: file, range: where_, help: help)])
    }
}

/// The ids of the resolver's and the run time's diagnostics (see DiagnosticCatalog),
/// as plain strings for the places that build a Diagnostic.
public enum RuntimeErrorID {
    public static let unknownName = DiagnosticCatalog.unknownName.id
    public static let wrongArity = DiagnosticCatalog.wrongArity.id
    public static let notAssignable = DiagnosticCatalog.notAssignable.id
    public static let returnOutsideFunction = DiagnosticCatalog.returnOutsideFunction.id
    public static let duplicateParameter = DiagnosticCatalog.duplicateParameter.id
    public static let misusedCommand = DiagnosticCatalog.commandWithoutHandler.id
    public static let breakOutsideLoop = DiagnosticCatalog.breakOutsideLoop.id

    public static let typeMismatch = DiagnosticCatalog.typeMismatch.id
    public static let overflow = DiagnosticCatalog.overflow.id
    public static let divisionByZero = DiagnosticCatalog.divisionByZero.id
    public static let unknownField = DiagnosticCatalog.unknownField.id
    public static let indexOutOfRange = DiagnosticCatalog.indexOutOfRange.id
    public static let stepLimit = DiagnosticCatalog.stepLimit.id
    public static let depthLimit = DiagnosticCatalog.depthLimit.id
    public static let assertionFailed = DiagnosticCatalog.assertionFailed.id
    public static let notCallable = DiagnosticCatalog.notCallable.id
    public static let badArgument = DiagnosticCatalog.badArgument.id
    public static let interrupted = DiagnosticCatalog.interrupted.id
    public static let timeLimit = DiagnosticCatalog.timeLimit.id
    public static let listTooLong = DiagnosticCatalog.listTooLong.id

    public static let fileDenied = DiagnosticCatalog.fileDenied.id
    public static let commandFailed = DiagnosticCatalog.commandFailed.id
}
