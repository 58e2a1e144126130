/// The catalogue's sections for the back-end: names (E03xx, found by the resolver
/// before anything runs), run time (E04xx) and commands and files (E05xx).
extension DiagnosticCatalog {
    // MARK: E03xx names (Resolver)

    public static let unknownName = DiagnosticCode(id: "E0301", title: "unknown name")
    public static let wrongArity = DiagnosticCode(id: "E0302", title: "wrong number of arguments")
    public static let notAssignable = DiagnosticCode(id: "E0303", title: "cannot assign to this name")
    public static let returnOutsideFunction = DiagnosticCode(id: "E0304", title: "return outside a function")
    public static let duplicateParameter = DiagnosticCode(id: "E0305", title: "parameter named twice")
    public static let commandWithoutHandler = DiagnosticCode(id: "E0306", title: "command has no handler")
    public static let breakOutsideLoop = DiagnosticCode(id: "E0307", title: "break or continue outside a loop")

    // MARK: E04xx run time (compiled code, built-ins)

    public static let typeMismatch = DiagnosticCode(id: "E0401", title: "type mismatch")
    public static let overflow = DiagnosticCode(id: "E0402", title: "number or date out of range")
    public static let divisionByZero = DiagnosticCode(id: "E0403", title: "division by zero")
    public static let unknownField = DiagnosticCode(id: "E0404", title: "unknown field")
    public static let indexOutOfRange = DiagnosticCode(id: "E0405", title: "index out of range")
    public static let stepLimit = DiagnosticCode(id: "E0406", title: "step limit reached")
    public static let depthLimit = DiagnosticCode(id: "E0407", title: "calls nested too deep")
    public static let assertionFailed = DiagnosticCode(id: "E0408", title: "assertion failed")
    public static let notCallable = DiagnosticCode(id: "E0409", title: "not a function")
    public static let badArgument = DiagnosticCode(id: "E0410", title: "bad argument to a function")
    public static let interrupted = DiagnosticCode(id: "E0411", title: "interrupted")
    public static let timeLimit = DiagnosticCode(id: "E0412", title: "time limit reached")
    public static let listTooLong = DiagnosticCode(id: "E0413", title: "list too long")

    // MARK: E05xx commands and files

    public static let fileDenied = DiagnosticCode(id: "E0501", title: "file not allowed or not readable")
    public static let commandFailed = DiagnosticCode(id: "E0502", title: "command failed")

    public static let resolution: [DiagnosticCode] = [
        unknownName, wrongArity, notAssignable, returnOutsideFunction, duplicateParameter, commandWithoutHandler,
        breakOutsideLoop,
    ]
    public static let runtime: [DiagnosticCode] = [
        typeMismatch, overflow, divisionByZero, unknownField, indexOutOfRange, stepLimit, depthLimit,
        assertionFailed, notCallable, badArgument, interrupted, timeLimit, listTooLong,
    ]
    public static let commandsAndFiles: [DiagnosticCode] = [fileDenied, commandFailed]
}
