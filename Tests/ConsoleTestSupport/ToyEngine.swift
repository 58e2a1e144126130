import Foundation
import JicengConsole

/// A tiny engine for testing the console without the real language: one statement per
/// line (brackets and quotes may span lines), integer arithmetic, and a few commands
/// that exercise what the console must handle.
///
///     1 + 2 * (3 - 1)     a bare expression: its value is echoed
///     print "text", 5     output
///     let x = 4           a variable (also set by --var)
///     bump                one change to the store (kept only if the statement or script succeeds)
///     fail "why"          an error with a located diagnostic
///     spin                loops until interrupted, changing the store as it goes
///     rows 50             prints 50 lines (for the pager)
public final class ToyEngine: ConsoleEngine {
    /// Committed changes: what a real store would hold.
    public private(set) var storeChanges = 0
    public private(set) var closed = false
    public private(set) var executed: [SourceChunk] = []
    public private(set) var variables: [String: String] = [:]

    public static let commandWords = ["add", "appoint", "assign", "award", "bump", "fail", "let", "print", "rows", "spin"]
    public static let entityNames = ["和平社区", "和睦社区", "金华社区", "XFL-01", "XFL-02"]

    public init() {}

    public var storeSummary: String { "toy store, \(storeChanges) changes" }

    public func inputStatus(of text: String) -> InputStatus {
        var open: [Character] = []
        var inString = false
        for character in text {
            if inString {
                if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "(", "[", "{": open.append(character)
            case ")", "]", "}": if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        if inString { return .incomplete(opener: "\"") }
        if let last = open.last { return .incomplete(opener: String(last)) }
        return .complete
    }

    public func execute(
        _ chunk: SourceChunk, mode: ExecutionMode, output: any OutputSink, interrupt: InterruptFlag
    ) -> ExecutionOutcome {
        executed.append(chunk)
        var pending = 0
        var failure: String?
        let dryRun: Bool
        let keepGoing: Bool
        switch mode {
        case .interactive: (dryRun, keepGoing) = (false, false)
        case .script(let options): (dryRun, keepGoing) = (options.dryRun, options.keepGoing)
        }
        var echo: String?
        let lines = mode == .interactive ? [chunk.text] : chunk.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (offset, line) in lines.enumerated() {
            let lineNumber = chunk.firstLine + offset
            do {
                switch try statement(line, output: output, interrupt: interrupt) {
                case .changed: pending += 1
                case .value(let value): echo = value
                case .nothing: break
                case .interrupted: return .interrupted
                }
            } catch {
                let located = "error: \(error)\n  --> \(chunk.fileName):\(lineNumber):1\n"
                failure = (failure ?? "") + located
                if !keepGoing { break }
            }
        }
        if let failure {
            if keepGoing && !dryRun { storeChanges += pending }
            return .failed(diagnostics: failure)
        }
        if dryRun {
            output.write("dry run: would make \(pending) changes\n")
        } else {
            storeChanges += pending
        }
        return .completed(echo: mode == .interactive ? echo : nil)
    }

    /// The toy's static check: a `fail` statement is a problem found without running.
    public func check(_ chunk: SourceChunk) -> String? {
        let problems = chunk.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.hasPrefix("fail") }
            .map { "error: this statement fails\n  --> \(chunk.fileName):\(chunk.firstLine + $0.offset):1\n" }
        return problems.isEmpty ? nil : problems.joined()
    }

    public func completions(in line: String, cursor: Int) -> CompletionSet {
        let before = Array(line.prefix(cursor))
        let quotes = before.filter { $0 == "\"" }.count
        if quotes % 2 == 1, let quote = before.lastIndex(of: "\"") {
            let typed = String(before[(quote + 1)...])
            return CompletionSet(wordStart: quote + 1, candidates: Self.entityNames.filter { $0.hasPrefix(typed) })
        }
        var start = before.count
        while start > 0, before[start - 1].isLetter || before[start - 1].isNumber || before[start - 1] == "_" {
            start -= 1
        }
        let typed = String(before[start...])
        return CompletionSet(wordStart: start, candidates: Self.commandWords.filter { $0.hasPrefix(typed) })
    }

    public func defineVariable(named name: String, text: String) throws {
        guard Int(text) != nil else { throw ToyError(message: "--var \(name): \"\(text)\" is not a number") }
        variables[name] = text
    }

    public func close() { closed = true }

    // MARK: - The toy language

    struct ToyError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    enum Effect { case nothing, changed, value(String), interrupted }

    private func statement(_ line: String, output: any OutputSink, interrupt: InterruptFlag) throws -> Effect {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasPrefix("#") { return .nothing }
        let (word, rest) = splitWord(text)
        switch word {
        case "bump": return .changed
        case "fail": throw ToyError(message: rest.isEmpty ? "failed" : unquote(rest))
        case "print":
            let values = try rest.split(separator: ",").map { try evaluate(String($0)) }
            output.write(values.joined(separator: " ") + "\n")
            return .nothing
        case "let":
            let parts = rest.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ToyError(message: "let wants name = value") }
            variables[parts[0].trimmingCharacters(in: .whitespaces)] = try evaluate(String(parts[1]))
            return .nothing
        case "rows":
            for row in 1...(Int(rest) ?? 1) { output.write("row \(row)\n") }
            return .nothing
        case "spin":
            while !interrupt.isRaised {}
            return .interrupted
        default:
            return .value(try evaluate(text))
        }
    }

