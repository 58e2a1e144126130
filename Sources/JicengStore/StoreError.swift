/// Why a store could not be read or written. Messages name the file, and the line
/// and column where there is one, so a hand-edited file can be fixed.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// A file that does not parse or does not fit the model: nothing is overwritten.
    case corrupt(file: String, line: Int, column: Int, message: String)
    /// A snapshot written by a newer Jiceng.
    case newerSchema(file: String, found: Int, supported: Int)
    /// An operating-system call failed.
    case io(path: String, operation: String, errno: Int32)
    /// Another writer's changes made ours break a rule; nothing of ours was committed.
    case conflict(String)
    /// A misuse of the store API (a commit inside an open transaction, a checkpoint with pending changes).
    case usage(String)

    public var description: String {
        switch self {
        case .corrupt(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .newerSchema(let file, let found, let supported):
            "\(file): schema version \(found) is newer than this Jiceng supports (\(supported)); upgrade Jiceng"
        case .io(let path, let operation, let errno):
            "\(path): \(operation) failed: \(String(cString: strerror(errno)))"
        case .conflict(let message):
            "not committed: \(message)"
        case .usage(let message):
            message
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
