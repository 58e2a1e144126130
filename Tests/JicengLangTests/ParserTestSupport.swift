@testable import JicengLang

/// Parses source for tests and renders the tree and errors as whole strings.
struct ParsedForTest {
    let dump: String
    /// `line:column id message`, in source order.
    let errors: [String]
    let result: Parser.Result

    init(_ text: String, commands: CommandTable = CommandTable()) {
        let symbols = SymbolTable()
        let grammar = CommandGrammar(table: commands, symbols: symbols)
        result = Parser.parse(SourceFile(name: "t.jc", text: text), symbols: symbols, commands: grammar)
        dump = ASTDump(symbols: symbols, commands: commands).dump(result.program)
        errors = result.diagnostics.map { "\($0.location) \($0.id) \($0.message)" }
    }
}

/// Source with position markers `1️⃣`…`9️⃣` (as swift-syntax's tests write them): the
/// text without the markers, and each marker's 1-based line:column in that text.
struct MarkedSource {
    let text: String
    let markers: [String: String]

    init(_ marked: String) {
        var text = ""
        var markers: [String: String] = [:]
        var line = 1, column = 1
        for c in marked {
            if let digit = c.unicodeScalars.first, c.unicodeScalars.count > 1, ("1"..."9").contains(Character(digit)),
               c.unicodeScalars.contains("\u{20E3}") {
                markers[String(Character(digit))] = "\(line):\(column)"
                continue
            }
            text.append(c)
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.text = text
        self.markers = markers
    }

    subscript(_ marker: String) -> String { markers[marker] ?? "no marker \(marker)" }
}
