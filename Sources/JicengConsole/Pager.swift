#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows tall output through `$PAGER`, as psql and git do. PAGER unset means `less`
/// (with LESS=FRX unless LESS is set: quit when it fits, keep colours, leave the
/// text on screen); PAGER set to the empty string turns paging off.
public struct Pager: Sendable {
    public let command: String?
    let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
        switch environment["PAGER"] {
        case .some(let value): command = value.allSatisfy(\.isWhitespace) ? nil : value
        case .none: command = "less"
        }
    }

    /// Pipes `text` into the pager and waits for it; false when no pager could run, so
    /// the caller prints the text itself.
    ///
    /// The pager is spawned directly rather than through Foundation's Process, which
    /// puts the child in its own process group: a pager there cannot read the keyboard.
    public func show(_ text: String) -> Bool {
        guard let command else { return false }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        // Our output is always UTF-8; without this, less on a machine whose locale is
        // not installed (LANG=zh_CN.UTF-8 with only C.UTF-8 generated) shows Chinese as <E5><85>….
        if pagerEnvironment["LESSCHARSET"] == nil { pagerEnvironment["LESSCHARSET"] = "utf-8" }
        let arguments: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (word: String) in strdup(word) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = pagerEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }

        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, variables)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        // The reader may quit early (q in less); a closed pipe must not end the console.
        signal(SIGPIPE, SIG_IGN)
        StandardStream(fd: writeEnd).write(text)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // Ctrl-C inside the pager belongs to the pager, not to the next prompt.
        InterruptHandling.flag.clear()
        let exitedNormally = (status & 0x7F) == 0
        let exitCode = (status >> 8) & 0xFF
        return !(exitedNormally && exitCode == 127)  // 127: the shell found no such pager
    }
}
