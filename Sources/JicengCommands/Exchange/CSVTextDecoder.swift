import Foundation

/// Turns the bytes of a CSV file into text, as Excel writes them on Chinese Windows:
/// a UTF-8 byte order mark means UTF-8; bytes that are valid UTF-8 are UTF-8; anything
/// else is read as GB18030 (a superset of GBK and GB2312, which Excel's "CSV" uses).
public enum CSVTextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case gb18030 = "GB18030"
    }

    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000); decoded by
    /// swift-corelibs-foundation on Linux too.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text and the encoding it was read in; nil when the bytes are neither UTF-8 nor GB18030.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
        if bytes.starts(with: byteOrderMark) {
            let body = bytes.dropFirst(byteOrderMark.count)
            guard let text = String(validating: body, as: UTF8.self) else { return nil }
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        guard let text = String(data: Data(bytes), encoding: gb18030) else { return nil }
        return (text, .gb18030)
    }
}
