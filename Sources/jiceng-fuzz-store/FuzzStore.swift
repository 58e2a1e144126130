// A libFuzzer target: arbitrary bytes loaded as a store (snapshot.json and
// journal.jsonl) through FileStore's public loading path. An input is the snapshot's
// bytes, a NUL byte, then the journal's bytes; an empty part means that file is absent.
// Any thrown error is fine; a crash, an ASan report or a hang is a bug.
// Built and run by scripts/fuzz (see docs/RELIABILITY.md).
#if FUZZING
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
import JicengStore

/// The store folder every input is written into: the one scripts/fuzz makes (and removes
/// afterwards) in JICENG_FUZZ_STORE_FOLDER, else one made here, on tmpfs when there is one
/// (the files are rewritten for every input).
let fuzzFolder: String = {
    if let given = getenv("JICENG_FUZZ_STORE_FOLDER") { return String(cString: given) }
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    var template = Array("\(base)/jiceng-fuzz-store-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("cannot make a temporary folder under \(base)") }
    return String(cString: made)
}()
let fuzzToday = Day(year: 2026, month: 7, day: 1)!

/// `,"sum":"` — a journal line's checksum trailer starts with these bytes.
let sumPrefix = Array(",\"sum\":\"".utf8)

/// Rewrites the checksum of every journal line that carries one, so mutations inside a
/// line reach the replay code instead of stopping at a checksum mismatch (the
/// mismatch path itself is reached by inputs whose trailer is damaged).
func resealed(_ journal: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(journal.count)
    var lines = journal.split(separator: 0x0A, omittingEmptySubsequences: false)
    let trailing = lines.last
    lines.removeLast()
    for line in lines {
        let trailerLength = sumPrefix.count + 8 + 2
        if line.count > trailerLength {
            let start = line.endIndex - trailerLength
            if line[start..<(start + sumPrefix.count)].elementsEqual(sumPrefix), line[(line.endIndex - 2)...].elementsEqual([0x22, 0x7D]) {
                out += line[line.startIndex..<start]
                out += sumPrefix
                out += Array(crcHex(line[line.startIndex..<start]).utf8)
                out += [0x22, 0x7D, 0x0A]
                continue
            }
        }
        out += line
        out.append(0x0A)
    }
    if let trailing { out += trailing } // an unterminated last line stays as given: a torn tail
    return out
}

private let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
}

/// CRC-32 (IEEE) as eight lower-case hex digits, as the journal writes it.
func crcHex(_ bytes: ArraySlice<UInt8>) -> String {
    var c: UInt32 = 0xFFFF_FFFF
    for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    let s = String(c ^ 0xFFFF_FFFF, radix: 16)
    return String(repeating: "0", count: 8 - s.count) + s
}

/// Writes `bytes` to `name` in the fuzz folder, or removes the file when there are none.
func place(_ bytes: ArraySlice<UInt8>, as name: String) {
    let path = fuzzFolder + "/" + name
    guard !bytes.isEmpty else { unlink(path); return }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { fatalError("cannot write \(path)") }
    bytes.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            guard n > 0 else { fatalError("cannot write \(path)") }
            done += n
        }
    }
    close(fd)
}

/// One input: libFuzzer calls this for every input it tries.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: data, count: count)
    let bytes = Array(input)[...]
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    place(bytes[..<split], as: FileStore.snapshotName)
    place(split < bytes.endIndex ? resealed(bytes[(split + 1)...])[...] : [], as: FileStore.journalName)
    if let store = try? FileStore(folder: fuzzFolder, user: "fuzz") {
        _ = try? store.load(today: fuzzToday)
    }
    return 0
}
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibFuzzer

@main enum FuzzStoreMain {
    static func main() {
        #if FUZZING
        // libFuzzer parses its own flags (-max_total_time, corpus folders) from ours.
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzzOne(data, count) })
        #else
        print("jiceng-fuzz-store is a libFuzzer target: run it with scripts/fuzz store SECONDS")
        exit(64)
        #endif
    }
}
