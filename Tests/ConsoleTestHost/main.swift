// The console over the toy engine, for tests that drive a real terminal (a pty) and
// need the console's behaviour without the language engine or a store:
//
//     jiceng-console-host [--color auto|always|never] [--lang zh|en]                 the REPL
//     jiceng-console-host [options] run [--keep-going] [--dry-run] FILE…|-           scripts
import ConsoleTestSupport
import Foundation
import JicengConsole

var arguments = Array(CommandLine.arguments.dropFirst())
var color = ColorChoice.auto
var language = ConsoleLanguage.en
var options = ScriptOptions()
var runScripts = false
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--color": color = ColorChoice(rawValue: arguments.removeFirst()) ?? .auto
    case "--lang": language = ConsoleLanguage(rawValue: arguments.removeFirst()) ?? .en
    case "run": runScripts = true
    case "--keep-going": options.keepGoing = true
    case "--dry-run": options.dryRun = true
    default: files.append(argument)
    }
}
let console = Console(configuration: .init(language: language, color: color, version: "test"))
let engine = ToyEngine()
let code = runScripts
    ? console.runScripts(files, options: options, variables: [], engine: engine)
    : console.runREPL(engine: engine)
exit(code.rawValue)
