/// Output that goes straight to stdout as it is printed: scripts, pipes, files.
public final class StreamingOutput: OutputSink {
    private let stream: StandardStream

    public init(stream: StandardStream = .output) { self.stream = stream }

    public func write(_ text: String) { stream.write(text) }
}

/// Output of one REPL statement on a terminal: held until the statement ends, then
/// shown directly when it fits the screen, or through the pager when it is taller.
public final class PagedOutput: OutputSink {
    private var buffer = ""
    private let pager: Pager
    private let screen: () -> (rows: Int, columns: Int)?

    public init(pager: Pager, screen: @escaping () -> (rows: Int, columns: Int)? = Terminal.size) {
        self.pager = pager
        self.screen = screen
    }

    public func write(_ text: String) { buffer += text }

    /// Shows what the statement printed and empties the buffer.
    public func flush() {
        defer { buffer = "" }
        guard !buffer.isEmpty else { return }
        // One row is kept for the prompt that follows, as psql does.
        if let screen = screen(), Terminal.rows(of: buffer, columns: screen.columns) > screen.rows - 1,
            pager.show(buffer)
        {
            return
        }
        StandardStream.output.write(buffer)
    }
}
