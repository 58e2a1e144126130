/// The fields of every kind, stored then derived, as the language and `help` see them.
/// A field's index here is what `Database.read` takes, so compiled code can say
/// `m.branch.community.name` as three integer lookups.
public enum Schema {
    public static func fields(of kind: Kind) -> [FieldInfo] { all[kind.rawValue] }

    public static func index(of name: String, in kind: Kind) -> Int? { byName[kind.rawValue][name] }

    public static func field(_ name: String, of kind: Kind) -> FieldInfo? { index(of: name, in: kind).map { all[kind.rawValue][$0] } }

    /// The number of stored fields; indexes from here on are derived.
    public static func storedCount(of kind: Kind) -> Int { storedCounts[kind.rawValue] }

    private static let all: [[FieldInfo]] = Kind.allCases.map { kind in
        let stored = storedInfos(kind)
        let derived = Derived.fields(of: kind).enumerated().map { i, d in
            FieldInfo(kind: kind, index: stored.count + i, name: d.name, label: d.label, type: d.type,
                      required: false, derived: true, personal: false)
        }
        return stored + derived
    }

    private static let storedCounts: [Int] = Kind.allCases.map { storedInfos($0).count }

    private static let byName: [[String: Int]] = all.map { infos in
        Dictionary(uniqueKeysWithValues: infos.map { ($0.name, $0.index) })
    }

    private static func storedInfos(_ kind: Kind) -> [FieldInfo] {
        func infos<E: Entity>(_ type: E.Type) -> [FieldInfo] {
            E.fields.enumerated().map { i, f in
                FieldInfo(kind: kind, index: i, name: f.name, label: f.label, type: f.type,
                          required: f.required, derived: false, personal: f.personal)
            }
        }
        switch kind {
        case .district: return infos(District.self)
        case .street: return infos(Street.self)
        case .community: return infos(Community.self)
        case .grid: return infos(Grid.self)
        case .unit: return infos(Unit.self)
        case .org: return infos(Org.self)
        case .member: return infos(Member.self)
        case .applicant: return infos(Applicant.self)
        case .agreement: return infos(Agreement.self)
        case .need: return infos(Need.self)
        case .resource: return infos(Resource.self)
        case .project: return infos(Project.self)
        case .meeting: return infos(Meeting.self)
        case .points: return infos(PointsEntry.self)
        case .dues: return infos(DuesPayment.self)
        case .wish: return infos(Wish.self)
        case .proposal: return infos(Proposal.self)
        case .task: return infos(WorkTask.self)
        }
    }
}
