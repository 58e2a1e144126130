import Foundation
import JicengBase
import JicengLang

/// What a test script says should happen, read from its comments:
///
///     print 1 + 2          # expect: 3
///     # expect error: 4:7 division by zero
///     # expect exit: 1
///     # expect after: 3
///
/// `expect:` lines are the script's standard output, in order and exact; `expect error:`
/// each diagnostic's line:column and message; `expect help:` the diagnostics' help
/// lines (checked only when the script has one); `expect exit:` the exit status (0
/// when it succeeds, 1 after a script error — the CLI's mapping; by default 1 if an
/// error is expected, else 0); `expect after:` what the `# after:` statements print over
/// the store reloaded after the run (session scripts: see ScriptEnvironment).
struct ScriptExpectations: Equatable {
    var output: [String] = []
    var errors: [String] = []
    var helps: [String]?
    var exit: Int32 = 0
    var after: [String] = []

    init(source: String) {
        var explicitExit: Int32?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let marker = line.range(of: "# expect") else { continue }
            let rest = line[marker.upperBound...]
            if let text = ScriptExpectations.value(rest, after: ":") {
                output.append(text)
            } else if let text = ScriptExpectations.value(rest, after: " error:") {
                errors.append(text)
            } else if let text = ScriptExpectations.value(rest, after: " help:") {
                helps = (helps ?? []) + [text]
            } else if let text = ScriptExpectations.value(rest, after: " after:") {
                after.append(text)
            } else if let text = ScriptExpectations.value(rest, after: " exit:"), let n = Int32(text) {
                explicitExit = n
            }
        }
        exit = explicitExit ?? (errors.isEmpty ? 0 : 1)
    }

    init(output: [String], errors: [String], helps: [String]?, exit: Int32, after: [String] = []) {
        self.output = output
        self.errors = errors
        self.helps = helps
        self.exit = exit
        self.after = after
    }

    /// The text after `tag` and one optional space, if `rest` starts with `tag`.
    private static func value(_ rest: Substring, after tag: String) -> String? {
        guard rest.hasPrefix(tag) else { return nil }
        var text = rest.dropFirst(tag.count)
        if text.first == " " { text = text.dropFirst() }
        return String(text)
    }

    /// A readable account of where `actual` differs from `self`.
    func difference(from actual: ScriptExpectations) -> String {
        var lines: [String] = []
        func compare(_ title: String, _ expected: [String], _ got: [String]) {
            guard expected != got else { return }
            lines.append("\(title):")
            for i in 0..<max(expected.count, got.count) {
                let e = i < expected.count ? expected[i] : nil, g = i < got.count ? got[i] : nil
                if e == g { lines.append("    \(e!)"); continue }
                if let e { lines.append("  - \(e)") }
                if let g { lines.append("  + \(g)") }
            }
        }
        compare("output (- expected, + actual)", output, actual.output)
        compare("errors (- expected, + actual)", errors, actual.errors)
        compare("help lines (- expected, + actual)", helps ?? [], actual.helps ?? [])
        compare("after reloading (- expected, + actual)", after, actual.after)
        if exit != actual.exit { lines.append("exit: expected \(exit), got \(actual.exit)") }
        return lines.joined(separator: "\n")
    }
}

/// The language a script's messages are checked in: `# lang: zh` runs it with Chinese
/// messages (and, in a session, Chinese table headers), as `--lang zh` would; the
/// default is English.
///
///     # lang: zh
///     # expect error: 2:7 未知的名字 "cuont"
struct ScriptLanguage {
    var language = MessageLanguage.english

    init(source: String) {
        for line in source.split(separator: "\n") where line.hasPrefix("# lang:") {
            let value = line.dropFirst("# lang:".count).trimmingCharacters(in: .whitespaces)
            language = value == "zh" ? .chinese : .english
        }
    }
}

/// Limits a script asks the runner to set, so limit errors can be tested quickly:
///
///     # limit steps: 10000
///     # limit depth: 50
struct ScriptLimits {
    var steps: Int64?
    var depth: Int?

    init(source: String) {
        for line in source.split(separator: "\n") {
            guard line.hasPrefix("# limit ") else { continue }
            let parts = line.dropFirst("# limit ".count).split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "steps": steps = Int64(parts[1])
            case "depth": depth = Int(parts[1])
            default: continue
            }
        }
    }

    func apply(to limits: inout Limits) {
        if let steps { limits.maxSteps = steps }
        if let depth { limits.maxCallDepth = depth }
    }
}
