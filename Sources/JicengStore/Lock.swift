#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's cross-process lock: `flock` on the `lock` file. Writers hold it
/// exclusively while they catch up, append and checkpoint; readers hold it shared
/// while they read the snapshot and journal, so they never see half a checkpoint.
/// The kernel drops it when a process dies, so a killed writer never blocks others.
final class StoreLock {
    let path: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, Files.fileMode)
        guard fd >= 0 else { throw Files.fail(path, "open lock") }
        Files.tighten(fd)
    }

    deinit { close(fd) }

    func withExclusive<T>(_ body: () throws -> T) throws -> T { try with(LOCK_EX, body) }
    func withShared<T>(_ body: () throws -> T) throws -> T { try with(LOCK_SH, body) }

    private func with<T>(_ operation: Int32, _ body: () throws -> T) throws -> T {
        while flock(fd, operation) != 0 {
            guard errno == EINTR else { throw Files.fail(path, "lock") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
