/// Output that goes straight to stdout as it is printed: scripts, pipes, files.
public final class StreamingOutput: OutputSink {
    private let stream: StandardStream

    public init(stream: StandardStream = .output) { self.stream = stream }

    public func write(_ text: String) { stream.write(text) }
}

/// Output of one REPL statement on a terminal: held until the statement ends, then
/// shown directly when it fits the screen, or through the pager when it is taller.
/// A statement that prints without end (a runaway loop) is not held forever: past
/// `holdLimit` bytes the output streams to the screen instead.
public final class PagedOutput: OutputSink {
    public static let holdLimit = 4 << 20
    private var buffer = ""
    private var streaming = false
    private let pager: Pager
    private let screen: () -> (rows: Int, columns: Int)?

    public init(pager: Pager, screen: @escaping () -> (rows: Int, columns: Int)? = Terminal.size) {
        self.pager = pager
        self.screen = screen
    }

    public func write(_ text: String) {
        if streaming { return StandardStream.output.write(text) }
        buffer += text
        if buffer.utf8.count > Self.holdLimit {
            streaming = true
            StandardStream.output.write(buffer)
            buffer = ""
        }
    }

    /// Shows what the statement printed and empties the buffer.
    public func flush() {
        defer {
            buffer = ""
            streaming = false
        }
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
