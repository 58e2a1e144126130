import JicengBase
import JicengDomain

/// Headers, labels and phrases the reports share, in English and Chinese.
enum ReportWords {
    static let code = LocalizedText(en: "Code", zh: "编号")
    static let street = LocalizedText(en: "Street", zh: "街道")
    static let community = LocalizedText(en: "Community", zh: "社区")
    static let branch = LocalizedText(en: "Branch", zh: "支部")
    static let member = LocalizedText(en: "Member", zh: "党员")
    static let members = LocalizedText(en: "Members", zh: "党员数")
    static let notes = LocalizedText(en: "Notes", zh: "备注")
    static let total = LocalizedText(en: "Total", zh: "合计")
    /// Names listed in a "missing" or "notes" cell before "and N more".
    static let namesListed = 5

    static func quarter(_ q: Quarter) -> LocalizedText {
        LocalizedText(en: "\(q)", zh: "\(q.year)年第\(["一", "二", "三", "四"][q.quarter - 1])季度")
    }

    static func asOf(_ day: Day) -> LocalizedText {
        LocalizedText(en: "as of \(day)", zh: "截至\(day)")
    }

    /// "A, B, C and 2 more" / "A、B、C等5个".
    static func list(_ names: [String], total: Int) -> LocalizedText {
        let shown = names.prefix(namesListed)
        let more = total - shown.count
        return LocalizedText(
            en: shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""),
            zh: shown.joined(separator: "、") + (more > 0 ? "等\(total)个" : ""))
    }

    /// Joins localized phrases with "; " / "；".
    static func join(_ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(en: parts.map(\.en).joined(separator: "; "), zh: parts.map(\.zh).joined(separator: "；"))
    }

    static func orgKind(_ kind: OrgKind?) -> LocalizedText {
        guard let kind else { return "" }
        let en: String
        switch kind {
        case .workingCommittee: en = "working committee"
        case .committee: en = "committee"
        case .jointCommittee: en = "joint committee"
        case .generalBranch: en = "general branch"
        case .branch: en = "branch"
        case .group: en = "group"
        case .interestBranch: en = "interest branch"
        case .temporary: en = "temporary"
        }
        return LocalizedText(en: en, zh: kind.label)
    }

    static func meetingKind(_ kind: MeetingKind) -> LocalizedText {
        let en: String
        switch kind {
        case .memberAssembly: en = "member assembly"
        case .committeeMeeting: en = "committee meeting"
        case .groupMeeting: en = "group meeting"
        case .lecture: en = "party lecture"
        case .themeDay: en = "theme day"
        case .jointMeeting: en = "joint meeting"
        case .lifeMeeting: en = "life meeting"
        case .democraticReview: en = "democratic review"
        }
        return LocalizedText(en: en, zh: kind.label)
    }

    static func agreementKind(_ kind: AgreementKind?) -> LocalizedText {
        guard let kind else { return "" }
        let en: String
        switch kind {
        case .coBuilding: en = "co-building"
        case .pairing: en = "pairing"
        case .alliance: en = "alliance"
        }
        return LocalizedText(en: en, zh: kind.label)
    }

    static func duesBasis(_ basis: DuesBasis?) -> LocalizedText {
        guard let basis else { return "" }
        let en: String
        switch basis {
        case .working: en = "working"
        case .retired: en = "retired"
        case .student: en = "student"
        case .unemployed: en = "unemployed"
        case .lowIncome: en = "low income"
        }
        return LocalizedText(en: en, zh: basis.label)
    }
}

extension ReportCell {
    /// A name, or an empty cell for nothing.
    static func name(_ text: String?) -> ReportCell {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    static func words(_ text: LocalizedText) -> ReportCell {
        text.en.isEmpty && text.zh.isEmpty ? .empty : .localized(text)
    }
}
