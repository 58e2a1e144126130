/// Every sentence the console itself says, in both languages, in one place.
public struct ConsoleMessages: Sendable {
    public let language: ConsoleLanguage

    public init(language: ConsoleLanguage) { self.language = language }

    var primaryPrompt: String { language == .zh ? "基层> " : "jiceng> " }

    func banner(version: String, storeSummary: String) -> String {
        switch language {
        case .zh: return "基层 \(version) · \(storeSummary) · 输入 help 查看帮助，Ctrl-D 退出"
        case .en: return "Jiceng \(version) · \(storeSummary) · type help for help, Ctrl-D to leave"
        }
    }

    var interrupted: String { language == .zh ? "已中断，数据未改动" : "interrupted; the store is unchanged" }

    var unfinishedDropped: String {
        language == .zh ? "已丢弃未写完的语句" : "unfinished statement dropped"
    }

    func cannotRead(_ path: String, reason: String) -> String {
        switch language {
        case .zh: return "无法读取脚本 \(path)：\(reason)"
        case .en: return "cannot read script \(path): \(reason)"
        }
    }

    func initScriptFailed(_ path: String) -> String {
        switch language {
        case .zh: return "初始化脚本 \(path) 出错，已跳过其余部分"
        case .en: return "the init script \(path) failed; the rest of it was skipped"
        }
    }

    func historyUnavailable(_ path: String, reason: String) -> String {
        switch language {
        case .zh: return "无法使用历史文件 \(path)：\(reason)"
        case .en: return "history file \(path) unavailable: \(reason)"
        }
    }

    var errorHead: String { language == .zh ? "错误：" : "error: " }
    var warningHead: String { language == .zh ? "警告：" : "warning: " }
}
