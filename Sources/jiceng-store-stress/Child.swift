#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process this tool starts (posix_spawn, no Foundation): its standard output and
/// error read line by line through one pipe, or sent nowhere; killed and waited for.
final class Child {
    let pid: pid_t
    /// Read end of the output pipe, or -1 when the output is not read.
    private var output: Int32
    private var pending: [UInt8] = []
    /// Every complete line read so far, the last ones kept for error reports.
    private(set) var recent: [String] = []
    /// Lines kept for telling why a child ended (its last words).
    private static let recentKept = 12

    /// Starts `path` with `arguments`. Standard input comes from `input` (a file) or
    /// /dev/null; the output is read through `readLine` when `readOutput`.
    init(_ path: String, _ arguments: [String], input: String? = nil, readOutput: Bool) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        var ends: [Int32] = [-1, -1]
        if readOutput {
            guard pipe(&ends) == 0 else { throw StressFailure("pipe: errno \(errno)") }
            // Not inherited by the other children started meanwhile, so each pipe ends with its child.
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
            posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, nil, argv, environ)
        if readOutput { close(ends[1]) }
        guard status == 0 else {
            if readOutput { close(ends[0]) }
            throw StressFailure("cannot start \(path): errno \(status)")
        }
        pid = child
        output = readOutput ? ends[0] : -1
    }

    deinit { if output >= 0 { close(output) } }

    /// The next complete line of output; nil once the child closed it (ended).
    func readLine() -> String? {
        guard output >= 0 else { return nil }
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                recent.append(line)
                if recent.count > Child.recentKept { recent.removeFirst() }
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil } // a partial last line is no acknowledgement
            pending += chunk[..<n]
        }
    }

    func killNow() { _ = kill(pid, SIGKILL) }

    /// Waits for the child to end; its exit code, or the signal that ended it.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WTERMSIG are C macros Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .killed(signal)
    }

    enum Ending: Equatable, CustomStringConvertible {
        case exited(Int32)
        case killed(Int32)
        var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .killed(let signal): "was killed by signal \(signal)"
            }
        }
    }

    /// The child's last lines, for a report of why it ended.
    var lastWords: String { recent.isEmpty ? "(it printed nothing)" : recent.joined(separator: "\n  ") }
}

/// This program's own path, to start copies of it as children.
func ownExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return CommandLine.arguments[0]
}
