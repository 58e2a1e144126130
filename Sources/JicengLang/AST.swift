import JicengBase

// The syntax tree the parser builds and the back-end compiles once to closures.
//
// Nodes are structs holding a `kind` (an indirect enum, cheap to switch on) and the
// SourceRange they cover, so any later stage can point at the exact text. Names carry a
// NameID, unique within one parse, so the resolver can record what each name means in
// a side table (`[Resolution]` indexed by `NameID.index`) without touching the tree.

/// Identifies one occurrence of a name (a use or a declaration) within a Program;
/// 0 ..< Program.nameCount.
public struct NameID: Hashable, Sendable {
    public let index: Int32
    public init(index: Int32) { self.index = index }
}

/// A name being declared: a `let` variable, a `for` variable, a function or a parameter.
public struct Binding: Sendable {
    public var name: Symbol
    public var range: SourceRange
    public var id: NameID

    public init(name: Symbol, range: SourceRange, id: NameID) {
        self.name = name
        self.range = range
        self.id = id
    }
}

/// A literal value as written in the source.
public enum Literal: Hashable, Sendable {
    case `nil`
    case bool(Bool)
    case integer(Int64)
    case decimal(ExactDecimal)
    case string(String)
    case date(Day)
    case month(YearMonth)
    case quarter(Quarter)
}

public enum UnaryOperator: UInt8, Sendable {
    case negate  // -x
    case not     // not x
}

public enum BinaryOperator: UInt8, Sendable {
    case add, subtract, multiply, divide, remainder
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// `x in xs`, `x not in xs`
    case `in`, notIn
    /// Short-circuit: the right side runs only when needed.
    case and, or

    public var spelling: String {
        switch self {
        case .add: "+"
        case .subtract: "-"
        case .multiply: "*"
        case .divide: "/"
        case .remainder: "%"
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .in: "in"
        case .notIn: "not in"
        case .and: "and"
        case .or: "or"
        }
    }
}

public struct Expr: Sendable {
    public var kind: Kind
    public var range: SourceRange
    /// Levels of the tree from this node down, as built. The parser refuses a tree taller
    /// than `Parser.maxExpressionHeight`, so every stage that walks it recursively (the
    /// resolver, the compiler, the compiled closures, freeing it) stays inside the stack.
    let height: Int32

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.height = Expr.height(of: kind)
    }

    private static func height(of kind: Kind) -> Int32 {
        func tallest(_ es: some Sequence<Expr>) -> Int32 { es.reduce(0) { max($0, $1.height) } }
        switch kind {
        case .literal, .name, .it: return 1
        case .unary(_, let e), .field(let e, _, _): return e.height + 1
        case .binary(_, let a, let b), .range(let a, let b), .index(let a, let b), .filter(let a, let b),
             .take(let a, let b), .group(let a, let b):
            return max(a.height, b.height) + 1
        case .call(let callee, let arguments): return max(callee.height, tallest(arguments)) + 1
        case .list(let items): return tallest(items) + 1
        case .record(let fields): return tallest(fields.lazy.map(\.value)) + 1
        case .sort(let source, let keys): return max(source.height, tallest(keys.lazy.map(\.key))) + 1
        case .select(let source, let columns): return max(source.height, tallest(columns.lazy.map(\.value))) + 1
        case .command(let call):
            let arguments = call.arguments.lazy.compactMap { argument -> Expr? in
                switch argument {
                case .expression(let e)?, .entity(_, _, let e)?: return e
                default: return nil
                }
            }
            return max(tallest(arguments), tallest(call.fields.lazy.map(\.value))) + 1
        }
    }

    public indirect enum Kind: Sendable {
        case literal(Literal)
        /// A variable, function or (inside a query) a field of the current item.
        case name(Symbol, NameID)
        /// The current item inside `where`, `sort by`, `select`, `group by`.
        case it
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        /// Inclusive `low..high`.
        case range(Expr, Expr)
        /// `base[index]`
        case index(Expr, Expr)
        /// `base.name`; the range is the field name's.
        case field(Expr, Symbol, SourceRange)
        /// `callee(arguments)`
        case call(Expr, [Expr])
        case list([Expr])
        case record([RecordField])
        /// `source where condition`
        case filter(Expr, Expr)
        /// `source sort by key [desc|asc], …`
        case sort(Expr, [SortKey])
        /// `source take count`
        case take(Expr, Expr)
        /// `source select a, b, name: expr`
        case select(Expr, [SelectColumn])
        /// `source group by key` → records {key, count, items}
        case group(Expr, Expr)
        /// A command used for its value: `let r = report by street`, `show list members`.
        case command(CommandCall)
    }
}

/// `name: value` in a record literal; a quoted key (`{"M0009": "病假"}`) is interned too.
public struct RecordField: Sendable {
    public var name: Symbol
    public var nameRange: SourceRange
    public var value: Expr

    public init(name: Symbol, nameRange: SourceRange, value: Expr) {
        self.name = name
        self.nameRange = nameRange
        self.value = value
    }
}

public struct SortKey: Sendable {
    public var key: Expr
    public var descending: Bool

    public init(key: Expr, descending: Bool) {
        self.key = key
        self.descending = descending
    }
}

/// One column of `select`: `code` (named after the field), `branch.name` (named `name`),
/// or `label: expr`.
public struct SelectColumn: Sendable {
    public var name: Symbol
    public var value: Expr

    public init(name: Symbol, value: Expr) {
        self.name = name
        self.value = value
    }
}

