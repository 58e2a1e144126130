import JicengDomain
import JicengLang

extension JicengSession {
    /// One line for the REPL banner: where the store is and what it holds.
    public func storeSummary(chinese: Bool = false) -> String {
        let shown: [Kind] = [.street, .community, .org, .member]
        let counts = shown.map { kind in
            let n = database.table(kind).count
            return chinese ? "\(kind.label) \(n)" : "\(n) \(n == 1 ? kind.name : KindWords.plural(kind))"
        }
        let place = store.map { $0.folder } ?? (chinese ? "内存" : "in memory")
        return (chinese ? "数据存储 " : "store ") + place + ": " + counts.joined(separator: chinese ? "，" : ", ")
    }

    /// `jiceng check` without files: every rule over every record. The problems, errors
    /// first in model order; empty when the store is clean.
    public func checkStore() -> [Violation] { database.check() }
}
