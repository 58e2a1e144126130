/// Text and attribute values made safe for HTML and SVG: `& < > " '` as entities, control
/// characters (not allowed in HTML) as U+FFFD, line breaks as `<br>` where asked.
enum HTMLText {
    private static let specialBytes: [UInt8] = [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'")]

    static func append(_ text: String, to out: inout String, lineBreaks: Bool = false) {
        // Most cells need no escape: copy them whole. 0xC2 leads the C1 controls U+0080–U+009F.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || specialBytes.contains($0) }) else {
            out.append(text)
            return
        }
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&#39;")
            case "\r": out.append(lineBreaks ? "<br>" : " ")
            case "\n": if !afterCR { out.append(lineBreaks ? "<br>" : " ") }
            case "\t": out.append(" ")
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    out.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
