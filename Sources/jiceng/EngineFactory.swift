import JicengConsole
import JicengLang

/// Builds the engine behind the console: the language interpreter, allowed to use the
/// person's own files (`run "x.jc"`, `show … to "f"`), with a help topic on the console.
enum EngineFactory {
    static func make(colors: Bool, language: ConsoleLanguage) -> InterpreterEngine {
        let interpreter = Interpreter()
        interpreter.filePolicy = .allowed
        let help = ConsoleHelp(language: language)
        interpreter.commands.addTopic(ConsoleHelp.topic) { help.text }
        return InterpreterEngine(
            interpreter: interpreter, colors: colors,
            storeSummary: { language == .zh ? "未连接数据存储" : "no store attached" })
    }
}
