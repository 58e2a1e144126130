/// Every command of the work itself, family by family, in the order `help` lists them.
enum WorkCommands {
    static var all: [DomainCommand] {
        RosterCommands.all + AppointmentCommands.all + AgreementCommands.all + ListCommands.all + MeetingCommands.all
            + PointsCommands.all + DuesCommands.all + WishCommands.all + DeliberationCommands.all + RecruitmentCommands.all
            + TaskCommands.all
    }
}
