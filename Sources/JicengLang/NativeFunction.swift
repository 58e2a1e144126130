import JicengBase

/// A function written in Swift — a built-in or one a host registers. The resolver
/// checks a call's argument count against `arity` before anything runs.
public struct NativeFunction: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    /// `name(a, b)  — what it does`, shown by `help functions`.
    public let summary: String
    /// The same in Chinese, shown when the help language is Chinese (the English one
    /// stands in for a host's function that has none).
    public let summaryZh: String?
    public let body: @Sendable (_ arguments: [Value], _ context: CallContext) throws -> Value

    public init(_ name: String, arity: ClosedRange<Int>, summary: String, summaryZh: String? = nil,
                body: @escaping @Sendable (_ arguments: [Value], _ context: CallContext) throws -> Value) {
        self.name = name
        self.arity = arity
        self.summary = summary
        self.summaryZh = summaryZh
        self.body = body
    }

    /// The summary in `language`.
    public func summary(in language: MessageLanguage) -> String {
        language == .chinese ? summaryZh ?? summary : summary
    }

    public var arityText: String {
        if arity.lowerBound == arity.upperBound { return "\(arity.lowerBound)" }
        if arity.upperBound == Int.max { return "\(arity.lowerBound) or more" }
        return "\(arity.lowerBound) to \(arity.upperBound)"
    }
}

/// What a native function may ask of the run that calls it.
public struct CallContext: Sendable {
    /// The run's idea of today (a host or a test may pin it).
    public let today: Day

    public init(today: Day) { self.today = today }
}

/// A function value: a script function with the frame it closed over, or a native one.
public final class FunctionBox: @unchecked Sendable {
    public let name: String
    let script: CompiledFunction?
    let native: NativeFunction?
    /// The frame of the function the definition sits in, for its free variables.
    let enclosing: HeapFrame?

    init(script: CompiledFunction, enclosing: HeapFrame?) {
        self.name = script.name
        self.script = script
        self.native = nil
        self.enclosing = enclosing
    }

    public init(native: NativeFunction) {
        self.name = native.name
        self.script = nil
        self.native = native
        self.enclosing = nil
    }

    var arity: ClosedRange<Int> {
        if let s = script { return s.parameterCount...s.parameterCount }
        return native!.arity
    }
}
