import JicengBase
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a store could not be read or written. Every message names the file, and where
/// there is one the line, column and place inside the record, says what is wrong in
/// plain words and how to repair it; a store that cannot be read is never written to.
public enum StoreError: Error, CustomStringConvertible, Equatable, MessageText {
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

    public var description: String { text(.english) }

    /// The whole message in the reader's language, rendered when it is shown.
    public func text(_ l: MessageLanguage) -> String {
        switch self {
        case .corrupt(let problem):
            problem.text(l)
        case .newerSchema(let file, let found, let supported):
            StoreMessage.newerSchema(file: file, found: found, supported: supported).text(l) + "\n"
                + StoreMessage.repairLine(Message(StoreMessage.upgradeJiceng)).text(l)
        case .io(let path, let operation, let errno):
            FileTrouble(path: path, operation: operation, errno: errno).text(l)
        case .conflict(let message):
            "not committed: \(message)"
        case .usage(let message):
            message
        }
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
    /// What is wrong, in plain words, in both languages.
    public var problem: Message
    /// What to do about it, in both languages.
    public var repairText: Message

    /// What is wrong, in English.
    public var message: String { problem.english }
    /// What to do about it, in English.
    public var repair: String { repairText.english }

    public init(file: String, line: Int? = nil, column: Int? = nil, byte: Int? = nil, path: String? = nil,
                record: String? = nil, message: Message, repair: Message) {
        self.file = file; self.line = line; self.column = column; self.byte = byte
        self.path = path; self.record = record; self.problem = message; self.repairText = repair
    }

    init(file: String, line: Int? = nil, column: Int? = nil, byte: Int? = nil, path: String? = nil,
         record: String? = nil, message: StoreMessage, repair: StoreMessage) {
        self.init(file: file, line: line, column: column, byte: byte, path: path, record: record,
                  message: Message(message), repair: Message(repair))
    }

    public var description: String { text(.english) }

    /// `file:line:column: message`, then where inside the document, then how to repair.
    public func text(_ l: MessageLanguage) -> String {
        var out = place(l) + l.pick(": ", "：") + problem.text(l)
        if record != nil || path != nil || byte != nil {
            out += "\n" + StoreMessage.place(record: record, path: path, byte: byte).text(l)
        }
        return out + "\n" + StoreMessage.repairLine(repairText).text(l)
    }

    /// `snapshot.json:12:5` / `snapshot.json 第 12 行第 5 列`.
    private func place(_ l: MessageLanguage) -> String {
        guard let line else { return file }
        if l == .chinese { return "\(file) 第 \(line) 行" + (column.map { "第 \($0) 列" } ?? "") }
        return "\(file):\(line)" + (column.map { ":\($0)" } ?? "")
    }

}

/// An operating-system error on a store file, said in a party worker's words with what
/// to do about it (permissions, a folder where a file belongs, a full disk).
struct FileTrouble: CustomStringConvertible {
    let path: String
    let operation: String
    let errno: Int32

    var description: String { text(.english) }

    func text(_ l: MessageLanguage) -> String {
        let (what, repair) = explanation
        return "\(path)" + l.pick(": ", "：") + what.text(l) + "\n" + StoreMessage.repairLine(Message(repair)).text(l)
    }

    private var explanation: (StoreMessage, StoreMessage) {
        switch errno {
        case EACCES where operation == "open folder", EPERM where operation == "open folder":
            return (.folderPermissionDenied, .restoreFolderPermissions(path))
        case EACCES, EPERM:
            return (.permissionDenied(verb), .restoreFilePermissions(path))
        case EISDIR:
            return (.folderWhereFileBelongs, .moveFolderOut(path))
        case ENOTDIR:
            return (.fileWhereFolderBelongs, .giveAFolder)
        case ENODEV:
            return (.notAPlainFile, .replaceOrMoveOut)
        case ENOSPC, EDQUOT:
            return (.diskFull, .freeSpace)
        case EROFS:
            return (.diskReadOnly, .useWritableDisk)
        default:
            return (.systemCallFailed(operation, String(cString: strerror(errno))), .checkDisk)
        }
    }

    private var verb: StoreMessage.FileUse {
        switch operation {
        case "open", "read", "mmap", "fstat", "stat", "open lock", "lock": .read
        case "mkdir": .create
        default: .write
        }
    }
}
