import XCTest

@testable import JicengLang

/// Random token soup and random bytes through lexer, parser, completeness check, dump
/// and formatter: nothing traps, and every error points inside the text.
final class FrontEndRobustnessTests: XCTestCase {
    /// A fixed-seed generator (SplitMix64), so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let vocabulary = [
        "let", "if", "else", "for", "in", "while", "def", "return", "print", "show", "as", "to", "csv", "assert", "run",
        "transaction", "break", "and", "or", "not", "true", "nil", "it", "where", "sort", "by", "desc", "take", "select", "group",
        "x", "members", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "..", "+", "-", "*", "/", "=", "==", "<", ">=", "\n",
        " ", "#c\n", "1", "12.50", "2025-03-15", "2025-03", "2025Q1", "99999999999999999999", "\"s\"", "\"", "“", "」", "\\",
        "\\u{", "！", "，", "（", "　", "assign", "member", "branch", "分配", "党员", "到支部", "于", "hold", "meeting", "lecture",
        "org", "on", "topic", "add", "code", "help", "post", "need", "community", "award", "points", "\u{0}", "☺",
    ]

    func testRandomInputNeverTrapsAndErrorsPointInsideTheText() {
        var rng = SplitMix(state: 20_251_126)
        let table = CommandParsingTests.table
        for _ in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                if Int.random(in: 0..<40, using: &rng) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &rng))
                } else {
                    bytes += Array(Self.vocabulary.randomElement(using: &rng)!.utf8)
                    if Bool.random(using: &rng) { bytes.append(UInt8(ascii: " ")) }
                }
            }
            let file = SourceFile(name: "fuzz.jc", bytes: bytes)
            let symbols = SymbolTable()
            let grammar = CommandGrammar(table: table, symbols: symbols)
            let result = Parser.parse(file, symbols: symbols, commands: grammar)
            _ = Parser.isComplete(file.text, symbols: symbols, commands: grammar)
            _ = ASTDump(symbols: symbols, commands: table).dump(result.program)
            for d in result.diagnostics {
                XCTAssertTrue(0 <= d.range.start && d.range.start <= d.range.end && Int(d.range.end) <= bytes.count,
                              "\(d.range) outside \(bytes.count) bytes: \(file.text.debugDescription)")
                XCTAssertTrue(DiagnosticFormatter().format(d).hasPrefix("error[\(d.id)]: "))
            }
        }
    }
}
