/// `--lang zh|en`: the language of the console's own messages. The default follows
/// LC_ALL, LC_MESSAGES, then LANG, as other Unix tools do.
public enum ConsoleLanguage: String, Sendable, CaseIterable {
    case zh, en

    public static func fromEnvironment(_ environment: [String: String]) -> ConsoleLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
