import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with pipes for its standard streams (not a terminal).
struct ProcessRun {
    let status: Int32
    let output: String
    let errors: String

    static func run(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String]
    ) throws -> ProcessRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both streams to the end before waiting, so a full pipe cannot stall the child.
        let errorData = DataReader(stderr.fileHandleForReading)
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessRun(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData.finish(), as: UTF8.self))
    }
}

extension ProcessRun {
    /// Starts a program, waits until its output contains `marker`, then sends SIGINT (as
    /// Ctrl-C does) and returns its status and everything it printed.
    static func interrupt(
        _ executable: String, _ arguments: [String], environment: [String: String], after marker: String
    ) throws -> ProcessRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let (stdout, stderr) = (Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errorData = DataReader(stderr.fileHandleForReading)
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains(marker) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        kill(process.processIdentifier, SIGINT)
        seen.append(stdout.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return ProcessRun(
            status: process.terminationStatus, output: String(decoding: seen, as: UTF8.self),
            errors: String(decoding: errorData.finish(), as: UTF8.self))
    }
}

/// Drains a pipe on another thread.
final class DataReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
