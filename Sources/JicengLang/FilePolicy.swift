#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import JicengBase

/// Which files a script may touch: `run "x.jc"` and `import … from "f"` read,
/// `show … to "f"`, `report … to "f"` and `export … to "f"` write. The host decides
/// (an embedded interpreter starts with `.denied`); reading the console's own init
/// script is the host's doing and not subject to it.
public enum FilePolicy: Sendable, Equatable {
    /// No file access at all (the default for an embedded interpreter).
    case denied
    /// Any path the process may read or write (the console's default).
    case allowed
    /// Only files inside this folder — where the path really leads, with `..` and
    /// symbolic links resolved, so neither gets a script out.
    case onlyUnder(String)
}

/// What a script is doing with a file, for the policy's message.
public enum FileAccess: Sendable {
    case read, write

    var verb: String { self == .read ? "read" : "write" }
    var chineseVerb: String { self == .read ? "读取" : "写入" }
}

extension FilePolicy {
    /// The path to open for `path` as a script named it, or why it may not. A relative
    /// path is taken from the folder of the script that names it; a script with no file
    /// (`<stdin>`, `<repl>`, a host's string) takes it from the current folder, or under
    /// `onlyUnder` from the allowed folder. The path returned has every link resolved,
    /// so the file opened is the file checked (the local files also refuse to follow a
    /// link put in its place after the check).
    public func check(_ path: String, from script: SourceFile, for access: FileAccess) throws(ValueError) -> String {
        if case .denied = self { throw refusal(path, access) }
        let full = absolute(path, from: script)
        switch self {
        case .denied:
            throw refusal(path, access)
        case .allowed:
            return RealPath.resolve(full) ?? RealPath.lexical(full)
        case .onlyUnder(let folder):
            let given = Value.quoted(path)
            let named = FilePolicy.hostPath(folder)
            guard let root = RealPath.resolve(named), RealPath.isFolder(root) else {
                throw ValueError(RuntimeErrorID.fileDenied, .allowedFolderMissing(Value.quoted(folder), access), help: .hostNamesFolder)
            }
            let help = RunMessage.onlyInside(access, root)
            guard let real = RealPath.resolve(full) else {
                throw ValueError(RuntimeErrorID.fileDenied, .cannotFollow(given), help: help)
            }
            guard RealPath.isInside(real, root) else {
                let meant = RealPath.lexical(full)
                let throughLink = RealPath.isInside(meant, root) || RealPath.isInside(meant, RealPath.lexical(named))
                throw ValueError(RuntimeErrorID.fileDenied, throughLink ? .outsideThroughLink(given) : .outsideFolder(given),
                                 help: help)
            }
            guard RealPath.isRegularFileOrMissing(real) else {
                throw ValueError(RuntimeErrorID.fileDenied, .notRegularFile(given), help: help)
            }
            return real
        }
    }

    /// `this console does not allow scripts to write files ("out.csv")`.
    func refusal(_ path: String, _ access: FileAccess) -> ValueError {
        ValueError(RuntimeErrorID.fileDenied, .scriptsMayNot(access, Value.quoted(path)), help: .hostDecidesFiles)
    }

    private func absolute(_ path: String, from script: SourceFile) -> String {
        if path.hasPrefix("/") { return path }
        let base: String
        if !script.name.hasPrefix("<") {
            let name = FilePolicy.hostPath(script.name)
            base = String(name[..<(name.lastIndex(of: "/") ?? name.startIndex)])
        } else if case .onlyUnder(let folder) = self {
            base = FilePolicy.hostPath(folder)
        } else {
            base = FileManager.default.currentDirectoryPath
        }
        return base + "/" + path
    }

    /// A path the host gave (the folder, a script's name), from the current folder.
    static func hostPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
