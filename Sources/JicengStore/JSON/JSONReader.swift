import JicengBase

/// What a decoder found wrong at a byte offset; `LoadProblems` turns it into a located
/// problem (line, column, path, record) with a way to repair it.
struct JSONError: Error {
    let offset: Int
    let message: Message
    /// A repair that fits this problem (`give one of them another code`), said before the general one.
    var fix: Message?
    /// The message stands without the field's name before it (`no org has the code "O9"`).
    var standsAlone = false

    init(offset: Int, message: Message, fix: Message? = nil) {
        self.offset = offset
        self.message = message
        self.fix = fix
    }

    init(offset: Int, message: StoreMessage, fix: StoreMessage? = nil) {
        self.init(offset: offset, message: Message(message), fix: fix.map { Message($0) })
    }
}

/// Reads JSON from bytes in place, one token at a time, so decoders can put values
/// straight into typed records. Strings without escapes are made from the bytes directly.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset >= bytes.count }

    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The next significant byte, without consuming it (0 at the end).
    mutating func peek() -> UInt8 {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : 0
    }

    func error(_ message: StoreMessage, at position: Int? = nil, fix: StoreMessage? = nil) -> JSONError {
        JSONError(offset: position ?? offset, message: message, fix: fix)
    }


    /// `what` is only built when the byte is missing (it runs for every record).
    mutating func expect(_ b: UInt8, _ what: @autoclosure () -> StoreMessage.Wanted) throws {
        guard peek() == b else { throw error(.expected(what(), found: foundItem)) }
        offset += 1
    }

    /// What stands at the reader's place, for a message: `'x'`, `a number`, `the end of the file`.
    var foundItem: StoreMessage.Found {
        guard offset < bytes.count else { return .endOfFile }
        let b = bytes[offset]
        switch b {
        case UInt8(ascii: "\""): return .textInQuotes
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): return .number
        case UInt8(ascii: "{"): return .record
        case UInt8(ascii: "["): return .list
        case 0x21...0x7E: return .literal("'\(Character(Unicode.Scalar(b)))'")
        default:
            let end = min(bytes.count, offset + 4)
            let text = String(decoding: bytes[offset..<end], as: UTF8.self)
            return .literal(text.first.map { "'\($0)'" } ?? "byte \(b)")
        }
    }

    /// Consumes `b` if it is next.
    mutating func consume(_ b: UInt8) -> Bool {
        guard peek() == b else { return false }
        offset += 1
        return true
    }

    /// After `{` or `[` has been read: true while another member follows (handles the commas).
    @inline(__always)
    mutating func hasNext(_ close: UInt8, first: inout Bool) throws -> Bool {
        skipSpace()
        if offset < bytes.count {
            let b = bytes[offset]
            if b == close { offset += 1; return false }
            if first { first = false; return true }
            if b == UInt8(ascii: ",") { offset += 1; return true }
        } else if first {
            first = false
            return true // the member's own reader says the file ended
        }
        throw missingComma(close)
    }

    @inline(never)
    private func missingComma(_ close: UInt8) -> JSONError {
        error(.expected(.commaOr(String(Character(Unicode.Scalar(close)))), found: foundItem))
    }


    /// Whether the last string read by `stringBytes` was all ASCII (then it needs no UTF-8 check).
    private(set) var lastStringWasASCII = true

    /// The raw bytes of a string without escapes, or nil if it has escapes (then use `string()`).
    /// Reads eight bytes at a time up to the closing quote: text is most of a snapshot.
    mutating func stringBytes() throws -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error(.expected(.textInQuotes, found: foundItem)) }
        let start = offset + 1
        let end = bytes.count
        guard let base = bytes.baseAddress else { throw error(.fileEndsInsideText, at: end) }
        var i = start
        var high: UInt64 = 0
        while i + 8 <= end {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let stops = JSONReader.stopBytes(word)
            if stops != 0 {
                let n = stops.trailingZeroBitCount >> 3
                high |= n == 0 ? 0 : word & (UInt64.max >> (64 - 8 * n))
                i += n
                break
            }
            high |= word
            i += 8
        }
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                offset = i + 1
                lastStringWasASCII = high & 0x8080_8080_8080_8080 == 0
                return UnsafeBufferPointer(start: base + start, count: i - start)
            }
            if b == UInt8(ascii: "\\") { offset = start - 1; return nil }
            if b < 0x20 { offset = i; throw error(.controlCharacter) }
            high |= UInt64(b)
            i += 1
        }
        throw error(.fileEndsInsideText, at: end)
    }

    /// A bit set in the byte of `word` that is the first quote, backslash or control
    /// character (bits in later bytes may be set too: only the lowest is exact).
    @inline(__always)
    static func stopBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highs
    }

    mutating func string() throws -> String {
        skipSpace()
        let start = offset
        if let raw = try stringBytes() {
            if lastStringWasASCII { return String(decoding: raw, as: UTF8.self) }
            guard let s = String(validating: raw, as: UTF8.self) else { throw error(.invalidUTF8, at: start) }
            return s
        }
        return try escapedString()
    }

    private mutating func escapedString() throws -> String {
        try expect(UInt8(ascii: "\""), .textInQuotes)
        var out: [UInt8] = []
        while offset < bytes.count {
            let b = bytes[offset]
            offset += 1
            switch b {
            case UInt8(ascii: "\""):
                guard let s = String(validating: out, as: UTF8.self) else { throw error(.invalidUTF8) }
                return s
            case UInt8(ascii: "\\"):
                guard offset < bytes.count else { break }
                let e = bytes[offset]
                offset += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                            throw error(.unpairedSurrogate)
                        }
                        offset += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error(.unpairedSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error(.invalidUnicodeEscape) }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: throw error(.invalidEscape, at: offset - 2)
                }
            default:
                if b < 0x20 { throw error(.controlCharacter, at: offset - 1) }
                out.append(b)
            }
        }
        throw error(.fileEndsInsideText, at: bytes.count)
    }

    private mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error(.shortUnicodeEscape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[offset]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw error(.badHexDigit)
            }
            v = v * 16 + d
            offset += 1
        }
        return v
    }

    /// An integer (the store writes no fractions: money is a string).
    mutating func int() throws -> Int {
        skipSpace()
        let start = offset
        var negative = false
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { negative = true; offset += 1 }
        var n = 0
        var digits = 0
        while offset < bytes.count, bytes[offset] >= 48, bytes[offset] <= 57 {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(bytes[offset] - 48))
            guard !o1, !o2 else { throw error(.numberTooLarge, at: start) }
            n = s
            offset += 1
            digits += 1
        }
        guard digits > 0 else {
            offset = start
            throw error(.expectedWholeNumber(found: foundItem), at: start)
        }
        if offset < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset]) {
            throw error(.decimalInsteadOfWhole, at: start)
        }
        return negative ? -n : n
    }

    mutating func bool() throws -> Bool {
        skipSpace()
        if matchWord("true") { return true }
        if matchWord("false") { return false }
        throw error(.expectedTrueOrFalse(found: foundItem))
    }

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        skipSpace()
        return matchWord("null")
    }

    private mutating func matchWord(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard offset + n <= bytes.count else { return false }
        let p = word.utf8Start
        for i in 0..<n where bytes[offset + i] != p[i] { return false }
        offset += n
        return true
    }

    /// Reads one whole value, checking its syntax without building anything, and throws
    /// at the first error. Iterative, so no nesting depth can exhaust the stack (a damaged
    /// line is checked before anything else is known of it).
    mutating func checkSyntax() throws {
        var open: [UInt8] = [] // the closing bracket each open container waits for
        var firstInContainer = false
        while true {
            // A value, or (after `{` or `,` in an object) a key and its colon first.
            if let close = open.last {
                if firstInContainer, consume(close) {
                    open.removeLast()
                    firstInContainer = false
                } else {
                    if close == UInt8(ascii: "}") {
                        if try stringBytes() == nil { _ = try string() }
                        try expect(UInt8(ascii: ":"), .token("':'"))
                    }
                    firstInContainer = false
                    if try checkScalarOrOpen(&open, &firstInContainer) { continue }
                }
            } else {
                if try checkScalarOrOpen(&open, &firstInContainer) { continue }
            }
            // After a value: close containers, or a comma and the next member.
            while let close = open.last {
                if consume(close) { open.removeLast(); continue }
                try expect(UInt8(ascii: ","), .commaOr(String(Character(Unicode.Scalar(close)))))
                break
            }
            if open.isEmpty {
                guard peek() == 0 else { throw error(.moreAfterValue) }
                return
            }
        }
    }

    /// A scalar is read whole (false); a bracket is opened (true: its members come next).
    private mutating func checkScalarOrOpen(_ open: inout [UInt8], _ first: inout Bool) throws -> Bool {
        switch peek() {
        case UInt8(ascii: "{"): offset += 1; open.append(UInt8(ascii: "}")); first = true; return true
        case UInt8(ascii: "["): offset += 1; open.append(UInt8(ascii: "]")); first = true; return true
        default: try skipValue(); return false
        }
    }

    /// Skips one value of any kind (used to find the top-level arrays before decoding them);
    /// returns how many items an array or object held.
    @discardableResult
    mutating func skipValue() throws -> Int {
        switch peek() {
        case UInt8(ascii: "\""):
            if try stringBytes() == nil { _ = try string() }
            return 0
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // Count brackets, stepping over strings; the decoder checks the structure later.
            var depth = 0, items = 0
            var empty = true
            let start = offset
            while offset < bytes.count {
                let b = bytes[offset]
                if b == UInt8(ascii: "\"") {
                    if depth == 1 { empty = false }
                    if try stringBytes() == nil { _ = try string() }
                    continue
                }
                offset += 1
                switch b {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if depth == 1 { empty = false }
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return empty ? 0 : items + 1 }
                case UInt8(ascii: ","):
                    if depth == 1 { items += 1 }
                case 0x20, 0x0A, 0x0D, 0x09:
                    break
                default:
                    if depth == 1 { empty = false }
                }
            }
            throw error(.endsBeforeClosed(record: bytes[start] == UInt8(ascii: "{"), line: TextPosition(of: start, in: bytes).line), at: bytes.count)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): if !null() { throw error(.expectedValue(found: foundItem)) }
        default: _ = try int()
        }
        return 0
    }
}

/// Line and column (1-based, columns counted in characters) of a byte offset.
struct TextPosition: CustomStringConvertible {
    let line: Int
    let column: Int

    init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1, column = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
        }
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column)" }
}
