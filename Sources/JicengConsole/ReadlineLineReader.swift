#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CReadline

/// Line editing, history recall and tab completion through GNU readline.
///
/// It uses readline's callback interface and waits for keys itself, because that is
/// the one way to handle Ctrl-C cleanly: the SIGINT handler only raises a flag and
/// wakes the wait, and the half-typed line is thrown away here, outside the handler.
public final class ReadlineLineReader: LineReader {
    private let history: HistoryFile?
    private let onHistoryError: (String) -> Void

    /// - Parameters:
    ///   - history: where statements are kept between sessions (nil: this session only).
    ///   - completer: candidates for a line and a cursor offset in Characters.
    public init(
        history: HistoryFile?, completer: @escaping (String, Int) -> CompletionSet,
        onHistoryError: @escaping (String) -> Void
    ) {
        self.history = history
        self.onHistoryError = onHistoryError
        Self.useUTF8Locale()
        ReadlineCompletion.install(completer)
        rl_readline_name = UnsafePointer(strdup("jiceng"))
        // The console handles SIGINT itself (see InterruptHandling).
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_initialize()
        // Bracketed paste wraps pasted text in escape codes that other tools and our
        // tests would see; a pasted script should arrive as plain typed lines.
        rl_variable_bind("enable-bracketed-paste", "off")
        using_history()
        for entry in history?.load() ?? [] { add_history(entry) }
    }

    public func readLine(prompt: String) -> LineInput {
        ReadlineState.received = nil
        rl_reset_screen_size()
        rl_callback_handler_install(prompt, { line in
            if let line {
                ReadlineState.received = .line(String(cString: line))
                free(line)
            } else {
                ReadlineState.received = .endOfInput
            }
            // Stop readline from showing the prompt again before we ask for a line.
            rl_callback_handler_remove()
        })
        while ReadlineState.received == nil {
            guard InterruptHandling.waitForInput(on: STDIN_FILENO) else {
                cancelLine()
                return .interrupted
            }
            rl_callback_read_char()
        }
        let received = ReadlineState.received ?? .endOfInput
        if received == .endOfInput {
            // Readline leaves the cursor after the prompt on Ctrl-D.
            StandardStream.output.write("\n")
        }
        return received
    }

    public func remember(_ statement: String) {
        // Repeating the previous statement adds nothing to recall.
        if history_length > 0, let last = history_get(history_base + history_length - 1),
            String(cString: last.pointee.line) == statement
        {
            return
        }
        add_history(statement)
        guard let history else { return }
        do { try history.append(statement) } catch { onHistoryError("\(error)") }
    }

    /// Ctrl-C at the prompt: forget the half-typed line and any pending key sequence,
    /// hand the terminal back, and move to a fresh line.
    private func cancelLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        rl_callback_handler_remove()
        StandardStream.output.write("\n")
    }

    /// Readline reads UTF-8 (Chinese names, input methods) only under a UTF-8 locale;
    /// when the environment gives none, C.UTF-8 is the neutral one.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? ""
        let upper = current.uppercased()
        if !upper.contains("UTF-8") && !upper.contains("UTF8") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// The line handed over by readline's callback, which cannot capture context.
enum ReadlineState {
    nonisolated(unsafe) static var received: LineInput?
}
