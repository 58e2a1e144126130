import JicengBase
import JicengDomain

/// Reads one CSV cell as the value its field holds. Dates are accepted as Excel on
/// Chinese Windows writes them (2025/3/15, 2025年3月15日) as well as 2025-03-15; lists
/// are separated by `;` (or `；`); notes pair a code and a note with `:` (`M1:病假`).
/// References stay text here: the model resolves a code or unique name and explains a miss.
enum CellParser {
    /// A problem with one cell: the message says what was expected.
    struct Problem: Error { let message: ExchangeMessage }

    static let listSeparators: Set<Character> = [";", "；"]
    static let noteSeparators: Set<Character> = [":", "："]

    static func value(_ raw: String, as type: FieldType) throws(Problem) -> DomainValue? {
        var text = raw.trimmingSpaces
        // The formula guard of our own CSV export ('=…) comes off again.
        if text.count > 1, text.first == "'", let second = text.dropFirst().first, "=+-@".contains(second) { text.removeFirst() }
        guard !text.isEmpty else { return nil }
        switch type {
        case .text: return .text(text)
        case .int:
            guard let n = Int(text) else { throw Problem(message: .expectedWholeNumber) }
            return .int(n)
        case .decimal:
            guard let d = ExactDecimal(text) else { throw Problem(message: .expectedDecimal) }
            return .decimal(d)
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "y", "1", "是", "√": return .bool(true)
            case "false", "no", "n", "0", "否", "×": return .bool(false)
            default: throw Problem(message: .expectedYesNo)
            }
        case .day:
            guard let d = day(text) else { throw Problem(message: .expectedDate) }
            return .day(d)
        case .month:
            guard let m = month(text) else { throw Problem(message: .expectedMonth) }
            return .month(m)
        case .choice(let options):
            guard options.contains(where: { $0.value == text || $0.label == text }) else {
                throw Problem(message: .expectedOneOf(options))
            }
            return .text(text)
        case .ref, .anyRef:
            return .text(text)
        case .refList:
            return .list(items(text).map(DomainValue.text))
        case .textList:
            return .list(items(text).map(DomainValue.text))
        case .refNotes:
            return .pairs(items(text).map { item in
                guard let sep = item.firstIndex(where: noteSeparators.contains) else { return .init(.text(item), .none) }
                let note = String(item[item.index(after: sep)...]).trimmingSpaces
                return .init(.text(String(item[..<sep]).trimmingSpaces), note.isEmpty ? .none : .text(note))
            })
        case .derivedList:
            throw Problem(message: .computedCell)
        }
    }

    static func items(_ text: String) -> [String] {
        text.split(whereSeparator: listSeparators.contains).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// 2025-03-15, 2025/3/15, 2025.3.15, 2025年3月15日.
    static func day(_ text: String) -> Day? {
        if let d = Day(text) { return d }
        let parts = numbers(in: text)
        guard parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    /// 2025-03, 2025/3, 2025年3月.
    static func month(_ text: String) -> YearMonth? {
        if let m = YearMonth(text) { return m }
        let parts = numbers(in: text)
        guard parts.count == 2 else { return nil }
        return YearMonth(year: parts[0], month: parts[1])
    }

    /// The runs of ASCII digits, when everything between them is one of the date separators.
    private static func numbers(in text: String) -> [Int] {
        var out: [Int] = []
        var current = ""
        for c in text {
            if c.isASCII, c.isNumber {
                current.append(c)
            } else if "-/.年月日".contains(c) {
                guard !current.isEmpty, let n = Int(current) else { return [] }
                out.append(n)
                current = ""
            } else {
                return []
            }
        }
        if !current.isEmpty, let n = Int(current) { out.append(n) }
        return out
    }
}
