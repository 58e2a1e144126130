import JicengBase

/// The built-in functions every script has. Each is a NativeFunction; the resolver
/// binds a call of a built-in name straight to it, so calling one costs no lookup.
public enum Builtins {
    public static let all: [NativeFunction] = collections + numbers + calendar + text

    static func argumentError(_ index: Int, _ message: RunMessage, help: RunMessage? = nil) -> ValueError {
        ValueError(RuntimeErrorID.badArgument, message, help: help, argument: index)
    }

    static func expect(_ what: RunMessage.Wanted, _ function: String, _ index: Int, _ v: Value) -> ValueError {
        argumentError(index, .expects(function, what, got: v.typeNames))
    }

    static func list(_ function: String, _ args: [Value], _ index: Int = 0) throws(ValueError) -> ContiguousArray<Value> {
        guard case .list(let l) = args[index] else { throw expect(.list, function, index, args[index]) }
        return l.items
    }

    static func string(_ function: String, _ args: [Value], _ index: Int) throws(ValueError) -> String {
        guard case .string(let s) = args[index] else { throw expect(.string, function, index, args[index]) }
        return s
    }

    static func int(_ function: String, _ args: [Value], _ index: Int) throws(ValueError) -> Int64 {
        guard case .int(let i) = args[index] else { throw expect(.int, function, index, args[index]) }
        return i
    }

    static func day(_ function: String, _ args: [Value], _ index: Int) throws(ValueError) -> Day {
        guard case .date(let d) = args[index] else { throw expect(.date, function, index, args[index]) }
        return d
    }

    /// The numbers an aggregate works on: a list of numbers, or the single field of the
    /// records a `select` made (`sum(members select points)`). Nil items are skipped, as
    /// a blank cell is in a spreadsheet.
    static func numbers(_ function: String, _ args: [Value]) throws(ValueError) -> [Value] {
        let items = args.count == 1 ? try list(function, args) : ContiguousArray(args)
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for v in items {
            var x = v
            if case .record(let r) = v, r.values.count == 1 { x = r.values[0] }
            switch x {
            case .int, .decimal: out.append(x)
            case .nil: continue
            default: throw argumentError(0, .expectsNumbers(function, x.typeNames, x.literalText))
            }
        }
        return out
    }
}
