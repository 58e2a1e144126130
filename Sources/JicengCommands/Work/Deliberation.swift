import JicengBase
import JicengDomain

/// 五步议事: 居民点题 → 支部议定 → 网格实施 → 结果公开 → 评价反馈, one step at a time,
/// never back; residents rate the result at the last step.
public enum Deliberation {
    /// 提议: a resident's topic opens a proposal at the first step. `code` "" takes the next free one.
    @discardableResult
    public static func propose(_ topic: String, in community: Handle<Community>, by proposer: String, on date: Day,
                               note: String = "", code: String = "", in db: Database) throws -> WorkResult {
        var p = Proposal()
        p.code = code
        p.community = community
        p.topic = topic
        p.proposer = proposer
        p.step = .proposed
        p.notes = note.isEmpty ? [] : [note]
        p.proposedOn = date
        return WorkResult(try db.insert(p))
    }

    /// 推进议事: the next step, with its note. A step named in `to` must be that next one.
    @discardableResult
    public static func advance(_ proposal: Handle<Proposal>, note: String = "", to step: ProposalStep? = nil, in db: Database) throws -> WorkResult {
        let p = db.proposals[proposal]
        let current = p.step ?? .proposed
        let steps = ProposalStep.allCases
        guard current.ordinal + 1 < steps.count else {
            throw refusal(.proposal, p.code, field: "step", value: current.rawValue, rule: "step_forward",
                          .lastStep(ChoiceWord(current)))
        }
        let next = steps[steps.index(steps.startIndex, offsetBy: current.ordinal + 1)]
        if let step, step != next {
            throw refusal(.proposal, p.code, field: "step", value: step.rawValue, rule: "step_forward",
                          .stepsOneAtATime(ChoiceWord(current), next: ChoiceWord(next)))
        }
        try db.update(proposal) { p in
            p.step = next
            // One note per step reached: steps passed without a note keep an empty one.
            if !note.isEmpty {
                while p.notes.count < next.ordinal { p.notes.append("") }
                p.notes.append(note)
            }
        }
        return WorkResult(proposal)
    }

    /// 评价议事: residents' rating (`Rules.proposalRatings`) once the proposal is at its last step.
    @discardableResult
    public static func rate(_ proposal: Handle<Proposal>, _ rating: Int, in db: Database) throws -> WorkResult {
        let p = db.proposals[proposal]
        guard Rules.proposalRatings.contains(rating) else {
            throw refusal(.proposal, p.code, field: "rating", value: rating, rule: "rating_range",
                          Message(RuleMessage.ratingRange(Rules.proposalRatings)))
        }
        guard p.step == .evaluated else {
            throw refusal(.proposal, p.code, field: "rating", value: rating, rule: "rating_step",
                          .rateAtEvaluation(p.step.map(ChoiceWord.init)))
        }
        try db.update(proposal) { $0.rating = rating }
        return WorkResult(proposal)
    }
}
