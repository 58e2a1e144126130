import Foundation
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
    /// existing file tightened to it), as reports may hold personal data.
    public static let local = ScriptFiles(
        read: { path in String(decoding: try readLocal(path), as: UTF8.self) },
        write: { path, text in try writeLocal(path, text) },
        readBytes: { path in try readLocal(path) })

    private static func readLocal(_ path: String) throws(ValueError) -> [UInt8] {
        do { return try PrivateFiles.read(path) } catch {
            throw ValueError(RuntimeErrorID.fileDenied, "cannot read \(Value.quoted(path)): \(error.reason)")
        }
    }

    private static func writeLocal(_ path: String, _ text: String) throws(ValueError) {
        do { try PrivateFiles.write(text.utf8, to: path) } catch {
            throw ValueError(RuntimeErrorID.fileDenied, "cannot write \(Value.quoted(path)): \(error.reason)")
        }
    }
}

extension Interpreter {
    /// Applies the file policy to a path named in a script: relative paths are taken
    /// from the folder of the script that names them; `..` is resolved before the
    /// folder check, so `onlyUnder` cannot be escaped.
    func checkPath(_ path: String, from: SourceFile) throws(ValueError) -> String {
        var full = path
        if !path.hasPrefix("/") {
            let base = from.name.hasPrefix("<") ? FileManager.default.currentDirectoryPath
                : URL(fileURLWithPath: from.name).deletingLastPathComponent().path
            full = base + "/" + path
        }
        full = URL(fileURLWithPath: full).standardized.path
        switch filePolicy {
        case .denied:
            throw ValueError(RuntimeErrorID.fileDenied, "this interpreter may not use files (\(Value.quoted(path)))",
                             help: "the host sets Interpreter.filePolicy")
        case .allowed:
            return full
        case .onlyUnder(let folder):
            let root = URL(fileURLWithPath: folder).standardized.path
            guard full == root || full.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                throw ValueError(RuntimeErrorID.fileDenied, "\(Value.quoted(path)) is outside the folder scripts may use",
                                 help: "files must be inside \(root)")
            }
            return full
        }
    }
}

extension Interpreter {
    /// The file policy as host commands see it (`import members from "f.csv"`): the
    /// full path to use for `path` named in `file`, or why the script may not use it.
    public func allowedPath(_ path: String, from file: SourceFile) throws(ValueError) -> String {
        try checkPath(path, from: file)
    }
}
