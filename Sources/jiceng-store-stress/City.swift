#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengBase
import JicengDomain
import JicengStore

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
