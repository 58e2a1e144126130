#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path really leads, as the kernel would follow it: every symbolic link and
/// `..` resolved, also for a file that does not exist yet (one a script is about to
/// write). The file policy checks this, not the text a script wrote, so neither
/// `../..` nor a link inside the allowed folder that points outside it gets out.
public enum RealPath {
    /// The real path of an absolute `path`: `realpath` of the longest part that exists,
    /// then the parts that do not exist yet. Nil when it cannot be told — a part that
    /// is a symbolic link to nothing, or `..` after a folder that does not exist.
    public static func resolve(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var existing = parts.count
        while existing >= 0 {
            let prefix = "/" + parts[0..<existing].joined(separator: "/")
            if let real = realPath(prefix) {
                let rest = parts[existing...].filter { $0 != "." }
                // What follows does not exist, so it holds no link — unless the first part
                // is itself a link that leads nowhere (realpath failed on it), or `..`
                // would climb out of a folder that is not there.
                if rest.contains("..") { return nil }
                if let first = rest.first, exists(real == "/" ? "/" + first : real + "/" + first) { return nil }
                return rest.reduce(real) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            existing -= 1
        }
        return nil
    }

    /// True when nothing is at `path`, or a regular file (not a folder, a device or a pipe).
    public static func isRegularFileOrMissing(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return errno == ENOENT }
        return (st.st_mode & S_IFMT) == S_IFREG
    }

    /// True when `path` is a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// `path` with `.` and `..` taken away by the text alone (what a script meant to name).
    public static func lexical(_ path: String) -> String {
        var out: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = out.popLast(); continue }
            out.append(part)
        }
        return "/" + out.joined(separator: "/")
    }

    /// True when `path` is `folder` or inside it (both real and absolute).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Something is there, a dangling link included (lstat does not follow it).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }
}
