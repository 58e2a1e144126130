#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JicengDomain
import JicengStore

/// Kills a committing child with SIGKILL, round after round, and after each kill checks
/// that the store loads and holds a prefix of what was committed (`PrefixCheck`). The
/// child is this tool's crash loop, or the `jiceng` console running `JicengScript`.
struct KillLoop {
    /// New acknowledged commits to wait for before each kill: every round makes progress
    /// however loaded the machine is, and the kill comes in the middle of a run of commits.
    static let newCommitsBeforeKill = 1...4
    /// The kill comes up to this long after those commits: a few commits and checkpoints'
    /// worth, so it lands anywhere in them.
    static let killDelayMicroseconds: UInt32 = 15_000

    let folder: String
    let kills: Int
    /// The console to kill instead of this tool's crash loop.
    let jiceng: String?

    struct Summary {
        var kills = 0
        var loadsVerified = 0
        var inCommit = 0
        var inCheckpoint = 0
        var tornLinesDropped = 0
        var rounds = 0
        var seconds = 0.0
    }

    func run(progress: (Summary) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        let began = monotonicSeconds()
        var generator = SystemRandomNumberGenerator()
        var acknowledged = 0
        var found = try PrefixCheck.verify(folder: folder, acknowledged: 0)
        for round in 1...kills {
            let child = try start(after: found)
            defer { if let script = child.script { unlink(script) } }
            var moment = Moment.betweenCommits
            func read(_ line: String) {
                switch line {
                case Marker.commitBegins: moment = .inCommit
                case Marker.checkpointBegins: moment = .inCheckpoint
                case Marker.checkpointEnds: moment = .betweenCommits
                default:
                    guard let n = Marker.acknowledged(line) else { return }
                    acknowledged = max(acknowledged, n)
                    moment = .betweenCommits
                }
            }
            let target = acknowledged + Int.random(in: KillLoop.newCommitsBeforeKill, using: &generator)
            while acknowledged < target {
                guard let line = child.process.readLine() else {
                    let ending = child.process.wait()
                    throw StressFailure("round \(round): the child \(ending) before it was killed; its last lines:\n  \(child.process.lastWords)")
                }
                read(line)
            }
            usleep(UInt32.random(in: 0...KillLoop.killDelayMicroseconds, using: &generator))
            child.process.killNow()
            while let line = child.process.readLine() { read(line) }
            let ending = child.process.wait()
            guard ending == .killed(SIGKILL) else {
                throw StressFailure("round \(round): the child \(ending) before the kill; its last lines:\n  \(child.process.lastWords)")
            }
            summary.kills += 1
            switch moment {
            case .inCommit: summary.inCommit += 1
            case .inCheckpoint: summary.inCheckpoint += 1
            case .betweenCommits: break
            }
            do {
                found = try PrefixCheck.verify(folder: folder, acknowledged: acknowledged, previous: found.rounds)
            } catch {
                throw StressFailure("round \(round), killed \(moment) after commit \(acknowledged) was acknowledged: \(error)\n  the store is left as the kill found it in \(folder)")
            }
            summary.loadsVerified += 1
            if found.droppedTornLine { summary.tornLinesDropped += 1 }
            summary.rounds = found.rounds
            summary.seconds = monotonicSeconds() - began
            progress(summary)
        }
        return summary
    }

    /// Where the child was when killed, by the last `Marker` line it printed.
    enum Moment: String, CustomStringConvertible {
        case inCommit = "in a commit"
        case inCheckpoint = "in a checkpoint"
        case betweenCommits = "between commits"
        var description: String { rawValue }
    }

    /// Starts the child that commits the rounds after those found.
    private func start(after found: PrefixCheck.Found) throws -> (process: Child, script: String?) {
        guard let jiceng else { return (try Child(ownExecutable(), ["crash", folder], readOutput: true), nil) }
        let script = try JicengScript.temporaryFile(from: found.rounds + 1, createCounter: !found.hasCounter)
        do {
            return (try Child(jiceng, ["--store", folder], input: script, readOutput: true), script)
        } catch {
            unlink(script)
            throw error
        }
    }
}
