/// `help console`: the keys and files of the REPL, in the person's language.
public struct ConsoleHelp: Sendable {
    public static let topic = "console"
    public let language: ConsoleLanguage

    public init(language: ConsoleLanguage) { self.language = language }

    public var text: String {
        switch language {
        case .en:
            return """
                The console
                  Tab           complete a command word, keyword, field, code or name (also inside "…")
                  Up / Down     earlier statements; a statement typed over several lines comes back whole
                  Ctrl-C        clear the line, leave an unfinished statement (an unclosed quote too),
                                or stop a running statement (the store stays as it was)
                  Ctrl-D        leave (at a continuation prompt: drop the unfinished statement)
                  (> "> {>      the statement is unfinished: close the bracket, quote or block
                A bare expression prints its value; output taller than the screen goes through $PAGER.
                History: $XDG_STATE_HOME/jiceng/history (or $JICENG_HISTORY), private to you.
                Run at start: $XDG_CONFIG_HOME/jiceng/init.jc.
                """
        case .zh:
            return """
                控制台
                  Tab           补全命令词、关键字、字段、编号或名称（在 "…" 内也可以）
                  ↑ / ↓         调出以前的语句；多行语句整条调出
                  Ctrl-C        清空当前行、放弃未写完的语句（包括未闭合的引号），或中止正在运行的语句（数据不变）
                  Ctrl-D        退出（在续行提示符处：放弃未写完的语句）
                  (> "> {>      语句未写完：请补上括号、引号或代码块
                单独的表达式会显示其值；超过一屏的输出经由 $PAGER 分页。
                历史记录：$XDG_STATE_HOME/jiceng/history（或 $JICENG_HISTORY），仅本人可读。
                启动时运行：$XDG_CONFIG_HOME/jiceng/init.jc。
                """
        }
    }
}
