/// `--color auto|always|never`. An explicit `always`/`never` wins; `auto` colours only
/// a terminal, and only when NO_COLOR (https://no-color.org) is unset or empty and
/// TERM is not "dumb".
public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never

    public func usesColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return outputIsTerminal
        }
    }
}

/// The few colours the console itself uses. With colour off every style is the plain
/// text, so no escape code can leak into a pipe or a file.
public struct ConsoleStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public func error(_ text: String) -> String { wrap(text, "1;31") }
    public func warning(_ text: String) -> String { wrap(text, "1;33") }
    public func prompt(_ text: String) -> String { wrap(text, "1;32") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Colours the `error:` / `warning:` heads of formatted diagnostics.
    public func diagnostics(_ text: String) -> String {
        guard enabled else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            for (head, paint) in [("error:", error), ("错误：", error), ("warning:", warning), ("警告：", warning)]
            where line.hasPrefix(head) {
                return paint(head) + line.dropFirst(head.count)
            }
            return String(line)
        }.joined(separator: "\n")
    }
}
