#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest

/// Runs a program on a pseudo-terminal and talks to it as a person at a keyboard
/// would: type, wait to see text on the screen, press Ctrl-C or Ctrl-D.
///
/// The child is started with posix_spawn as a session leader whose stdin, stdout and
/// stderr are the terminal, so Ctrl-C typed here reaches it as SIGINT. Waiting has a
/// generous deadline only so a broken console fails the test instead of hanging it;
/// no assertion depends on how fast anything happens.
final class PseudoTerminal {
    /// POSIX_SPAWN_SETSID, which glibc's header shows only to C code built with _GNU_SOURCE.
    private let spawnNewSession: Int32 = 0x80

    let child: pid_t
    private let master: Int32
    private var raw: [UInt8] = []
    /// Where in the screen text the next `waitFor` starts looking.
    private var mark = 0
    private var exitStatus: Int32?

    static let deadline: TimeInterval = 30

    init(
        executable: String, arguments: [String] = [], environment: [String: String],
        standardInput: String? = nil, rows: UInt16 = 24, columns: UInt16 = 100
    ) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENODEV) }
        let slaveName = String(cString: ttyname(slave))
        close(slave)
        self.master = master

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session: opening the terminal below makes it the controlling one.
        posix_spawnattr_setflags(&attributes, Int16(spawnNewSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 1, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        if let standardInput {
            // Input from a file while the output is the terminal.
            posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 0)
        }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { (word: String) in strdup(word) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { (pair: (key: String, value: String)) in strdup("\(pair.key)=\(pair.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        child = pid
    }

    deinit {
        if exitStatus == nil {
            kill(child, SIGKILL)
            var status: Int32 = 0
            waitpid(child, &status, 0)
        }
        close(master)
    }

    /// Everything the program has shown, with terminal control sequences removed.
    var screenText: String { Self.plain(raw) }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func pressEnter() { type("\r") }
    func pressTab() { type("\t") }
    func pressCtrlC() { type("\u{03}") }
    func pressCtrlD() { type("\u{04}") }
    func pressUp() { type("\u{1B}[A") }

    /// Waits until `text` shows up after the previous match; returns what came
    /// between, so a test can check what was (and was not) printed.
    @discardableResult
    func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let start = Date()
        while true {
            let screen = screenText
            let unseen = screen.utf8.count > mark ? String(decoding: Array(screen.utf8)[mark...], as: UTF8.self) : ""
            if let found = unseen.range(of: text) {
                let before = String(unseen[..<found.lowerBound])
                mark += unseen[..<found.upperBound].utf8.count
                return before
            }
            guard Date().timeIntervalSince(start) < Self.deadline, readSome() else {
                let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)) ?? "gone"
                let channel = (try? String(contentsOfFile: "/proc/\(child)/wchan", encoding: .utf8)) ?? ""
                XCTFail("never saw \(text.debugDescription); the screen showed:\n\(screen.debugDescription)\nprocess: \(state) \(channel)", file: file, line: line)
                throw POSIXError(.ETIMEDOUT)
            }
        }
    }

    /// Waits for the program to end and returns its exit status (-1 if it never did).
    func waitForExit(file: StaticString = #filePath, line: UInt = #line) -> Int32 {
        let start = Date()
        var status: Int32 = 0
        while waitpid(child, &status, WNOHANG) == 0 {
            guard Date().timeIntervalSince(start) < Self.deadline else {
                XCTFail("the program never ended; the screen showed:\n\(screenText)", file: file, line: line)
                return -1
            }
            _ = readSome()
        }
        while readSome() {}
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return exitStatus!
    }

    /// Reads what is available, waiting a little for it; false once the program is gone.
    private func readSome() -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, 200)
        if ready <= 0 { return ready == 0 || errno == EINTR }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }  // EIO: the other side closed
        raw.append(contentsOf: buffer[..<count])
        return true
    }

    /// Drops CSI and OSC sequences, other escapes, carriage returns and bells.
    static func plain(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                let next = bytes[index + 1]
                index += 2
                if next == UInt8(ascii: "[") {
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                } else if next == UInt8(ascii: "]") {
                    while index < bytes.count, bytes[index] != 0x07 { index += 1 }
                    index += 1
                }
                continue
            }
            if byte != UInt8(ascii: "\r") && byte != 0x07 && byte != 0x08 { result.append(byte) }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The bytes as the program wrote them, escape codes and all.
    var screenBytes: [UInt8] { raw }
}
