#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import JicengConsole

/// `jiceng run FILE…` with options in their plain spelling (`--store P`, `--keep-going`,
/// `--var n=v`, …), read without ArgumentParser: working out the command tree and each
/// command's options by reflection is a quarter of a run's start-up. Anything else —
/// another subcommand, `--opt=value`, help, an unknown or repeated option, a value that
/// would be refused — goes to ArgumentParser, which reads it and words any error as
/// before; what QuickRun accepts, ArgumentParser reads the same (the console tests run
/// both ways and compare).
enum QuickRun {
    /// The request the arguments (program name first) make, or nil to leave them to ArgumentParser.
    static func request(_ arguments: [String]) -> RunRequest? {
        guard arguments.count > 2, arguments[1] == "run" else { return nil }
        var request = RunRequest()
        var seen = Set<String>()
        var i = 2
        func value() -> String? {
            guard i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-") else { return nil }
            i += 1
            return arguments[i]
        }
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "-" || !argument.hasPrefix("-") {
                guard argument != "help" else { return nil } // ArgumentParser's word, whatever the position
                request.files.append(argument)
                i += 1
                continue
            }
            guard argument != "--var" ? seen.insert(argument).inserted : true else { return nil }
            switch argument {
            case "--keep-going": request.keepGoing = true
            case "--dry-run": request.dryRun = true
            case "--show-pii": request.global.showPersonalData = true
            case "--var":
                guard let v = value() else { return nil }
                request.variables.append(v)
            case "--store":
                guard let v = value() else { return nil }
                request.global.store = v
            case "--today":
                guard let v = value() else { return nil }
                request.global.today = v
            case "--files":
                guard let v = value() else { return nil }
                request.global.files = v
            case "--color":
                guard let v = value(), let c = ColorChoice(rawValue: v) else { return nil }
                request.global.color = c
            case "--lang":
                guard let v = value(), let l = ConsoleLanguage(rawValue: v) else { return nil }
                request.global.lang = l
            default:
                return nil
            }
            i += 1
        }
        return request.problem == nil ? request : nil
    }

    /// Runs the request and ends the process with its exit code, as ArgumentParser would.
    static func run(_ request: RunRequest) -> Never {
        do {
            exit(try request.execute().rawValue)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            Jiceng.exit(withError: error)
        }
    }
}
