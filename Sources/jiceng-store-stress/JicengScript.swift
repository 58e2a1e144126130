#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The script the `jiceng` console runs when the kill loop kills the console instead of
/// this tool: the rounds of `CrashShape` through the language, read as piped input (so
/// each statement commits on its own, as a user's session does), each round's number
/// printed after its commit and a `save` every few rounds between the `Marker` lines.
enum JicengScript {
    /// Rounds in one script: more than a child ever commits before it is killed.
    static let rounds = 200

    static func text(from first: Int, createCounter: Bool) -> String {
        var out = createCounter ? "add street \"0\" code \"\(CrashShape.counterCode)\"\n" : ""
        for n in first..<(first + rounds) {
            out += """
            print("\(Marker.commitBegins)")
            transaction {
              add district "\(CrashShape.districtName(n))" code "\(CrashShape.districtCode(n))"
              set street "\(CrashShape.counterCode)" name "\(n)"
            }
            print(\(n))

            """
            if n % CrashShape.commitsPerCheckpoint == 0 {
                out += "print(\"\(Marker.checkpointBegins)\")\nsave\nprint(\"\(Marker.checkpointEnds)\")\n"
            }
        }
        return out
    }

    /// Writes the script to a new temporary file and returns its path.
    static func temporaryFile(from first: Int, createCounter: Bool) throws -> String {
        var template = Array("/tmp/jiceng-stress-XXXXXX.jc".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 3) }
        guard fd >= 0 else { throw StressFailure("cannot create a script file: errno \(errno)") }
        defer { close(fd) }
        let bytes = Array(text(from: first, createCounter: createCounter).utf8)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw StressFailure("cannot write the script file: errno \(errno)")
        }
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
