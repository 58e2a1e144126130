import JicengBase
import JicengDomain

// The recruitment pipeline: applicants, activists (trained a year or more), candidates,
// and the probationary members admitted this year with their applicant record.
extension CityBuilder {
    static let pipelineStages: [(ApplicantStage, Int)] = [(.applicant, 40), (.activist, 40), (.candidate, 20)]

    func buildApplicants() throws {
        let branches = rosters.filter { $0.members.count >= Rules.branchMinimumFormalMembers }
        guard !branches.isEmpty else { return }
        let count = max(3, scale.members * SampleScale.applicantsPerHundredMembers / 100)
        for _ in 0..<count {
            let roster = rng.pick(branches)
            var a = Applicant()
            let gender: Gender = rng.chance(0.45) ? .female : .male
            let age = rng.int(19...40)
            let born = day(ago: age * 365 + age / 4 + rng.int(0...364))
            a.name = SampleNames.name(gender: gender, born: born.year, using: &rng)
            a.gender = gender
            a.born = born
            a.idcard = SampleIdentity.idcard(region: SampleIdentity.districtRegion(streets[places[roster.place].street].district),
                                             born: born, gender: gender, using: &rng, taken: &identityNumbers)
            a.phone = SampleIdentity.phone(using: &rng)
            a.branch = roster.org
            let stage = rng.pick(CityBuilder.pipelineStages)
            a.stage = stage
            let eighteen = born.adding(years: Rules.minimumJoiningAge)!
            switch stage {
            case .applicant:
                a.applied = max(eighteen, day(ago: rng.int(10...400)))
            case .activist:
                a.applied = max(eighteen, day(ago: rng.int(200...900)))
                a.activistOn = min(today, a.applied!.adding(days: rng.int(30...180))!)
            default:
                a.applied = max(eighteen, day(ago: rng.int(500...1400)))
                a.activistOn = a.applied!.adding(days: rng.int(30...90))!
                a.candidateOn = min(today, a.activistOn!.adding(years: Rules.activistTrainingYears)!.adding(days: rng.int(0...60))!)
            }
            try db.insert(a)
        }
        // Each probationary member came through the pipeline: their applicant record at that stage.
        for roster in rosters {
            for member in roster.members where db.members[member].formal == nil {
                let m = db.members[member]
                guard let joined = m.joined, let born = m.born else { continue }
                var a = Applicant()
                a.name = m.name
                a.gender = m.gender
                a.born = born
                a.idcard = m.idcard
                a.phone = m.phone
                a.branch = roster.org
                a.stage = .probationary
                a.candidateOn = joined.adding(days: -rng.int(60...120))!
                a.activistOn = a.candidateOn!.adding(years: -Rules.activistTrainingYears)!.adding(days: -rng.int(0...60))!
                a.applied = a.activistOn!.adding(days: -rng.int(30...200))!
                a.probationaryOn = joined
                a.member = member
                if a.applied! < born { a.applied = born; a.activistOn = max(a.activistOn!, born); a.candidateOn = max(a.candidateOn!, born) }
                try db.insert(a)
            }
        }
        settle()
    }
}