/// A parsed command: which declaration it matched and its arguments.
public struct CommandCall: Sendable {
    /// The declaration's `CommandSyntax.id` (what the registry binds a handler to).
    public var id: String
    /// The declaration's index in the CommandTable the parser was given.
    public var commandIndex: Int
    /// Which of the declaration's phrasings matched (0 is the first, usually English).
    public var phrasingIndex: Int
    /// One entry per `CommandSyntax.slots`, in declaration order; nil when an optional
    /// slot or clause was not given.
    public var arguments: [CommandArgument?]
    /// Indexes into `CommandSyntax.clauses` of the clauses given, in source order.
    public var clauses: [Int]
    /// `name value` pairs of the declaration's field list, in source order.
    public var fields: [FieldArgument]
    public var range: SourceRange
    /// The verb's range (for "unknown command" style messages about the whole call).
    public var verbRange: SourceRange

    public init(
        id: String, commandIndex: Int, phrasingIndex: Int, arguments: [CommandArgument?], clauses: [Int],
        fields: [FieldArgument], range: SourceRange, verbRange: SourceRange
    ) {
        self.id = id
        self.commandIndex = commandIndex
        self.phrasingIndex = phrasingIndex
        self.arguments = arguments
        self.clauses = clauses
        self.fields = fields
        self.range = range
        self.verbRange = verbRange
    }

    /// The argument of the slot with this position in `CommandSyntax.slots`.
    public subscript(slot: Int) -> CommandArgument? { arguments[slot] }
}

/// The value given for one slot of a command.
public enum CommandArgument: Sendable {
    /// An expression slot (`<member>`): evaluated at run time.
    case expression(Expr)
    /// A choice slot (`committee_meeting|member_assembly`): the canonical word chosen.
    case choice(String, SourceRange)
    /// An entity slot (`org "XFL-01"`): the canonical kind word and the expression after it.
    case entity(kind: String, kindRange: SourceRange, value: Expr)

    public var range: SourceRange {
        switch self {
        case .expression(let e): e.range
        case .choice(_, let r): r
        case .entity(_, let kr, let v): kr.union(v.range)
        }
    }
}

/// `phone "139…"` in a command's field list; `name` is the field's canonical name.
public struct FieldArgument: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var value: Expr
    /// A lone name given to a field that takes words (`kind branch`): the variable when
    /// one of that name is visible, else the word itself as text.
    public var isBareWord: Bool

    public init(name: String, nameRange: SourceRange, value: Expr, isBareWord: Bool = false) {
        self.name = name
        self.nameRange = nameRange
        self.value = value
        self.isBareWord = isBareWord
    }
}

public struct Stmt: Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public indirect enum Kind: Sendable {
        /// A bare expression (the REPL prints its value).
        case expression(Expr)
        /// A command on its own line.
        case command(CommandCall)
        case `let`(Binding, Expr)
        /// `target = value`; target is a `.name`, `.index` or `.field` expression.
        case assign(Expr, Expr)
        /// `if c { } else if c { } else { }`: the branches in order, then the else block.
        case `if`([ConditionalBlock], Block?)
        /// `for x in sequence { }` (`for x in xs where c { }` is a query on the sequence).
        case `for`(Binding, Expr, Block)
        case `while`(Expr, Block)
        case def(FunctionDecl)
        case `return`(Expr?)
        case print([Expr])
        case show(ShowStmt)
        /// `assert condition[, message]`
        case assert(Expr, Expr?)
        /// `run "other.jc"`
        case run(Expr)
        case transaction(Block)
        case `break`
        case `continue`
    }
}

public struct Block: Sendable {
    public var statements: [Stmt]
    /// From `{` to `}` inclusive.
    public var range: SourceRange

    public init(statements: [Stmt], range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}

public struct ConditionalBlock: Sendable {
    public var condition: Expr
    public var body: Block

    public init(condition: Expr, body: Block) {
        self.condition = condition
        self.body = body
    }
}

public struct FunctionDecl: Sendable {
    public var name: Binding
    public var parameters: [Binding]
    public var body: Block

    public init(name: Binding, parameters: [Binding], body: Block) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }
}

/// The output formats of `show … as …`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown, chart, html

    /// The words `as` accepts for each format (docs/OUTPUT.md); ASCII in any case.
    public static let spellings: [String: OutputFormat] = [
        "table": .table, "表格": .table, "表": .table, "csv": .csv, "json": .json, "markdown": .markdown, "md": .markdown,
        "chart": .chart, "图表": .chart, "图": .chart, "html": .html, "网页": .html,
    ]

    /// The format a word after `as` names: `CSV`, `表格`, `md`.
    public init?(word: String) {
        guard let format = OutputFormat.spellings[word] ?? OutputFormat.spellings[word.lowercased()] else { return nil }
        self = format
    }
}

/// `show value [as format] [to destination]`.
public struct ShowStmt: Sendable {
    public var value: Expr
    public var format: OutputFormat?
    public var formatRange: SourceRange?
    /// The file to write to (an expression, usually a string literal).
    public var destination: Expr?

    public init(value: Expr, format: OutputFormat?, formatRange: SourceRange?, destination: Expr?) {
        self.value = value
        self.format = format
        self.formatRange = formatRange
        self.destination = destination
    }
}

/// One parsed source file (or REPL entry).
public struct Program: Sendable {
    public var file: SourceFile
    public var statements: [Stmt]
    /// The number of NameIDs handed out: size a resolver side table with it.
    public var nameCount: Int

    public init(file: SourceFile, statements: [Stmt], nameCount: Int) {
        self.file = file
        self.statements = statements
        self.nameCount = nameCount
    }
}
