import ArgumentParser

struct Jiceng: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jiceng",
        abstract: "基层 — a scripting console for urban grassroots party-building work.",
        version: "0.1.0"
    )
}

Jiceng.main()
