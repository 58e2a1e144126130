// Drives a store from separate processes: the crash (SIGKILL) and concurrency checks that
// scripts/stress runs at length and the tests run short. Each mode is one job:
//
//   jiceng-store-stress kills FOLDER N [--jiceng BIN]  kill a committing child N times with SIGKILL at random
//                                             moments; after each kill the store must load and hold
//                                             a prefix of the commits, with every acknowledged one
//   jiceng-store-stress writers FOLDER K N    K writer processes commit N changes each at once;
//                                             every change must be kept
//   jiceng-store-stress verify FOLDER A       the prefix check alone, A rounds acknowledged
//   jiceng-store-stress crash FOLDER          (the child `kills` starts) commit and checkpoint until killed
//   jiceng-store-stress write FOLDER PREFIX N (the child `writers` starts) commit N changes
//   jiceng-store-stress city FOLDER M N       write a city of M members and N meetings (for measuring)
//   jiceng-store-stress load FOLDER           load it; print seconds, peak memory and the snapshot's size
//
// Exits 1 with the reason on standard error when a check fails.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress lines during a long kill run, every this many kills.
let killProgressEvery = 100

let usage = "usage: jiceng-store-stress kills FOLDER N [--jiceng BIN] | writers FOLDER K N | verify FOLDER ACKNOWLEDGED"
    + " | crash FOLDER | write FOLDER PREFIX N | city FOLDER M N | load FOLDER"

func count(_ text: String, _ what: String, from lowest: Int = 1) -> Int {
    guard let n = Int(text), n >= lowest else { fail("\(what) must be a whole number from \(lowest): \(text)") }
    return n
}

func runKills(_ folder: String, _ kills: Int, jiceng: String?) throws {
    let label = jiceng == nil ? "kills" : "jiceng kills"
    let loop = KillLoop(folder: folder, kills: kills, jiceng: jiceng)
    let s = try loop.run { s in
        if s.kills % killProgressEvery == 0 && s.kills < kills { say("\(label): \(s.kills)/\(kills), \(s.rounds) commits, \(seconds(s.seconds))") }
    }
    say("\(label): \(s.kills) kills survived, \(s.loadsVerified) loads verified (every acknowledged commit kept, whole and in order); "
        + "kills landed \(s.inCommit) in a commit, \(s.inCheckpoint) in a checkpoint, \(s.kills - s.inCommit - s.inCheckpoint) between; "
        + "\(s.tornLinesDropped) torn journal lines dropped; \(s.rounds) commits in the store; \(seconds(s.seconds))")
}

let args = Array(CommandLine.arguments.dropFirst())
do {
    switch (args.first ?? "", args.count) {
    case ("kills", 3): try runKills(args[1], count(args[2], "N"), jiceng: nil)
    case ("kills", 5) where args[3] == "--jiceng": try runKills(args[1], count(args[2], "N"), jiceng: args[4])
    case ("writers", 4):
        let w = ConcurrentWriters(folder: args[1], writers: count(args[2], "K"), commitsEach: count(args[3], "N"))
        let s = try w.run()
        say("writers: \(w.writers) writers × \(w.commitsEach) commits at once, \(s.commitsKept) of \(s.commitsKept) kept "
            + "(each whole, once, in its writer's order); \(seconds(s.seconds))")
    case ("verify", 3):
        let found = try PrefixCheck.verify(folder: args[1], acknowledged: count(args[2], "ACKNOWLEDGED", from: 0))
        say("verify: the store holds rounds 1…\(found.rounds), whole and in order")
    case ("crash", 2): try crashLoop(folder: args[1])
    case ("write", 4): try writer(folder: args[1], prefix: args[2], count: count(args[3], "N"))
    case ("city", 4): try city(folder: args[1], members: count(args[2], "M"), meetings: count(args[3], "N", from: 0))
    case ("load", 2): try measureLoad(folder: args[1])
    default: fail(usage)
    }
} catch {
    fail("\(error)")
}
