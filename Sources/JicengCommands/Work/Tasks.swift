import JicengBase
import JicengDomain

/// 四张清单: responsibility, task, problem and rectification lists, each item owned by
/// an organisation or a member, with a due date; overdue is derived.
public enum Tasks {
    @discardableResult
    public static func add(_ text: String, list: TaskList, owner: EntityRef, due: Day?, code: String = "", in db: Database) throws -> WorkResult {
        guard owner.kind == .org || owner.kind == .member else {
            throw refusal(.task, code, field: "owner", value: db.code(owner), rule: "task_owner",
                          .taskOwner(owner.kind))
        }
        var t = WorkTask()
        t.code = code
        t.text = text
        t.list = list
        t.owner = owner
        t.due = due
        t.status = .open
        return WorkResult(try db.insert(t))
    }

    /// 完成任务: an open item is done, on a date.
    @discardableResult
    public static func complete(_ task: Handle<WorkTask>, on date: Day, in db: Database) throws -> WorkResult {
        let t = db.tasks[task]
        guard t.status != .done else {
            throw refusal(.task, t.code, field: "status", value: "done", rule: "task_open",
                          .taskDone(t.completedOn))
        }
        try db.update(task) { t in
            t.status = .done
            t.completedOn = date
        }
        return WorkResult(task)
    }
}
