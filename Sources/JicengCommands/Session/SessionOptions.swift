import JicengBase
import JicengLang

/// How a session is set up: where the store is, who is working, and how output looks.
public struct SessionOptions: Sendable {
    /// The store folder; nil means `JICENG_STORE`, else `./jiceng-data` (SPEC §4).
    public var storePath: String?
    /// No store at all: changes live in memory for the life of the session (embedding, tests).
    public var inMemory = false
    /// Who the journal says made each change.
    public var user: String
    /// `--show-pii`: ID and phone numbers in the clear.
    public var showPersonalData = false
    /// `--lang`: the language of table headers.
    public var language: OutputLanguage = .en
    /// Pins `today()` and every derived date (age, overdue, expiry); nil is the system's date.
    public var today: Day?
    /// Which files scripts may read and write (`run`, `import`, `export`, `show … to`);
    /// `--files`. A session for one person's console allows any; a host that runs others'
    /// scripts sets `.denied` or `.onlyUnder(folder)`.
    public var filePolicy: FilePolicy = .allowed

    public init(storePath: String? = nil, inMemory: Bool = false, user: String? = nil) {
        self.storePath = storePath
        self.inMemory = inMemory
        self.user = user ?? SessionOptions.systemUser
    }

    /// The folder to use: the option, then `JICENG_STORE`, then `./jiceng-data`.
    public var resolvedStorePath: String {
        if let storePath, !storePath.isEmpty { return storePath }
        if let env = Environment.value("JICENG_STORE"), !env.isEmpty { return env }
        return SessionOptions.defaultStoreFolder
    }

    public static let defaultStoreFolder = "./jiceng-data"

    static var systemUser: String {
        Environment.value("JICENG_USER") ?? Environment.value("USER") ?? Environment.value("LOGNAME") ?? "unknown"
    }
}

/// Why a session could not start: the console exits 65 (SPEC §5).
public struct SessionError: Error, CustomStringConvertible, Sendable {
    /// Why, in both languages; rendered in the reader's when it is shown.
    public let text: Message
    public init(_ message: String) { text = Message(verbatim: message) }
    public init(_ text: Message) { self.text = text }
    /// Why, in English.
    public var message: String { text.english }
    public var description: String { message }
}
