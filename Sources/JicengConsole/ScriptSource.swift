import Foundation

/// A script named on the command line, read whole before anything runs, so a typo in
/// the third file name does not leave the first two half-applied.
public struct ScriptSource: Sendable, Equatable {
    public let name: String
    public let text: String

    /// `-` means standard input.
    public static let standardInputName = "-"

    public enum Failure: Error, Equatable {
        case unreadable(path: String, reason: String)
    }

    public static func read(_ path: String) throws(Failure) -> ScriptSource {
        let data: Data
        if path == standardInputName {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
                throw .unreadable(path: path, reason: reason)
            }
            data = contents
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        // Editors on Windows save UTF-8 with a byte-order mark.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return ScriptSource(name: path == standardInputName ? "<stdin>" : path, text: text)
    }
}
