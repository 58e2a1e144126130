#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase

/// The REPL's persistent history. One entry per statement, so a statement typed over
/// several lines comes back whole with the Up arrow. On disk each entry is one line
/// with `\` and newline escaped (`\\`, `\n`). The file holds what people typed, which
/// may be personal data, so it is created mode 0600 in a folder only its owner reads.
public struct HistoryFile: Sendable {
    public let path: String
    /// Entries kept; older ones are dropped when the file is loaded.
    public static let capacity = 2000

    public init(path: String) { self.path = path }

    public enum Failure: Error, CustomStringConvertible {
        case cannotCreate(String, Int32)
        public var description: String {
            switch self {
            case .cannotCreate(let path, let code): return "\(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// The entries, oldest first. A missing file is an empty history.
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        let entries = text.split(separator: "\n").map { Self.decode(String($0)) }
        if entries.count > Self.capacity {
            let kept = Array(entries.suffix(Self.capacity))
            try? rewrite(kept)
            return kept
        }
        return entries
    }

    /// Adds one entry at the end of the file, creating the file and its folder.
    public func append(_ entry: String) throws {
        try createFolder()
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.cannotCreate(path, errno) }
        defer { close(fd) }
        // Also tighten a file that someone created more openly.
        fchmod(fd, 0o600)
        let line = Self.encode(entry) + "\n"
        _ = line.withCString { write(fd, $0, strlen($0)) }
    }

    private func rewrite(_ entries: [String]) throws {
        try createFolder()
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.cannotCreate(temporary, errno) }
        fchmod(fd, 0o600) // a temporary file left behind keeps its mode otherwise, and the rename passes it on
        let text = entries.map { Self.encode($0) + "\n" }.joined()
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        guard rename(temporary, path) == 0 else { throw Failure.cannotCreate(path, errno) }
    }

    /// The folder and any missing one above it (`~/.local/state` on a fresh account),
    /// each 0700 whatever the umask.
    private func createFolder() throws {
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do { try PrivateFiles.makeFolders(folder) } catch { throw Failure.cannotCreate(error.path, error.code) }
    }

    static func encode(_ entry: String) -> String {
        entry.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        var result = ""
        var escaping = false
        for character in line {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
