#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A script named on the command line, read whole before anything runs, so a typo in
/// the third file name does not leave the first two half-applied.
public struct ScriptSource: Sendable, Equatable {
    public let name: String
    public let text: String

    /// `-` means standard input.
    public static let standardInputName = "-"

    public enum Failure: Error, Equatable {
        case unreadable(path: String, reason: String)
    }

    public static func read(_ path: String) throws(Failure) -> ScriptSource {
        let data: Data
        if path == standardInputName {
            data = Data(readAll(fromDescriptor: 0))
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
                throw .unreadable(path: path, reason: reason)
            }
            data = contents
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: ScriptSource.firstInvalidUTF8([UInt8](data)))
        }
        // Editors on Windows save UTF-8 with a byte-order mark.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return ScriptSource(name: path == standardInputName ? "<stdin>" : path, text: text)
    }

    /// Where the first byte that is not UTF-8 is, in words: `not UTF-8 text at line 3,
    /// column 8 (byte 0xB9); save the file as UTF-8`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            case .error:
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return "not UTF-8 text at line \(line), column \(column) (byte 0x\(byte.count == 1 ? "0" + byte : byte)); save the file as UTF-8"
            case .emptyInput:
                return "not UTF-8 text; save the file as UTF-8"
            }
        }
    }
}

/// Everything a descriptor gives until end of file (standard input piped in).
private func readAll(fromDescriptor fd: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 { bytes += chunk[..<n]; continue }
        if n < 0, errno == EINTR { continue }
        return bytes
    }
}
