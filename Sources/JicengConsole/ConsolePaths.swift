/// Where the console keeps its per-user files, following the XDG base directories.
public struct ConsolePaths: Sendable, Equatable {
    /// `$JICENG_HISTORY`, else `$XDG_STATE_HOME/jiceng/history`
    /// (XDG_STATE_HOME defaults to ~/.local/state).
    public let history: String
    /// `$XDG_CONFIG_HOME/jiceng/init.jc` (XDG_CONFIG_HOME defaults to ~/.config).
    public let initScript: String

    public init(environment: [String: String]) {
        let home = environment["HOME"] ?? "."
        func base(_ variable: String, default fallback: String) -> String {
            // XDG says a relative value is invalid and is to be ignored.
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return home + "/" + fallback
        }
        if let explicit = environment["JICENG_HISTORY"], !explicit.isEmpty {
            history = explicit
        } else {
            history = base("XDG_STATE_HOME", default: ".local/state") + "/jiceng/history"
        }
        initScript = base("XDG_CONFIG_HOME", default: ".config") + "/jiceng/init.jc"
    }
}
