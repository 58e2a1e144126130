#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a CSV file into text, as Excel writes them on Chinese Windows:
/// a UTF-8 byte order mark means UTF-8; bytes that are valid UTF-8 are UTF-8; anything
/// else is read as GB18030 (a superset of GBK and GB2312, which Excel's "CSV" uses).
public enum CSVTextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case gb18030 = "GB18030"
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text and the encoding it was read in; nil when the bytes are neither UTF-8 nor GB18030.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        if bytes.starts(with: byteOrderMark) {
            let body = bytes.dropFirst(byteOrderMark.count)
            guard let text = String(validating: body, as: UTF8.self) else { return nil }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        guard let text = gb18030(bytes) else { return nil }
        return (text, .gb18030)
    }

    /// GB18030 through the C library's iconv (glibc and macOS both have it), not
    /// Foundation: linking Foundation's text encodings costs every start of the
    /// program several milliseconds.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // A GB18030 character takes 1, 2 or 4 bytes and becomes at most 4 in UTF-8 (a
        // 2-byte one at most 3): twice the input is always room enough.
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard inLeft > 0 else { return 0 }
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written], as: UTF8.self)
    }
}
