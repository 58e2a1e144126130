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
            var inCheckpoint = false
            func read(_ line: String) {
                if line == Marker.checkpointBegins { inCheckpoint = true }
                else if line == Marker.checkpointEnds { inCheckpoint = false }
                else if let n = Marker.acknowledged(line) { acknowledged = max(acknowledged, n); inCheckpoint = false }
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
            if inCheckpoint { summary.inCheckpoint += 1 }
            do {
                found = try PrefixCheck.verify(folder: folder, acknowledged: acknowledged, previous: found.rounds)
            } catch {
                let moment = inCheckpoint ? "during a checkpoint" : "during or between commits"
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
