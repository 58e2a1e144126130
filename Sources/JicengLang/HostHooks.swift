/// Turns the value of `show` into text in a format (`as table`, `as csv`, …). The
/// commands layer registers real renderers; the engine's default is plain text.
public typealias ShowRenderer = (_ value: Value, _ format: OutputFormat?) throws -> String

/// What `transaction { … }` asks of the host: the store opens, commits or rolls back.
/// The defaults do nothing (the pure language has no store).
public struct TransactionHooks {
    public var begin: () throws -> Void
    public var commit: () throws -> Void
    public var rollback: () -> Void

    public init(begin: @escaping () throws -> Void = {}, commit: @escaping () throws -> Void = {}, rollback: @escaping () -> Void = {}) {
        self.begin = begin
        self.commit = commit
        self.rollback = rollback
    }
}

/// The run-time services compiled code calls out to, supplied by the Interpreter.
struct HostHooks {
    var write: (String) -> Void = { _ in }
    var render: ShowRenderer = PlainRenderer.render
    var transactions = TransactionHooks()
    /// Writes `show … to` output; the path has passed the file policy.
    var writeFile: (_ path: String, _ text: String) throws -> Void = { _, _ in }
    /// Runs another script file (`run "x.jc"`), relative to the including file.
    var runFile: (_ path: String, _ from: SourceFile) throws -> Void = { _, _ in }
    /// Checks a path against the file policy, returning the path to use.
    var checkPath: (_ path: String, _ from: SourceFile, _ access: FileAccess) throws(ValueError) -> String = { p, _, access throws(ValueError) in
        throw FilePolicy.denied.refusal(p, access)
    }
}

/// The default `show`: a list prints one item per line, a record one field per line,
/// anything else as `print` would.
public enum PlainRenderer {
    public static func render(_ value: Value, _ format: OutputFormat?) throws -> String {
        switch value {
        case .list(let l): return l.items.map(\.displayText).joined(separator: "\n")
        case .record(let r): return zip(r.keys, r.values).map { "\($0): \($1.displayText)" }.joined(separator: "\n")
        default: return value.displayText
        }
    }
}
