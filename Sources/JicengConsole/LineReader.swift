/// One read from the person or the pipe at the other end.
public enum LineInput: Sendable, Equatable {
    case line(String)
    /// Ctrl-C while waiting for input.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of input lines: GNU readline on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Remembers a whole statement for Up-arrow recall and the history file.
    func remember(_ statement: String)
}