    private func splitWord(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), text[space...].trimmingCharacters(in: .whitespaces))
    }

    private func unquote(_ text: String) -> String {
        text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 ? String(text.dropFirst().dropLast()) : text
    }

    /// Integer arithmetic with + - * and brackets, variables, and "strings".
    private func evaluate(_ source: String) throws -> String {
        let text = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("\"") {
            guard text.hasSuffix("\""), text.count >= 2 else { throw ToyError(message: "unterminated string") }
            return unquote(text)
        }
        var parser = ArithmeticParser(characters: Array(text), variables: variables)
        let value = try parser.expression()
        guard parser.atEnd else { throw ToyError(message: "unexpected \"\(parser.rest)\"") }
        return String(value)
    }
}

private struct ArithmeticParser {
    let characters: [Character]
    let variables: [String: String]
    var position = 0

    var atEnd: Bool { mutating get { skipSpaces(); return position == characters.count } }
    var rest: String { String(characters[position...]) }

    mutating func expression() throws -> Int {
        var value = try term()
        while let op = peekOperator(["+", "-"]) {
            position += 1
            let right = try term()
            value = op == "+" ? value + right : value - right
        }
        return value
    }

    mutating func term() throws -> Int {
        var value = try factor()
        while peekOperator(["*"]) != nil {
            position += 1
            value *= try factor()
        }
        return value
    }

    mutating func factor() throws -> Int {
        skipSpaces()
        guard position < characters.count else { throw ToyEngine.ToyError(message: "expected a value") }
        if characters[position] == "(" {
            position += 1
            let value = try expression()
            skipSpaces()
            guard position < characters.count, characters[position] == ")" else {
                throw ToyEngine.ToyError(message: "expected )")
            }
            position += 1
            return value
        }
        let start = position
        while position < characters.count, characters[position].isLetter || characters[position].isNumber {
            position += 1
        }
        let word = String(characters[start..<position])
        if let number = Int(word) { return number }
        if let value = variables[word], let number = Int(value) { return number }
        throw ToyEngine.ToyError(message: word.isEmpty ? "expected a value" : "unknown name \(word)")
    }

    mutating func peekOperator(_ operators: [Character]) -> Character? {
        skipSpaces()
        guard position < characters.count, operators.contains(characters[position]) else { return nil }
        return characters[position]
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }
}
