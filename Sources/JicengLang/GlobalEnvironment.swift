/// Everything a name can mean outside a function body, for the life of an interpreter:
/// global variables (in cells, so REPL entries see each other's variables), native
/// functions (built-ins first, then the host's), host types and their collections.
/// The resolver consults it; compiled code holds the cells and functions directly.
final class GlobalEnvironment {
    let symbols: SymbolTable
    private(set) var cells: [GlobalCell] = []
    private var cellIndex: [Symbol: Int] = [:]
    /// The parameter count of a global last defined by `def`, for arity checks before running.
    var functionArity: [Int: Int] = [:]

    private(set) var natives: [NativeFunction] = []
    private var nativeIndex: [Symbol: Int] = [:]

    private(set) var types: [HostType] = []
    private var collectionIndex: [Symbol: Int] = [:]
    /// Every field name of every host type: fields of `it` inside queries may be any of them.
    private(set) var fieldNames: Set<String> = []

    init(symbols: SymbolTable) {
        self.symbols = symbols
        for f in Builtins.all { register(f) }
    }

    func register(_ f: NativeFunction) {
        let s = symbols.intern(f.name)
        if let i = nativeIndex[s] { natives[i] = f; return }
        nativeIndex[s] = natives.count
        natives.append(f)
    }

    func register(_ type: HostType) {
        if let i = types.firstIndex(where: { $0.name == type.name }) { types[i] = type } else { types.append(type) }
        let index = types.firstIndex { $0 === type }!
        if let c = type.collectionName { collectionIndex[symbols.intern(c)] = index }
        for alias in type.collectionAliases { collectionIndex[symbols.intern(alias)] = index }
        for f in type.fields { fieldNames.insert(f.name) }
    }

    func global(_ s: Symbol) -> Int? { cellIndex[s] }

    /// The global's index, creating its cell on first declaration.
    func declareGlobal(_ s: Symbol) -> Int {
        if let i = cellIndex[s] { return i }
        cellIndex[s] = cells.count
        cells.append(GlobalCell(name: symbols[s]))
        return cells.count - 1
    }

    func native(_ s: Symbol) -> Int? { nativeIndex[s] }
    func collection(_ s: Symbol) -> Int? { collectionIndex[s] }

    /// Sets a global from the host (`--var name=value`, `Interpreter.define`).
    func define(_ name: String, _ value: Value) {
        let cell = cells[declareGlobal(symbols.intern(name))]
        cell.value = value
        cell.function = nil
        cell.isDefined = true
    }

    func value(of name: String) -> Value? {
        guard let s = symbols.lookup(name), let i = cellIndex[s], cells[i].isDefined else { return nil }
        return cells[i].value
    }

    /// Every name visible at the top level, for suggestions and completion.
    var visibleNames: [String] {
        cells.filter(\.isDefined).map(\.name) + natives.map(\.name) + types.flatMap { ($0.collectionName.map { [$0] } ?? []) + $0.collectionAliases }
    }
}
