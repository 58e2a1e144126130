#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX calls the store needs to be crash-safe: explicit
/// fsync of files and folders, rename, and files created mode 0600.
enum Files {
    /// Personal data: only the owner reads or writes store files.
    static let fileMode: mode_t = 0o600
    /// The store folder: only the owner may list or enter it.
    static let folderMode: mode_t = 0o700

    static func fail(_ path: String, _ operation: String) -> StoreError { .io(path: path, operation: operation, errno: errno) }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Makes an open store file 0600 if it is not (copied in, or left by an older
    /// version): `open`'s mode only applies to a file it creates. Best effort — a file
    /// of another owner stays as it is.
    static func tighten(_ fd: Int32) {
        var st = stat()
        if fstat(fd, &st) == 0, st.st_mode & 0o777 != fileMode { fchmod(fd, fileMode) }
    }

    /// Creates the store folder if it is missing; one that exists must be a folder we may use.
    static func makeFolder(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw StoreError.io(path: path, operation: "open folder", errno: ENOTDIR) }
            guard access(path, R_OK | W_OK | X_OK) == 0 else { throw fail(path, "open folder") }
            return
        }
        guard mkdir(path, folderMode) == 0 || errno == EEXIST else { throw fail(path, "mkdir") }
    }

    /// A store file must be a plain file: a folder or a device in its place is refused by name.
    static func requirePlainFile(_ st: stat, _ path: String) throws {
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw StoreError.io(path: path, operation: "read", errno: EISDIR) }
        if type != S_IFREG { throw StoreError.io(path: path, operation: "read", errno: ENODEV) }
    }

    /// The whole file, or nil if it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw fail(path, "open")
        }
        defer { close(fd) }
        return try readAll(fd, path: path, from: 0)
    }

    /// Everything from `offset` to the end of an open file.
    static func readAll(_ fd: Int32, path: String, from offset: Int) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail(path, "fstat") }
        try requirePlainFile(st, path)
        let size = max(0, Int(st.st_size) - offset)
        var out = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(offset + done)) }
            if n < 0 { if errno == EINTR { continue }; throw fail(path, "read") }
            if n == 0 { break }
            done += n
        }
        if done < size { out.removeLast(size - done) }
        return out
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw fail(path, "write") }
            done += n
        }
    }

    static func sync(_ fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw fail(path, "fsync") }
    }

    /// Makes a rename or a new file in the folder durable.
    static func syncFolder(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw fail(path, "open folder") }
        defer { close(fd) }
        try sync(fd, path: path)
    }

    /// Replaces `path` atomically: write a temporary file, fsync it, rename it over, fsync the folder.
    /// A crash at any instant leaves either the old file or the new one, never a mix.
    static func replaceAtomically(_ path: String, folder: String, with bytes: [UInt8]) throws {
        let temp = path + ".tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw fail(temp, "create") }
        tighten(fd) // a temporary file left by a crash keeps its mode otherwise, and the rename passes it on
        do {
            try writeAll(fd, bytes, path: temp)
            try sync(fd, path: temp)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else { throw fail(path, "rename") }
        try syncFolder(folder)
    }

    /// The identity, length and first line of a file, to tell whether someone else wrote
    /// to it or put another file in its place. Inode and length are not enough: a freed
    /// inode number is handed to the next new file, so a checkpoint's new journal can
    /// match the old one in both; its first line, the header with its base, differs.
    static func identity(_ path: String) throws -> FileIdentity? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw fail(path, "open")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail(path, "fstat") }
        var head = [UInt8](repeating: 0, count: min(Int(st.st_size), FileIdentity.firstLineLimit))
        var done = 0
        while done < head.count {
            let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(done)) }
            if n < 0 { if errno == EINTR { continue }; throw fail(path, "read") }
            if n == 0 { break }
            done += n
        }
        let firstLine = head[..<done].prefix { $0 != 0x0A }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size), firstLine: Array(firstLine))
    }
}

struct FileIdentity: Equatable {
    /// Bytes of the first line compared: a journal header is about 40.
    static let firstLineLimit = 256

    let device: UInt64
    let inode: UInt64
    let size: Int
    let firstLine: [UInt8]
}

/// A file mapped read-only. Decoded stretches can be given back to the kernel
/// (`release`), so reading a large snapshot does not hold it all in memory at once.
final class MappedFile {
    let buffer: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Nil when the file does not exist.
    init?(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Files.fail(path, "open")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Files.fail(path, "fstat") }
        try Files.requirePlainFile(st, path)
        let size = Int(st.st_size)
        guard size > 0 else {
            base = nil
            buffer = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { throw Files.fail(path, "mmap") }
        base = p
        buffer = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// The whole pages inside `range` are dropped from memory; touching them again reads them back.
    func release(_ range: Range<Int>) {
        guard let base else { return }
        let start = (range.lowerBound + MappedFile.pageSize - 1) / MappedFile.pageSize * MappedFile.pageSize
        let end = range.upperBound / MappedFile.pageSize * MappedFile.pageSize
        if end > start { madvise(base + start, end - start, Int32(MADV_DONTNEED)) }
    }

    deinit {
        if let base { munmap(base, buffer.count) }
    }
}
