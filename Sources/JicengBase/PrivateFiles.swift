#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that may hold personal data (exports, reports written with `to "f"`, the REPL
/// history): created mode 0600 in folders created 0700, whatever the umask, and an
/// existing file written over is tightened to 0600 as well.
public enum PrivateFiles {
    /// Only the owner reads or writes.
    public static let fileMode: mode_t = 0o600
    /// Only the owner lists or enters.
    public static let folderMode: mode_t = 0o700
    /// Read and write in pieces this large (a report is seldom bigger).
    static let chunk = 1 << 16

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let operation: String
        public let code: Int32
        public var description: String { "cannot \(operation) \(path): \(reason)" }
        /// What the system says went wrong: `No such file or directory`.
        public var reason: String { String(cString: strerror(code)) }
        /// The final part of the path was a symbolic link and links were not to be followed.
        public var isSymbolicLink: Bool { code == ELOOP }
    }

    /// Creates `path` and any missing folders above it, each 0700 (an existing one is
    /// left as it is).
    public static func makeFolders(_ path: String) throws(Failure) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            built += "/" + part
            if mkdir(built, folderMode) != 0, errno != EEXIST { throw Failure(path: built, operation: "create the folder", code: errno) }
        }
    }

    /// Writes `bytes` as the whole file, creating it 0600. With `followingLinks: false`
    /// a symbolic link in the final place is refused (ELOOP) instead of written through.
    public static func write(_ bytes: some Collection<UInt8>, to path: String, followingLinks: Bool = true) throws(Failure) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let fd = open(path, flags, fileMode)
        guard fd >= 0 else { throw Failure(path: path, operation: "write", code: errno) }
        defer { close(fd) }
        var st = stat()
        // A regular file someone made more open is tightened; a device (/dev/stdout) is left alone.
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o777 != fileMode { fchmod(fd, fileMode) }
        let data = Array(bytes)
        var done = 0
        while done < data.count {
            let n = data.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, data.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, operation: "write", code: errno)
            }
            done += n
        }
    }

    /// The whole file. With `followingLinks: false` a symbolic link in the final place
    /// is refused (ELOOP).
    public static func read(_ path: String, followingLinks: Bool = true) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { throw Failure(path: path, operation: "read", code: errno) }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, operation: "read", code: errno)
            }
            if n == 0 { return out }
            out += buffer[0..<n]
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
#endif
