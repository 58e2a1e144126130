#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CReadline

/// Connects readline's Tab key to the engine's completion candidates.
///
/// Readline calls a C function that cannot capture context, so the completer lives
/// here, in the one place the callback reads. Readline frees the matches, so they are
/// `strdup`ed and the array is `malloc`ed.
enum ReadlineCompletion {
    nonisolated(unsafe) static var completer: ((String, Int) -> CompletionSet)?

    static func install(_ completer: @escaping (String, Int) -> CompletionSet) {
        self.completer = completer
        rl_attempted_completion_function = attemptCompletion
        // Completing inside "…" (a half-typed name): readline starts the word after
        // the quote and closes the quote when the match is unique.
        rl_completer_quote_characters = UnsafePointer(strdup("\""))
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"'`@$><=;|&{([,+*/%:"))
        rl_completer_word_break_characters = rl_basic_word_break_characters
    }

    /// The matches readline should offer for the word readline chose, which runs from
    /// byte `wordStart` to the cursor, given the engine's candidates for its own word.
    static func matches(line: String, cursorByte: Int, readlineWordStart: Int) -> [String] {
        guard let completer else { return [] }
        let bytes = Array(line.utf8)
        let cursorByte = min(cursorByte, bytes.count)
        let beforeCursor = String(decoding: bytes[..<cursorByte], as: UTF8.self)
        let set = completer(line, beforeCursor.count)
        let engineStart = beforeCursor.prefix(set.wordStart).utf8.count
        if engineStart >= readlineWordStart {
            // Readline's word is longer (it began at, say, a “): keep what lies between.
            let kept = String(decoding: bytes[readlineWordStart..<engineStart], as: UTF8.self)
            return set.candidates.map { kept + $0 }
        }
        // Readline's word is shorter: candidates must agree with what it leaves out.
        let leftOut = String(decoding: bytes[engineStart..<min(readlineWordStart, cursorByte)], as: UTF8.self)
        return set.candidates.filter { $0.hasPrefix(leftOut) }.map { String($0.dropFirst(leftOut.count)) }
    }

    /// The longest common start of the matches, by whole Characters so that a Chinese
    /// character is never cut in half.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            prefix = String(zip(prefix, word).prefix(while: { $0 == $1 }).map(\.0))
        }
        return prefix
    }
}

private func attemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to readline's file-name completion.
    rl_attempted_completion_over = 1
    guard let buffer = rl_line_buffer else { return nil }
    let line = String(cString: buffer)
    var matches = ReadlineCompletion.matches(line: line, cursorByte: Int(end), readlineWordStart: Int(start))
    matches = Array(Set(matches)).sorted()
    guard !matches.isEmpty else { return nil }
    // Readline's convention: [0] is what replaces the word, then the choices, then NULL.
    let substitution = matches.count == 1 ? matches[0] : ReadlineCompletion.commonPrefix(matches)
    let entries = matches.count == 1 ? [substitution] : [substitution] + matches
    let array = malloc((entries.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
        .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
    for (index, entry) in entries.enumerated() { array[index] = strdup(entry) }
    array[entries.count] = nil
    return array
}
