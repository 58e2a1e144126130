import JicengBase
import JicengDomain

/// 共驻共建: agreements between resident units and communities or streets.
public enum Agreements {
    /// What an agreement is signed for; each of the three lists may be empty.
    public struct Terms: Sendable {
        public var kind: AgreementKind = .coBuilding
        public var starts: Day
        public var ends: Day
        public var signed: Day?
        public var resources: [String] = []
        public var needs: [String] = []
        public var projects: [String] = []

        public init(kind: AgreementKind = .coBuilding, starts: Day, ends: Day, signed: Day? = nil,
                    resources: [String] = [], needs: [String] = [], projects: [String] = []) {
            self.kind = kind; self.starts = starts; self.ends = ends; self.signed = signed
            self.resources = resources; self.needs = needs; self.projects = projects
        }
    }

    /// 签订协议 between a unit and a community or a street. `code` "" takes the next free one.
    @discardableResult
    public static func sign(code: String = "", unit: Handle<Unit>, with party: EntityRef, _ terms: Terms, in db: Database) throws -> WorkResult {
        var a = Agreement()
        a.code = code
        a.kind = terms.kind
        a.unit = unit
        switch party.kind {
        case .community: a.community = Handle(party.index)
        case .street: a.street = Handle(party.index)
        default:
            throw refusal(.agreement, code, field: "community", value: db.code(party), rule: "agreement_party",
                          .agreementParty(party.kind))
        }
        a.starts = terms.starts
        a.ends = terms.ends
        a.signed = terms.signed
        a.status = .active
        a.resources = terms.resources
        a.needs = terms.needs
        a.projects = terms.projects
        return WorkResult(try db.insert(a))
    }

    /// 续签: moves the end date later; only forward, and only while the agreement stands.
    @discardableResult
    public static func renew(_ agreement: Handle<Agreement>, to ends: Day, in db: Database) throws -> WorkResult {
        let a = db.agreements[agreement]
        try requireActive(agreement, to: .renew, db)
        if let current = a.ends, ends <= current {
            throw refusal(.agreement, a.code, field: "ends", value: ends, rule: "renew_forward",
                          .renewForward(current))
        }
        try db.update(agreement) { $0.ends = ends }
        return WorkResult(agreement)
    }

    /// 终止: ends an active agreement early, on a date and for a reason.
    @discardableResult
    public static func terminate(_ agreement: Handle<Agreement>, on date: Day, reason: String, in db: Database) throws -> WorkResult {
        let a = db.agreements[agreement]
        try requireActive(agreement, to: .terminate, db)
        if let ends = a.ends, date > ends {
            throw refusal(.agreement, a.code, field: "terminated_on", value: date, rule: "agreement_active",
                          .alreadyEnded(ends))
        }
        try db.update(agreement) { a in
            a.status = .terminated
            a.terminatedOn = date
            a.reason = reason
        }
        return WorkResult(agreement)
    }

    private static func requireActive(_ agreement: Handle<Agreement>, to work: WorkMessage.Work, _ db: Database) throws {
        let a = db.agreements[agreement]
        if a.status == .terminated {
            throw refusal(.agreement, a.code, field: "status", value: "terminated", rule: "agreement_active",
                          .agreementTerminated(a.terminatedOn, cannot: work))
        }
    }
}
