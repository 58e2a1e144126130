import JicengBase
import JicengDomain

/// Maps a CSV header row to the kind's stored fields, by English name (any case) or
/// Chinese label, so a file exported in either language, or typed by hand in Excel,
/// imports. An unknown header, a computed field or a field named twice stops the import
/// before any row is read, naming the column.
struct ImportColumns {
    /// The field index of each column.
    let fields: [Int]

    init(header: [String], kind: Kind) throws(ImportError) {
        let infos = Schema.fields(of: kind)
        var byWord: [String: Int] = [:]
        for info in infos where !info.derived {
            byWord[info.name.lowercased()] = info.index
            byWord[info.label] = info.index
        }
        var seen: [Int: Int] = [:]
        var fields: [Int] = []
        for (column, raw) in header.enumerated() {
            let word = raw.trimmingSpaces
            let number = column + 1
            if let derived = infos.first(where: { $0.derived && ($0.name == word.lowercased() || $0.label == word) }) {
                throw .header(column: number, header: raw, message: Message(ExchangeMessage.derivedColumn(FieldName(derived.name, of: kind))))
            }
            guard let index = byWord[word.lowercased()] ?? byWord[word] else {
                let candidates = infos.filter { !$0.derived }.flatMap { [$0.name, $0.label] }
                let near = Suggest.nearest(to: word, in: candidates)
                throw .header(column: number, header: raw, message: Message(ExchangeMessage.noSuchColumn(kind, suggestion: near)))
            }
            if let earlier = seen[index] {
                throw .header(column: number, header: raw,
                              message: Message(ExchangeMessage.sameFieldAs(earlier, FieldName(infos[index].name, of: kind))))
            }
            seen[index] = number
            fields.append(index)
        }
        self.fields = fields
    }
}

extension String {
    /// Without spaces, tabs and full-width spaces at either end (Excel users pad headers).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
