import JicengBase
import JicengDomain
import JicengLang

/// 四张清单: add an item, complete it.
enum TaskCommands {
    static var all: [DomainCommand] { [add, complete] }

    static let add = DomainCommand(try! CommandSyntax(
        id: "add_task", english: "add task <text> list <list> owner <owner>", chinese: "添加 任务 <text> 清单 <list> 责任方 <owner>",
        alternatives: ["新增 任务 <text> 清单 <list> 责任方 <owner>"],
        kinds: ["list": SlotWords.choice(TaskList.self, aliases: [.responsibility: ["责任"], .task: ["任务"], .problem: ["问题"], .rectification: ["整改"]]),
                "owner": SlotWords.entity(.org, .member)],
        clauses: [.init("due <due>", "期限|完成时限 <due>"), .init("code <code>", "编号 <code>")],
        summary: "adds an item to one of the four lists (四张清单: 责任, 任务, 问题, 整改), owned by an org or a member",
        summaryZh: "在四张清单（责任、任务、问题、整改）中添加一项，责任方为党组织或党员",
        examples: [#"add task "整改会议记录不全" list rectification owner org "XFL-01" due 2025-06-30"#,
                   #"添加 任务 "建立党员志愿服务队" 清单 任务 责任方 党员 "张三" 期限 2025-09-30"#],
        topic: "tasks")
    ) { call in
        let w = WorkCall(call)
        let text = try call.string("text"), list: TaskList = try w.choice("list"), owner = try w.record("owner")
        let due = try call.optionalDate("due"), code = try w.code()
        return w.finish(try w.perform { try Tasks.add(text, list: list, owner: owner, due: due, code: code, in: call.database) },
                        generatedCode: code.isEmpty)
    }

    static let complete = DomainCommand(try! CommandSyntax(
        id: "complete_task", english: "complete task <task>", chinese: "完成 任务 <task>",
        clauses: [.init("on <date>", "于|日期 <date>")],
        summary: "marks an open item of the four lists done, on a date",
        summaryZh: "把四张清单中的一项标记为完成，写明日期",
        examples: [#"complete task "T4" on 2025-06-20"#, #"完成 任务 "T4""#],
        topic: "tasks")
    ) { call in
        let w = WorkCall(call)
        let task: Handle<WorkTask> = try w.handle("task"), date = try w.day()
        return w.finish(try w.perform(fields: ["completed_on": "date"]) { try Tasks.complete(task, on: date, in: call.database) })
    }
}
