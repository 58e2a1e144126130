import JicengBase
import JicengDomain
import JicengLang

/// 召开会议: 三会一课 and the other meetings, with who came, who did not and why.
enum MeetingCommands {
    static var all: [DomainCommand] { [hold] }

    static let hold = DomainCommand(try! CommandSyntax(
        id: "hold_meeting", english: "hold meeting <kind> for <org>", chinese: "召开 会议 <kind> 为 <org>",
        alternatives: ["召开 <kind> 为 <org>"],
        kinds: ["kind": SlotWords.choice(MeetingKind.self, aliases: [.democraticReview: ["民主评议"], .lecture: ["讲党课"]]),
                "org": SlotWords.entity(.org)],
        clauses: [.init("code <code>", "编号 <code>"), .init("on <date>", "于|日期 <date>"), .init("topic <topic>", "议题|主题 <topic>"),
                  .init("attendees <attendees>", "参会 <attendees>"), .init("absent <absentees>", "缺席 <absentees>"),
                  .init("guests <guests>", "列席 <guests>")],
        summary: "records a meeting of an organisation (三会一课 and others): attendees and absentees are its members (absentees with a reason), outsiders are guests",
        summaryZh: "登记党组织召开的会议（三会一课等）：出席、缺席的是本组织党员（缺席须写原因），外来人员记为列席",
        examples: [#"hold meeting committee_meeting for org "XFL-01" on 2025-03-15 topic "学习" attendees ["M0001", "M0002"] absent {"M0009": "病假"}"#,
                   #"召开 会议 主题党日 为 组织 "XFL-01" 于 2025-03-20 议题 "志愿服务" 参会 ["张三"] 列席 ["街道 刘某"]"#],
        topic: "meetings")
    ) { call in
        let w = WorkCall(call)
        let kind: MeetingKind = try w.choice("kind")
        let org: Handle<Org> = try w.handle("org")
        let attendees = try w.members("attendees")
        let absentees = try call.notes("absentees", .member).map { (member: Handle<Member>($0.0.index), reason: $0.1) }
        let record = Meetings.Record(kind: kind, date: try w.day(), topic: try call.optionalString("topic") ?? "",
                                     attendees: attendees, absentees: absentees, guests: try call.strings("guests"))
        let code = try w.code()
        return w.finish(try w.perform { try Meetings.hold(record, for: org, code: code, in: call.database) }, generatedCode: code.isEmpty)
    }
}
