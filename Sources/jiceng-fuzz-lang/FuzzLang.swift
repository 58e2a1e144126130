// A libFuzzer target: arbitrary bytes run as a script through the whole pipeline
// (lexer → parser → resolver → compiler → runtime) with every command of the work,
// over an in-memory database and in-memory files. Any error is fine; a crash, an
// ASan report or a hang is a bug. Built and run by scripts/fuzz (see docs/RELIABILITY.md).
#if FUZZING
import Foundation
import JicengBase
import JicengCommands
import JicengLang

/// Tight bounds so one input cannot run long: a fuzz input that needs more than these
/// is exploring the limit itself, which LimitTests covers at full size.
enum FuzzLimits {
    /// Loop iterations plus calls per input; enough for every test script.
    static let maxSteps: Int64 = 200_000
    /// Nested calls; deep enough to reach the depth error quickly.
    static let maxCallDepth = 200
    /// Wall-clock seconds per input, well below scripts/fuzz's -timeout for hangs.
    static let maxSeconds = 2.0
}

/// Files a fuzzed script may read (`run`, `import`) and write (`show … to`, `export`),
/// kept in memory, so fuzzing never touches the disk. They start as the test scripts'
/// library files and CSV fixtures, at the paths the test scripts name them by.
final class MemoryFiles: @unchecked Sendable {
    var files: [String: [UInt8]] = [:]
    let initial: [String: [UInt8]]

    init(initial: [String: [UInt8]]) {
        self.initial = initial
        files = initial
    }

    var scriptFiles: ScriptFiles {
        ScriptFiles(
            read: { path in String(decoding: try self.bytes(path), as: UTF8.self) },
            write: { path, text in self.files[path] = Array(text.utf8) },
            readBytes: { path in try self.bytes(path) })
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw ValueError(RuntimeErrorID.fileDenied, Message(verbatim: "no file \(path)")) }
        return bytes
    }
}

/// A folder that exists only as a name: the file policy allows it, the files live in memory.
let fuzzFolder = "/nonexistent-jiceng-fuzz"
/// Where the input runs from: a test script's `run "../lib/city.jc"` and `run "lib/city.jc"`
/// and `"../../fixtures/csv/…"` find the files they find in tests/scripts.
let fuzzScript = fuzzFolder + "/scripts/a/fuzz.jc"

/// The repository's library scripts and fixtures (scripts/fuzz runs from its root).
func repositoryFiles() -> [String: [UInt8]] {
    let places = [("tests/scripts/work/lib", "/scripts/lib"), ("tests/scripts/commands/lib", "/scripts/a/lib"),
                  ("tests/scripts/lang/lib", "/scripts/a/lib"), ("tests/fixtures/csv", "/fixtures/csv")]
    var files: [String: [UInt8]] = [:]
    for (folder, place) in places {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) {
                files[fuzzFolder + place + "/" + name] = [UInt8](data)
            }
        }
    }
    return files
}

let memoryFiles = MemoryFiles(initial: repositoryFiles())
/// A fixed day, so every run of an input takes the same path.
let fuzzToday = Day(year: 2026, month: 7, day: 1)!

/// Inputs one session serves before a fresh one replaces it. Setting up a session (every
/// command registered, the grammar built) costs more than most inputs, so inputs share
/// one a while; a short run keeps what one input leaves behind (globals, records) from
/// steering many others, and a finding is always rechecked in a fresh process.
let inputsPerSession = 32
nonisolated(unsafe) var session: JicengSession?
nonisolated(unsafe) var sessionInputs = 0

func freshSession() -> JicengSession? {
    var options = SessionOptions(inMemory: true, user: "fuzz")
    options.today = fuzzToday
    options.filePolicy = .onlyUnder(fuzzFolder)
    guard let session = try? JicengSession(options: options) else { return nil }
    session.files = memoryFiles.scriptFiles
    session.interpreter.output = { _ in }
    session.interpreter.limits = Limits(maxSteps: FuzzLimits.maxSteps, maxCallDepth: FuzzLimits.maxCallDepth,
                                        maxSeconds: FuzzLimits.maxSeconds)
    return session
}

/// One input: libFuzzer calls this for every input it tries.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
    if session == nil || sessionInputs >= inputsPerSession {
        session = freshSession()
        sessionInputs = 0
    }
    sessionInputs += 1
    memoryFiles.files = memoryFiles.initial
    guard let session else { return 0 }
    // What the REPL does with a line before running it: is it complete, what may come
    // next at its end (Tab), and the checks `jiceng check` makes.
    _ = session.interpreter.isComplete(source)
    _ = session.interpreter.completions(line: source, cursor: source.count)
    _ = session.interpreter.check(source, file: fuzzScript)
    _ = try? session.execute(source, file: fuzzScript, kind: .script)
    return 0
}
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibFuzzer

@main enum FuzzLangMain {
    static func main() {
        #if FUZZING
        // libFuzzer parses its own flags (-max_total_time, corpus folders) from ours.
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzOne(data, count) })
        #else
        print("jiceng-fuzz-lang is a libFuzzer target: run it with scripts/fuzz lang SECONDS")
        exit(64)
        #endif
    }
}
