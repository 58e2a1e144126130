import JicengBase
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's standard streams.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    public static var inputIsTerminal: Bool { isTerminal(STDIN_FILENO) }
    public static var outputIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// Rows and columns of the terminal on stdout, or nil when it is not one.
    public static func size() -> (rows: Int, columns: Int)? {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 else {
            return nil
        }
        return (Int(window.ws_row), Int(window.ws_col))
    }

    /// How many screen rows `text` fills at `columns` wide, counting wrapped lines.
    public static func rows(of text: String, columns: Int) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines.reduce(0) { total, line in
            total + max(1, (DisplayWidth.of(line) + columns - 1) / max(columns, 1))
        }
    }
}

/// Writes straight to a file descriptor, unbuffered, so prompts, output and errors
/// interleave in the order they happened.
public struct StandardStream: Sendable {
    public let fd: Int32

    public static let output = StandardStream(fd: STDOUT_FILENO)
    public static let error = StandardStream(fd: STDERR_FILENO)

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                writeBytes(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe: nothing more can be said
            }
            offset += written
        }
    }
}

private func writeBytes(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
