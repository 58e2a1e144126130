#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor with no editing, no prompt and no escape codes:
/// piped input, redirected files, or a terminal whose output goes elsewhere.
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private var pending: [UInt8] = []
    private var atEnd = false

    public init(fd: Int32 = STDIN_FILENO) { self.fd = fd }

    public func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }  // files saved on Windows
                return .line(String(decoding: line, as: UTF8.self))
            }
            if atEnd {
                guard !pending.isEmpty else { return .endOfInput }
                defer { pending.removeAll() }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            guard InterruptHandling.waitForInput(on: fd) else { return .interrupted }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                pending.append(contentsOf: chunk[..<count])
            }
        }
    }

    /// Piped input is not history.
    public func remember(_ statement: String) {}
}
