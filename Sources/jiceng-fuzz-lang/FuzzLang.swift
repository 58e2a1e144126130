// A libFuzzer target: arbitrary bytes run as a script through the whole pipeline
// (lexer → parser → resolver → compiler → runtime) with every command of the work,
// over an in-memory database and in-memory files. Any error is fine; a crash, an
// ASan report or a hang is a bug. Built and run by scripts/fuzz (see docs/RELIABILITY.md).
#if FUZZING
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
/// kept in memory and emptied for every input, so fuzzing never touches the disk.
final class MemoryFiles: @unchecked Sendable {
    var files: [String: [UInt8]] = [:]

    var scriptFiles: ScriptFiles {
        ScriptFiles(
            read: { path in
                guard let bytes = self.files[path] else { throw ValueError(RuntimeErrorID.fileDenied, Message(verbatim: "no file \(path)")) }
                return String(decoding: bytes, as: UTF8.self)
            },
            write: { path, text in self.files[path] = Array(text.utf8) },
            readBytes: { path in
                guard let bytes = self.files[path] else { throw ValueError(RuntimeErrorID.fileDenied, Message(verbatim: "no file \(path)")) }
                return bytes
            })
    }
}

let memoryFiles = MemoryFiles()
/// A fixed day, so every run of an input takes the same path.
let fuzzToday = Day(year: 2026, month: 7, day: 1)!
/// A folder that exists only as a name: the file policy allows it, the files live in `memoryFiles`.
let fuzzFolder = "/nonexistent-jiceng-fuzz"

/// One input: libFuzzer calls this for every input it tries.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
    var options = SessionOptions(inMemory: true, user: "fuzz")
    options.today = fuzzToday
    options.filePolicy = .onlyUnder(fuzzFolder)
    guard let session = try? JicengSession(options: options) else { return 0 }
    memoryFiles.files = [fuzzFolder + "/members.csv": Array("name,id_number\n张三,110101199003074512\n".utf8),
                         fuzzFolder + "/lib.jc": Array("let x = 1\n".utf8)]
    session.files = memoryFiles.scriptFiles
    session.interpreter.output = { _ in }
    session.interpreter.limits = Limits(maxSteps: FuzzLimits.maxSteps, maxCallDepth: FuzzLimits.maxCallDepth,
                                        maxSeconds: FuzzLimits.maxSeconds)
    _ = try? session.execute(source, file: fuzzFolder + "/fuzz.jc", kind: .script)
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
