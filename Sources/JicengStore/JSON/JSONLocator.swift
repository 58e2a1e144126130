/// Where a byte offset lies in a JSON document: line and column, the keys and indexes
/// that lead to it (`member[1203].branch`) and the record around it (its kind and code).
///
/// The decoders keep nothing but a byte offset while they run, so the fast path pays
/// nothing for this; only when something is wrong is the document walked again, up to
/// the offset, to say where that is in terms a person can find in the file.
struct JSONLocation: Equatable {
    enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    var line = 1
    var column = 1
    var path: [Component] = []
    /// The `"kind"` and `"code"` members of the object at the record depth, when it has them.
    var recordKind: String?
    var recordCode: String?

    /// jq's spelling without the leading dot: `member[1203].branch`.
    var pathText: String? {
        guard !path.isEmpty else { return nil }
        var out = ""
        for c in path {
            switch c {
            case .index(let i): out += "[\(i)]"
            case .key(let k) where JSONLocation.isPlainKey(k): out += (out.isEmpty ? "" : ".") + k
            case .key(let k): out += "[\"\(k)\"]"
            }
        }
        return out
    }

    private static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    /// Locates `offset` in `bytes`. `recordDepth` is how many containers enclose a record
    /// (2 in a snapshot: the document, then a kind's list; 2 in a journal line: the line,
    /// then its list of changes). Never fails: a document broken before the offset
    /// gives what could be read.
    init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, recordDepth: Int = 2) {
        var walker = Walker(bytes: bytes, recordDepth: recordDepth)
        walker.walk(to: min(offset, bytes.count))
        line = walker.line
        column = walker.column
        path = walker.path
        let (kind, code) = walker.record()
        recordKind = kind
        recordCode = code
    }
}

/// The walk behind `JSONLocation`: a tolerant tokenizer keeping a stack of open containers.
private struct Walker {
    struct Frame {
        let isObject: Bool
        /// Object: the key whose value comes next (nil while a key is expected).
        var key: String?
        /// Array: the index of the current element.
        var index = 0
        /// The `"kind"` and `"code"` string members seen so far.
        var kind: String?
        var code: String?
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let recordDepth: Int
    var i = 0
    var line = 1
    var column = 1
    var stack: [Frame] = []
    /// A key read at the offset itself (an unknown field is reported at its key).
    var keyAtOffset: String?
    /// Where reading on for the record's code starts: past a string the offset fell into.
    var resume = 0

    init(bytes: UnsafeBufferPointer<UInt8>, recordDepth: Int) {
        self.bytes = bytes
        self.recordDepth = recordDepth
    }

    mutating func walk(to offset: Int) {
        while i < offset {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                let start = i
                let end = stringEnd(from: i)
                let text = String(decoding: bytes[(start + 1)..<min(bytes.count, max(start + 1, end - 1))], as: UTF8.self)
                if end > offset {
                    // The offset is inside this string: the value (or key) it belongs to is the place.
                    count(upTo: offset)
                    resume = end
                    if stack.last?.isObject == true, stack.last?.key == nil {
                        if end <= bytes.count { keyAtOffset = text } // a key cut off by the end of the file is no name
                    } else {
                        take(string: text)
                    }
                    return
                }
                count(upTo: end)
                take(string: text)
                continue
            case UInt8(ascii: "{"): stack.append(Frame(isObject: true))
            case UInt8(ascii: "["): stack.append(Frame(isObject: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ","):
                if let top = stack.indices.last {
                    if stack[top].isObject { stack[top].key = nil } else { stack[top].index += 1 }
                }
            default: break
            }
            advance()
        }
        resume = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "{"), stack.count == recordDepth {
            // The offset is a record's opening brace (a record without a code, a duplicate): step inside.
            stack.append(Frame(isObject: true))
            resume = i + 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\""), stack.last?.isObject == true, stack.last?.key == nil {
            let end = stringEnd(from: i)
            keyAtOffset = String(decoding: bytes[(i + 1)..<min(bytes.count, max(i + 1, end - 1))], as: UTF8.self)
            resume = end
        }
    }

    /// A string read at the current level: a key, or a value of the key before it.
    private mutating func take(string text: String) {
        guard let top = stack.indices.last, stack[top].isObject else { return }
        if stack[top].key == nil {
            stack[top].key = text
            return
        }
        if stack[top].key == "kind" { stack[top].kind = text }
        if stack[top].key == "code" { stack[top].code = text }
    }

    private mutating func advance() {
        if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
    }

    private mutating func count(upTo end: Int) {
        while i < min(end, bytes.count) { advance() }
    }

    /// The offset just after the string starting at `start`; past the end of the document
    /// (by one) when the string is never closed, so an offset at the end falls inside it.
    private func stringEnd(from start: Int) -> Int {
        var j = start + 1
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\\"): j += 2
            case UInt8(ascii: "\""): return j + 1
            case 0x0A: return j // a string never spans lines: the document is broken here
            default: j += 1
            }
        }
        return bytes.count + 1
    }

    var path: [JSONLocation.Component] {
        var out: [JSONLocation.Component] = []
        for (n, frame) in stack.enumerated() {
            if frame.isObject {
                if let key = frame.key ?? (n == stack.count - 1 ? keyAtOffset : nil) { out.append(.key(key)) }
            } else {
                out.append(.index(frame.index))
            }
        }
        return out
    }

    /// The kind and code of the record the offset is in, reading on past the offset
    /// (a record's code may come after the broken field) to the record's end.
    func record() -> (kind: String?, code: String?) {
        guard stack.count > recordDepth, stack[recordDepth].isObject else { return (nil, nil) }
        var frame = stack[recordDepth]
        if frame.code != nil { return (frame.kind, frame.code) }
        // Read on from the offset, at the record's own level only.
        var depth = stack.count - 1 - recordDepth
        var j = resume
        var key = depth == 0 ? (frame.key ?? keyAtOffset) : nil
        var expectingKey = depth == 0 && key == nil
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\""):
                let end = stringEnd(from: j)
                if depth == 0 {
                    let text = String(decoding: bytes[(j + 1)..<min(bytes.count, max(j + 1, end - 1))], as: UTF8.self)
                    if expectingKey {
                        key = text
                        expectingKey = false
                    } else if key == "code" {
                        frame.code = text
                    } else if key == "kind", frame.kind == nil {
                        frame.kind = text
                    }
                }
                if frame.code != nil { return (frame.kind, frame.code) }
                j = max(end, j + 1)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return (frame.kind, frame.code) }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 { expectingKey = true; key = nil }
            default: break
            }
            j += 1
        }
        return (frame.kind, frame.code)
    }
}
