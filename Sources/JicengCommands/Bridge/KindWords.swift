import JicengDomain
import JicengLang

/// The words scripts use for each kind of record: the singular in commands (`member`,
/// `党员`), the collection a script iterates (`members`), and the role words that
/// introduce an entity in a phrase (`to branch "XFL-01"`, `到 支部 …` — a branch is an org).
/// One table, so every command, `help` and completion spell kinds the same way.
public enum KindWords {
    /// The global collection of every record of the kind.
    public static func plural(_ kind: Kind) -> String {
        switch kind {
        case .community: "communities"
        case .points: "points_entries" // `points` is a member's balance, a field name in queries
        case .dues: "dues_payments"
        case .wish: "wishes"
        default: kind.name + "s"
        }
    }

    /// Chinese names of the collection (`党员` for `members`): the kind's label when it is
    /// one word. Chinese has no plural, so `列出 党员 where age >= 80` reads naturally.
    public static func collectionAliases(_ kind: Kind) -> [String] {
        isWord(kind.label) ? [kind.label] : []
    }

    /// Chinese words for the kind: its label (when it is one word) and the short forms
    /// staff type.
    public static func chinese(_ kind: Kind) -> [String] {
        let short: [String] = switch kind {
        case .district: ["区县", "区"]
        case .unit: ["单位"]
        case .org: ["组织"]
        case .applicant: ["申请人"]
        case .agreement: ["协议"]
        case .wish: ["心愿"]
        case .proposal: ["议事"]
        case .task: ["事项"]
        default: []
        }
        return (isWord(kind.label) ? [kind.label] : []) + short
    }

    /// `Choice("member", "党员")`: the kind as a command's choice or entity word.
    public static func choice(_ kind: Kind) -> CommandSyntax.Choice {
        CommandSyntax.Choice(canonical: kind.name, aliases: chinese(kind))
    }

    /// Every kind as a choice, in the model's order.
    public static var allChoices: [CommandSyntax.Choice] { Kind.allCases.map(choice) }

    /// Words that name a role rather than a kind, with the kind they stand for:
    /// `branch` and `支部` introduce an org.
    public static let roles: [(word: CommandSyntax.Choice, kind: Kind)] = [
        (CommandSyntax.Choice("branch", "支部", "党支部"), .org),
        (CommandSyntax.Choice("group", "党小组"), .org),
        (CommandSyntax.Choice("committee", "党委"), .org),
    ]

    /// The kind a canonical kind or role word stands for.
    public static func kind(forWord word: String) -> Kind? {
        if let k = Kind.allCases.first(where: { $0.name == word || chinese($0).contains(word) }) { return k }
        return roles.first { $0.word.spellings.contains(word) }?.kind
    }

    /// The kind a collection name (`members`) iterates.
    public static func kind(forPlural word: String) -> Kind? { Kind.allCases.first { plural($0) == word } }

    /// The stored field holding what staff call a record (`name`, a wish's `text`, a
    /// proposal's `topic`); nil for kinds known only by code (points, dues, agreements).
    public static func nameField(_ kind: Kind) -> FieldInfo? {
        guard kind.isNamed || [.need, .resource, .project, .meeting, .wish, .proposal, .task].contains(kind) else { return nil }
        for candidate in ["name", "text", "topic"] {
            if let f = Schema.field(candidate, of: kind), !f.derived { return f }
        }
        return nil
    }

    /// Whether `text` lexes as one word (a Chinese label with `/` or brackets does not).
    static func isWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
