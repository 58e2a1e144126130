#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase

/// How the interpreter reads scripts for `run` and writes `show … to` output, after the
/// file policy has allowed the path. The engine's own logic never touches files; this
/// is the embedding layer's default, and a host may supply its own (an in-memory set
/// of files, a sandbox).
public struct ScriptFiles: Sendable {
    public var read: @Sendable (_ path: String) throws -> String
    public var write: @Sendable (_ path: String, _ text: String) throws -> Void
    /// The raw bytes, for host commands reading files that need not be UTF-8 (a CSV
    /// saved by Excel as GB18030); by default the bytes of what `read` returns.
    public var readBytes: @Sendable (_ path: String) throws -> [UInt8]

    public init(read: @escaping @Sendable (String) throws -> String, write: @escaping @Sendable (String, String) throws -> Void,
                readBytes: (@Sendable (String) throws -> [UInt8])? = nil) {
        self.read = read
        self.write = write
        self.readBytes = readBytes ?? { path in Array(try read(path).utf8) }
    }

    /// The local file system; files written are private to the user (mode 0600, an
    /// existing file tightened to it), as reports may hold personal data. The path comes
    /// from the file policy with its links resolved, so a link found in the final place
    /// now was put there after the check: it is refused, not followed.
    public static let local = ScriptFiles(
        read: { path in String(decoding: try readLocal(path), as: UTF8.self) },
        write: { path, text in try writeLocal(path, text) },
        readBytes: { path in try readLocal(path) })

    private static func readLocal(_ path: String) throws(ValueError) -> [UInt8] {
        do { return try PrivateFiles.read(path, followingLinks: false) } catch {
            throw ValueError(RuntimeErrorID.fileDenied, .cannotRead(Value.quoted(path), reason: reason(error)))
        }
    }

    private static func reason(_ error: PrivateFiles.Failure) -> Message {
        error.isSymbolicLink ? Message(RunMessage.symbolicLinkNotFollowed) : Message(verbatim: error.reason)
    }

    private static func writeLocal(_ path: String, _ text: String) throws(ValueError) {
        do { try PrivateFiles.write(text.utf8, to: path, followingLinks: false) } catch {
            throw ValueError(RuntimeErrorID.fileDenied, .cannotWrite(Value.quoted(path), reason: reason(error)))
        }
    }
}

extension Interpreter {
    /// The file policy as host commands see it (`import members from "f.csv"` reads,
    /// `export … to "f.csv"` writes): the path to open for `path` named in `file`, or
    /// why the script may not use it.
    public func allowedPath(_ path: String, from file: SourceFile, for access: FileAccess) throws(ValueError) -> String {
        try filePolicy.check(path, from: file, for: access)
    }
}
