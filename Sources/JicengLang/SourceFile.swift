/// One piece of source text with its name (a file path, `<stdin>`, `<repl>`), kept as
/// UTF-8 bytes for the lexer and with the offsets of its line starts for locations.
public final class SourceFile: Sendable {
    public let name: String
    public let text: String
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; lineStarts[0] == 0.
    public let lineStarts: [Int]

    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8), text: text)
    }

    /// Keeps the bytes as read, so the lexer can report invalid UTF-8 where it is
    /// (`text` has each bad sequence replaced by U+FFFD).
    public convenience init(name: String, bytes: [UInt8]) {
        self.init(name: name, bytes: bytes, text: String(decoding: bytes, as: UTF8.self))
    }

    private init(name: String, bytes: [UInt8], text: String) {
        self.name = name
        self.text = text
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    /// 1-based line and column of a byte offset; the column counts characters, not bytes,
    /// so `你好 x` puts x at column 4.
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let lineStart = lineStarts[lo]
        var column = 1
        var i = lineStart
        // Count the bytes that start a character (all but UTF-8 continuation bytes), so a
        // stray invalid byte counts as one column instead of swallowing its neighbours.
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column)
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let s = String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
        return Substring(s)
    }

    public func text(of range: SourceRange) -> String {
        let lo = max(0, min(Int(range.start), bytes.count)), hi = max(lo, min(Int(range.end), bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}

/// A half-open range of byte offsets into one SourceFile. Two Int32s keep AST nodes small.
public struct SourceRange: Hashable, Sendable {
    public var start: Int32
    public var end: Int32

    /// Offsets past 2 GB (a script no one writes, but bytes anyone can feed) are clamped:
    /// such a file gets errors placed at its 2 GB mark instead of a crash.
    public init(start: Int, end: Int) {
        self.start = Int32(clamping: start)
        self.end = Int32(clamping: end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: Int(min(start, other.start)), end: Int(max(end, other.end)))
    }
}

/// A 1-based line and column (in characters) as shown to the user: `file.jc:14:15`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
