/// The process exit statuses scripts and cron jobs rely on (sysexits.h where one fits).
public enum ConsoleExitCode: Int32, Sendable {
    case success = 0
    /// A statement or script failed.
    case scriptError = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// The store could not be read or is invalid (EX_DATAERR).
    case storeInvalid = 65
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    case interrupted = 130
}
