import JicengDomain
import JicengLang

/// The field list of `add` and `set`: every stored field of every kind, by its schema
/// name with its Chinese label as an alias (`phone`/`电话`). The parser accepts any of
/// them; the command then checks the field against the kind, so `add community … born …`
/// is refused naming the fields a community has.
enum FieldWords {
    static let all: [CommandSyntax.Choice] = {
        var order: [String] = []
        var aliases: [String: [String]] = [:]
        var taken = Set<String>()
        for kind in Kind.allCases {
            for info in Schema.fields(of: kind) where !info.derived {
                if aliases[info.name] == nil { order.append(info.name); aliases[info.name] = [] ; taken.insert(info.name) }
            }
        }
        // A label is an alias of the first field that has it; a label that is also a
        // field's name (or not one word) is left out.
        for kind in Kind.allCases {
            for info in Schema.fields(of: kind) where !info.derived {
                let label = info.label
                guard KindWords.isWord(label), !taken.contains(label) else { continue }
                taken.insert(label)
                aliases[info.name]!.append(label)
            }
        }
        return order.map { CommandSyntax.Choice(canonical: $0, aliases: aliases[$0]!) }
    }()

    /// Fields that are a choice in some kind (`kind`, `gender`, `status`, `list`, …): their
    /// value may be written as a bare word (`kind branch`), which the model checks and
    /// corrects (did you mean …).
    static let choiceFields: Set<String> = {
        var names = Set<String>()
        for kind in Kind.allCases {
            for info in Schema.fields(of: kind) where !info.derived {
                if case .choice = info.type { names.insert(info.name) }
            }
        }
        return names
    }()

    /// The stored field of `kind` a given field word means: the field of that name, or
    /// the field of the kind whose label is one of the word's aliases (`党员` is points'
    /// `member` and also written for a dues payment's).
    static func field(_ canonical: String, of kind: Kind) -> FieldInfo? {
        if let f = Schema.field(canonical, of: kind) { return f }
        guard let spellings = all.first(where: { $0.canonical == canonical })?.spellings else { return nil }
        return Schema.fields(of: kind).first { !$0.derived && spellings.contains($0.label) }
    }
}
