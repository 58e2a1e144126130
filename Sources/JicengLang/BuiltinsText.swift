import JicengBase

/// Built-ins over strings.
extension Builtins {
    static let text: [NativeFunction] = [
        NativeFunction("upper", arity: 1...1, summary: "upper(s) — in capitals", summaryZh: "upper(s) — 转为大写字母") { a, _ in
            .string(try string("upper", a, 0).uppercased())
        },
        NativeFunction("lower", arity: 1...1, summary: "lower(s) — in small letters", summaryZh: "lower(s) — 转为小写字母") { a, _ in
            .string(try string("lower", a, 0).lowercased())
        },
        NativeFunction("trim", arity: 1...1, summary: "trim(s) — without leading and trailing spaces (full-width ones too)", summaryZh: "trim(s) — 去掉首尾空格（全角空格也去掉）") { a, _ in
            .string(String(try string("trim", a, 0).trimmingSpaces))
        },
        NativeFunction("starts_with", arity: 2...2, summary: "starts_with(s, prefix)", summaryZh: "starts_with(s, 前缀) — s 是否以前缀开头") { a, _ in
            .bool(try string("starts_with", a, 0).hasPrefix(try string("starts_with", a, 1)))
        },
        NativeFunction("ends_with", arity: 2...2, summary: "ends_with(s, suffix)", summaryZh: "ends_with(s, 后缀) — s 是否以后缀结尾") { a, _ in
            .bool(try string("ends_with", a, 0).hasSuffix(try string("ends_with", a, 1)))
        },
        NativeFunction("replace", arity: 3...3, summary: "replace(s, old, new) — every occurrence of old replaced", summaryZh: "replace(s, 旧, 新) — 把所有的“旧”替换为“新”") { a, _ in
            let s = try string("replace", a, 0), old = try string("replace", a, 1), new = try string("replace", a, 2)
            guard !old.isEmpty else { throw argumentError(1, .replaceEmpty) }
            // Only a longer replacement can grow the text; bound it before building it.
            if new.utf8.count > old.utf8.count {
                let most = s.utf8.count + s.utf8.count / old.utf8.count * (new.utf8.count - old.utf8.count)
                if most > Limits.maxStringBytes, s.utf8.count + s.ranges(of: old).count * (new.utf8.count - old.utf8.count) > Limits.maxStringBytes {
                    throw Arithmetic.stringTooLong(nil)
                }
            }
            return .string(s.replacing(old, with: new))
        },
        NativeFunction("split", arity: 2...2, summary: "split(s, separator) — the pieces between separators", summaryZh: "split(s, 分隔符) — 按分隔符切开后的各段") { a, _ in
            let s = try string("split", a, 0), sep = try string("split", a, 1)
            guard !sep.isEmpty else { throw argumentError(1, .separatorEmpty) }
            return .list(ListBox(ContiguousArray(s.split(separator: sep, omittingEmptySubsequences: false).map { .string(String($0)) })))
        },
        NativeFunction("join", arity: 1...2, summary: "join(xs) or join(xs, separator) — the items as one string", summaryZh: "join(xs) 或 join(xs, 分隔符) — 把各项连成一个字符串") { a, _ in
            let items = try list("join", a)
            let sep = a.count > 1 ? try string("join", a, 1) : ""
            let texts = items.map(\.displayText)
            let bytes = texts.reduce(sep.utf8.count * max(0, texts.count - 1)) { $0 + $1.utf8.count }
            guard bytes <= Limits.maxStringBytes else { throw Arithmetic.stringTooLong(bytes) }
            return .string(texts.joined(separator: sep))
        },
        NativeFunction("format", arity: 1...Int.max, summary: "format(template, …) — fills each {} with the next value; {:.2} rounds a number to 2 digits", summaryZh: "format(模板, …) — 依次用后面的值填入每个 {}；{:.2} 把数字保留 2 位小数") { a, _ in
            .string(try format(try string("format", a, 0), Array(a.dropFirst())))
        },
    ]

    /// `format("{} has {:.2} yuan", name, amount)`: `{}` inserts the value as print shows
    /// it, `{:.N}` rounds a number to N digits (half away from zero), `{{` and `}}` are braces.
    static func format(_ template: String, _ args: [Value]) throws(ValueError) -> String {
        var out = ""
        var next = 0
        var chars = template[...]
        while let c = chars.first {
            chars.removeFirst()
            if c == "}" {
                if chars.first == "}" { chars.removeFirst() }
                out.append("}")
                continue
            }
            guard c == "{" else { out.append(c); continue }
            if chars.first == "{" { chars.removeFirst(); out.append("{"); continue }
            guard let close = chars.firstIndex(of: "}") else {
                throw argumentError(0, .braceNotClosed, help: .writeDoubleBrace)
            }
            let spec = chars[..<close]
            chars = chars[chars.index(after: close)...]
            guard next < args.count else {
                throw argumentError(0, .moreBracesThanValues(args.count))
            }
            let v = args[next]
            next += 1
            if spec.isEmpty { out += v.displayText; continue }
            guard spec.hasPrefix(":."), let digits = UInt8(spec.dropFirst(2)), digits <= ExactDecimal.maxScale else {
                throw argumentError(0, .unknownPlaceholder(String(spec)), help: .usePlaceholders)
            }
            guard let d = v.asDecimal else { throw argumentError(next, .placeholderNeedsNumber(String(spec), v.typeNames)) }
            guard let r = d.rounded(scale: digits) else { throw ValueError(RuntimeErrorID.overflow, .decimalOverflowIn("format")) }
            out += r.description
        }
        if next < args.count {
            throw argumentError(next + 1, .valuesLeftOver(args.count - next, braces: next))
        }
        return out
    }
}
