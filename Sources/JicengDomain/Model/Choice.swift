/// A closed set of words for a field (gender, org kind, …). English raw values are
/// what files store; `label` is the Chinese word staff may type instead.
public protocol Choice: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    var label: String { get }
}

extension Choice {
    public static var options: [ChoiceOption] { allCases.map { ChoiceOption($0.rawValue, $0.label) } }

    /// Accepts the English word or the Chinese label.
    public init?(word: String) {
        if let v = Self(rawValue: word) { self = v; return }
        guard let v = Self.allCases.first(where: { $0.label == word }) else { return nil }
        self = v
    }

    /// Position in declaration order, for choices that are steps (pipeline, deliberation).
    public var ordinal: Int { Array(Self.allCases).firstIndex(of: self)! }
}
