import JicengBase

/// Renders diagnostics the one way users see them, after rustc and swift-syntax:
///
///     error[E0201]: unknown member "M0099"
///       --> monthly.jc:14:15
///        |
///     14 | assign member "M0099" to branch "XFL-01"
///        |               ^^^^^^^ no member has this code
///        = note: …
///        = help: did you mean "M0090"?
///
/// The gutter is as wide as the line number; carets sit under the span in terminal
/// columns (a Chinese or full-width character takes two); a span running over several
/// lines is underlined to the end of its first line. Colour only when asked: the console
/// knows whether it writes to a terminal. In Chinese the words of the frame are Chinese
/// too (`错误[E0201]：`, `= 说明：`, `= 提示：`); ids, file names and carets stay as they are.
public struct DiagnosticFormatter: Sendable {
    public var colors: Bool
    /// The language messages are rendered in (the host's `messageLanguage`).
    public var language: MessageLanguage

    /// A tab is shown as this many spaces, so the carets below it line up.
    public static let tabWidth = 4

    public init(colors: Bool = false, language: MessageLanguage = .english) {
        self.colors = colors
        self.language = language
    }

    /// Each diagnostic, separated by a blank line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n\n")
    }

    public func format(_ d: Diagnostic) -> String {
        let file = d.file
        let location = d.location
        let gutter = String(location.line).count
        let pad = String(repeating: " ", count: gutter)
        let severityStyle = style(for: d.severity)

        var lines: [String] = []
        let id = d.id.isEmpty ? "" : "[\(d.id)]"
        let colon = language == .chinese ? "：" : ": "
        lines.append(paint(severityWord(d.severity) + id, severityStyle) + paint(colon + d.message.text(language), Style.bold))
        lines.append(pad + paint("-->", Style.gutter) + " \(file.name):\(location)")
        lines.append(pad + " " + paint("|", Style.gutter))

        let lineStart = file.lineStarts[location.line - 1]
        var lineEnd = location.line < file.lineStarts.count ? file.lineStarts[location.line] - 1 : file.bytes.count
        if lineEnd > lineStart, file.bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let start = max(lineStart, min(Int(d.range.start), lineEnd))
        let end = max(start, min(Int(d.range.end), lineEnd))
        let window = Self.window(of: file, line: lineStart..<lineEnd, span: start..<end)
        let shown = { (lo: Int, hi: Int) in file.text(of: SourceRange(start: lo, end: hi)) }
        let opening = window.shown.lowerBound > lineStart ? Self.clipMark : ""
        let closing = window.shown.upperBound < lineEnd ? Self.clipMark : ""
        let before = Self.width(opening) + Self.width(shown(window.shown.lowerBound, start))
        let underlined = max(1, Self.width(shown(start, window.spanEnd)))

        let shownLine = opening + Self.expandTabs(shown(window.shown.lowerBound, window.shown.upperBound)) + closing
        lines.append(paint(String(location.line), Style.gutter) + " " + paint("|", Style.gutter)
                     + (shownLine.isEmpty ? "" : " " + shownLine))
        var carets = pad + " " + paint("|", Style.gutter) + " " + String(repeating: " ", count: before)
            + paint(String(repeating: "^", count: underlined), severityStyle)
        if let label = d.label?.text(language), !label.isEmpty { carets += " " + paint(label, severityStyle) }
        lines.append(carets)

        let (noteWord, helpWord) = language == .chinese ? ("说明", "提示") : ("note", "help")
        for note in d.notes {
            lines.append(pad + " " + paint("=", Style.gutter) + " " + paint(noteWord, Style.bold) + colon + note.text(language))
        }
        if let help = d.help {
            lines.append(pad + " " + paint("=", Style.gutter) + " " + paint(helpWord, Style.bold) + colon + help.text(language))
        }
        return lines.joined(separator: "\n")
    }

    private func severityWord(_ severity: Diagnostic.Severity) -> String {
        guard language == .chinese else { return severity.rawValue }
        switch severity {
        case .error: return "错误"
        case .warning: return "警告"
        case .note: return "说明"
        }
    }

    // MARK: Long lines

    /// A line longer than this many bytes is shown as a window around the span: a
    /// generated one-line file (a 100 MB string literal, 100,000 brackets) gets a
    /// readable excerpt instead of the whole line in every error.
    public static let maxExcerptBytes = 240
    /// Bytes of the line kept before the span, and of the span itself, in a window.
    static let contextBeforeBytes = 80
    static let maxSpanBytes = 120
    /// Bytes kept after the (shown part of the) span.
    static let contextAfterBytes = 40
    /// Marks where a long line was cut; ASCII, so its width is the same on every terminal.
    static let clipMark = "..."

    /// The bytes of the line to show, and where the underlined span is cut off; every
    /// cut falls on a character boundary.
    static func window(of file: SourceFile, line: Range<Int>, span: Range<Int>) -> (shown: Range<Int>, spanEnd: Int) {
        guard line.count > maxExcerptBytes else { return (line, span.upperBound) }
        let bytes = file.bytes
        func isContinuation(_ i: Int) -> Bool { i < bytes.count && bytes[i] & 0xC0 == 0x80 }
        var spanEnd = min(span.upperBound, span.lowerBound + maxSpanBytes)
        while spanEnd > span.lowerBound, spanEnd < line.upperBound, isContinuation(spanEnd) { spanEnd -= 1 }
        var low = max(line.lowerBound, span.lowerBound - contextBeforeBytes)
        while low < span.lowerBound, isContinuation(low) { low += 1 }
        var high = min(line.upperBound, spanEnd + contextAfterBytes)
        while high > spanEnd, high < line.upperBound, isContinuation(high) { high -= 1 }
        return (low..<high, spanEnd)
    }

    // MARK: Columns

    static func width(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += scalar == "\t" ? tabWidth : DisplayWidth.of(scalar) }
        return total
    }

    static func expandTabs(_ text: String) -> String {
        guard text.contains("\t") else { return text }
        var out = ""
        for c in text { if c == "\t" { out += String(repeating: " ", count: tabWidth) } else { out.append(c) } }
        return out
    }

    // MARK: Colour

    enum Style {
        static let bold = "\u{1B}[1m"
        static let error = "\u{1B}[1;31m"
        static let warning = "\u{1B}[1;33m"
        static let note = "\u{1B}[1;36m"
        static let gutter = "\u{1B}[1;34m"
        static let reset = "\u{1B}[0m"
    }

    private func style(for severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: Style.error
        case .warning: Style.warning
        case .note: Style.note
        }
    }

    private func paint(_ text: String, _ style: String) -> String {
        colors ? style + text + Style.reset : text
    }
}
