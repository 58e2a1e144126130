#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a store could not be read or written. Every message names the file, and where
/// there is one the line, column and place inside the record, says what is wrong in
/// plain words and how to repair it; a store that cannot be read is never written to.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// A file that does not parse or does not fit the model: nothing is overwritten.
    case corrupt(StoreProblem)
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
        case .corrupt(let problem):
            problem.description
        case .newerSchema(let file, let found, let supported):
            "\(file): this store was written by a newer Jiceng (schema version \(found); this one reads up to \(supported))\n"
                + StoreProblem.repairLine("upgrade Jiceng; the files were left as they are")
        case .io(let path, let operation, let errno):
            FileTrouble(path: path, operation: operation, errno: errno).description
        case .conflict(let message):
            "not committed: \(message)"
        case .usage(let message):
            message
        }
    }

    /// A problem in a store file, located.
    static func corrupt(file: String, line: Int? = nil, column: Int? = nil, _ message: String, repair: String) -> StoreError {
        .corrupt(StoreProblem(file: file, line: line, column: column, message: message, repair: repair))
    }
}

/// A store file that cannot be used as it is: which file, where in it, what is wrong,
/// and what a person can do about it.
public struct StoreProblem: Equatable, Sendable, CustomStringConvertible {
    /// The file's name inside the store folder (`snapshot.json`, `journal.jsonl`).
    public var file: String
    /// 1-based line, when the problem is at a place in the file.
    public var line: Int?
    /// 1-based column, counted in characters.
    public var column: Int?
    /// 0-based byte offset in the file: on a snapshot written as one long line this is
    /// what finds the place (`head -c`, `dd`), where a column of millions does not.
    public var byte: Int?
    /// Where inside the JSON document, as jq spells it without the leading dot:
    /// `member[1203].branch`, `changes[0].set.district`.
    public var path: String?
    /// The record the place belongs to: `member "M1204"`.
    public var record: String?
    /// What is wrong, in plain words.
    public var message: String
    /// What to do about it.
    public var repair: String

    public init(file: String, line: Int? = nil, column: Int? = nil, byte: Int? = nil, path: String? = nil,
                record: String? = nil, message: String, repair: String) {
        self.file = file; self.line = line; self.column = column; self.byte = byte
        self.path = path; self.record = record; self.message = message; self.repair = repair
    }

    /// `file:line:column: message`, then where inside the document, then how to repair.
    public var description: String {
        var head = file
        if let line { head += ":\(line)" }
        if line != nil, let column { head += ":\(column)" }
        var out = head + ": " + message
        var place: [String] = []
        if let record { place.append("in \(record)") }
        if let path { place.append("at \(path)") }
        if let byte { place.append("byte \(byte) of the file") }
        if !place.isEmpty { out += "\n  where: " + place.joined(separator: ", ") }
        return out + "\n" + StoreProblem.repairLine(repair)
    }

    static func repairLine(_ text: String) -> String { "  to repair: " + text }
}

/// An operating-system error on a store file, said in a party worker's words with what
/// to do about it (permissions, a folder where a file belongs, a full disk).
struct FileTrouble: CustomStringConvertible {
    let path: String
    let operation: String
    let errno: Int32

    var description: String {
        let (what, repair) = explanation
        return "\(path): \(what)\n" + StoreProblem.repairLine(repair)
    }

    private var explanation: (String, String) {
        switch errno {
        case EACCES where operation == "open folder", EPERM where operation == "open folder":
            return ("permission denied: this user may not use the store folder",
                    "run jiceng as the user who owns the store, or give that user back its permissions: chmod u+rwx '\(path)'")
        case EACCES, EPERM:
            return ("permission denied (cannot \(verb) it)",
                    "run jiceng as the user who owns the store, or give that user back read and write permission: chmod u+rw '\(path)'")
        case EISDIR:
            return ("this is a folder, where the store keeps a file",
                    "move the folder '\(path)' out of the store folder; nothing else was changed")
        case ENOTDIR:
            return ("this is a file, where the store needs a folder",
                    "give --store (or JICENG_STORE) a folder, or move the file that is in the way")
        case ENODEV:
            return ("this is not a plain file",
                    "replace it with the store's file, or move it out of the store folder")
        case ENOSPC, EDQUOT:
            return ("the disk is full", "free some space on the disk, then try again; nothing was lost")
        case EROFS:
            return ("the disk is read-only", "open the store on a writable disk, or copy the folder to one")
        default:
            return ("\(operation) failed: \(String(cString: strerror(errno)))",
                    "check the disk and the file's permissions, then try again; nothing was changed")
        }
    }

    private var verb: String {
        switch operation {
        case "open", "read", "mmap", "fstat", "stat", "open lock", "lock": "read"
        case "mkdir": "create"
        default: "write"
        }
    }
}
