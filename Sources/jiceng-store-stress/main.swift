// Drives a store from a separate process, for the crash and concurrency tests:
//
//   jiceng-store-stress crash FOLDER          commit (and checkpoint) in a loop until killed;
//                                             prints each committed number once the commit returned
//   jiceng-store-stress write FOLDER PREFIX N commit N changes, each a district PREFIXi and a wish
//                                             with a model-made code, alongside another writer
//   jiceng-store-stress city FOLDER M N       write a city of M members and N meetings (for measuring)
//   jiceng-store-stress load FOLDER           load it; print seconds, peak memory and the snapshot's size
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
import JicengDomain
import JicengStore

/// Small, so that checkpoints happen every few commits and are killed mid-way too.
let stressCheckpointBytes = 2048
let today = Day("2025-06-15")!

func say(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    let line = Array(("jiceng-store-stress: " + message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

/// Each round inserts district K<n> and sets the counter street's name to n in the same
/// commit, so a loaded store shows whether commits are whole and in order.
func crashLoop(folder: String) throws {
    let store = try FileStore(folder: folder, user: "stress")
    store.checkpointBytes = stressCheckpointBytes
    let db = try store.load(today: today).database
    var counter = db.lookup(.street, "COUNTER")
    if counter == nil {
        counter = try db.insert(.street, fields: ["code": .text("COUNTER"), "name": .text("0")])
        try store.commit(db, CommitInfo(user: "stress", command: "create counter"))
    }
    var n = db.districts.count
    while true {
        n += 1
        try db.transaction {
            try db.insert(.district, fields: ["code": .text("K\(n)"), "name": .text("区\(n)")])
            try db.update(counter!, fields: ["name": .text(String(n))])
        }
        try store.commit(db, CommitInfo(user: "stress", source: "crash:\(n)", command: "round \(n)"))
        say(String(n))
        if n % 5 == 0 || store.checkpointDue { try store.checkpoint(db) }
    }
}

func writer(folder: String, prefix: String, count: Int) throws {
    let store = try FileStore(folder: folder, user: prefix)
    store.checkpointBytes = stressCheckpointBytes * 8
    let db = try store.load(today: today).database
    guard let community = db.lookup(.community, "JH") else { fail("the store needs community JH") }
    for i in 1...count {
        try db.insert(.district, fields: ["code": .text("\(prefix)\(i)"), "name": .text("\(prefix)区\(i)")])
        try db.insert(.wish, fields: ["community": .ref(community), "text": .text("\(prefix) 心愿 \(i)")])
        try store.commit(db, CommitInfo(user: prefix, command: "write \(i)"))
        // Checkpoints while the other writer commits, as a long session's owner would.
        if store.checkpointDue { try store.checkpoint(db) }
    }
    say("done \(prefix)")
}

/// A city shaped like the reports': 10 districts, 50 streets, 8 communities each, a
/// committee and 5 branches per community, members spread over the branches.
func city(folder: String, members: Int, meetings: Int) throws {
    let store = try FileStore(folder: folder, user: "generator")
    let db = try store.load(today: today).database
    var branches: [EntityRef] = []
    var rosters: [[EntityRef]] = []
    for s in 1...50 {
        if s <= 10 { try db.insert(.district, fields: ["code": .text("D\(s)"), "name": .text("第\(s)区")]) }
        try db.insert(.street, fields: ["code": .text("S\(s)"), "name": .text("第\(s)街道"), "district": .text("D\((s - 1) / 5 + 1)")])
        for c in 1...8 {
            let code = "S\(s)C\(c)"
            try db.insert(.community, fields: ["code": .text(code), "name": .text("第\(s)街道第\(c)社区"), "street": .text("S\(s)"),
                                               "households": .int(3000 + c * 10), "area_m2": .int(280 + c * 10), "social_orgs": .int(c + 5)])
            try db.insert(.org, fields: ["code": .text(code + "-PC"), "name": .text(code + "社区党委"), "kind": .text("committee"), "community": .text(code)])
            for b in 1...5 {
                branches.append(try db.insert(.org, fields: ["code": .text(code + "-\(b)"), "name": .text(code + "第\(b)支部"),
                                                             "kind": .text("branch"), "parent": .text(code + "-PC")]))
                rosters.append([])
            }
        }
    }
    let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
    for m in 0..<members {
        let b = m % branches.count
        let born = Day(year: 1940 + m % 60, month: 1 + m % 12, day: 1 + m % 28)!
        let ref = try db.insert(.member, fields: [
            "code": .text("M\(m + 1)"), "name": .text(String(surnames[m % surnames.count]) + "某\(m)"),
            "born": .day(born), "joined": .day(born.adding(years: 25)!), "formal": .day(born.adding(years: 26)!),
            "phone": .text("139\(10_000_000 + m)"), "address": .text("幸福路\(m % 300)号"), "education": .text("大学"),
            "branch": .ref(branches[b]), "last_contact": .day(Day("2025-05-01")!),
        ])
        rosters[b].append(ref)
    }
    try store.commit(db, CommitInfo(user: "generator", command: "members"))
    for n in 0..<meetings {
        let b = n % branches.count
        let roster = rosters[b]
        let attendees = roster.prefix(max(0, roster.count - 2)).map(DomainValue.ref)
        let absent = roster.suffix(min(2, roster.count)).map { DomainValue.Pair(.ref($0), .text("病假")) }
        try db.insert(.meeting, fields: ["org": .ref(branches[b]), "kind": .text(n % 3 == 0 ? "theme_day" : "committee_meeting"),
                                         "date": .day(Day("2024-01-01")!.adding(days: n % 500)!), "topic": .text("学习贯彻第\(n)次"),
                                         "attendees": .list(attendees), "absentees": .pairs(absent)])
        if n % 10_000 == 9_999 { try store.commit(db, CommitInfo(user: "generator", command: "meetings")) }
    }
    try store.commit(db, CommitInfo(user: "generator", command: "meetings"))
    try store.checkpoint(db)
    say("city: \(db.members.count) members, \(db.meetings.count) meetings")
}

func measureLoad(folder: String) throws {
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let store = try FileStore(folder: folder, user: "measure")
    let db = try store.load(today: today).database
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    // The reverse indexes are built when first asked for: measure building all of them.
    var indexStart = timespec(), indexEnd = timespec()
    clock_gettime(CLOCK_MONOTONIC, &indexStart)
    for kind in Kind.allCases where db.table(kind).count > 0 { _ = db.backrefs(of: EntityRef(kind, db.table(kind).liveIndexes[0])) }
    clock_gettime(CLOCK_MONOTONIC, &indexEnd)
    let indexSeconds = Double(indexEnd.tv_sec - indexStart.tv_sec) + Double(indexEnd.tv_nsec - indexStart.tv_nsec) / 1e9
    // One small commit on the big store: its cost should not grow with the store.
    var commitStart = timespec(), commitEnd = timespec()
    if let member = db.members.handles.first {
        try db.update(member) { $0.lastContact = $0.lastContact == today ? today.adding(days: -1) : today }
        clock_gettime(CLOCK_MONOTONIC, &commitStart)
        try store.commit(db, CommitInfo(user: "measure", command: "touch"))
        clock_gettime(CLOCK_MONOTONIC, &commitEnd)
    }
    let commitMs = Double(commitEnd.tv_sec - commitStart.tv_sec) * 1e3 + Double(commitEnd.tv_nsec - commitStart.tv_nsec) / 1e6
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    var st = stat()
    stat(folder + "/snapshot.json", &st)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    say("load: \(seconds) s, peak \(usage.ru_maxrss / 1024) MB, snapshot \(Int(st.st_size) / (1 << 20)) MB, \(db.members.count) members, \(db.meetings.count) meetings; every reverse index \(indexSeconds) s; one commit \(commitMs) ms")
}

let args = CommandLine.arguments
do {
    switch (args.count, args.count > 1 ? args[1] : "") {
    case (3, "crash"): try crashLoop(folder: args[2])
    case (5, "city"):
        guard let m = Int(args[3]), let n = Int(args[4]), m > 0, n >= 0 else { fail("M and N must be numbers") }
        try city(folder: args[2], members: m, meetings: n)
    case (3, "load"): try measureLoad(folder: args[2])
    case (5, "write"):
        guard let n = Int(args[4]), n > 0 else { fail("N must be a positive number") }
        try writer(folder: args[2], prefix: args[3], count: n)
    default:
        fail("usage: jiceng-store-stress crash FOLDER | write FOLDER PREFIX N | city FOLDER M N | load FOLDER")
    }
} catch {
    fail("\(error)")
}
