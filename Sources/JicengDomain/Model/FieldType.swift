/// What a field holds; drives generic reads and writes, the file format and checks.
public indirect enum FieldType: Hashable, Sendable, CustomStringConvertible {
    case text
    case int
    case decimal
    case bool
    case day
    case month
    /// One of a fixed set of words (stored in English; the Chinese labels are accepted too).
    case choice([ChoiceOption])
    /// A reference to one record of the kind.
    case ref(Kind)
    /// A reference to a record of any of the kinds (a wish is claimed by a member or a unit).
    case anyRef([Kind])
    /// References to several records of the kind (meeting attendees).
    case refList(Kind)
    case textList
    /// Records of the kind, each with a note (absentees with their reason, committee roles).
    case refNotes(Kind)
    /// Derived fields only: a list of references (org.members).
    case derivedList(Kind)

    /// The kinds this field may refer to (empty for plain values).
    public var targets: [Kind] {
        switch self {
        case .ref(let k), .refList(let k), .refNotes(let k), .derivedList(let k): [k]
        case .anyRef(let ks): ks
        default: []
        }
    }

    public var description: String {
        switch self {
        case .text: "text"
        case .int: "integer"
        case .decimal: "decimal"
        case .bool: "bool"
        case .day: "date"
        case .month: "month"
        case .choice(let options): "one of " + options.map(\.value).joined(separator: ", ")
        case .ref(let k): k.name
        case .anyRef(let ks): ks.map(\.name).joined(separator: " or ")
        case .refList(let k), .derivedList(let k): "list of \(k.name)"
        case .textList: "list of text"
        case .refNotes(let k): "\(k.name) → note"
        }
    }
}

/// One allowed word of a choice field, with its Chinese label.
public struct ChoiceOption: Hashable, Sendable {
    public let value: String
    public let label: String
    public init(_ value: String, _ label: String) { self.value = value; self.label = label }
}

/// The public description of one field: what scripts, `help`, completion and the
/// store need to know about it. `index` is what compiled code reads by.
public struct FieldInfo: Hashable, Sendable {
    public let kind: Kind
    public let index: Int
    public let name: String
    public let label: String
    public let type: FieldType
    public let required: Bool
    /// Computed from other records (member.age); never stored, never written.
    public let derived: Bool
    /// Holds personal data (idcard, phone): masked in output unless asked for.
    public let personal: Bool
}
