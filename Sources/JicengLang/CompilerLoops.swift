/// `for x in …`: over an int range as a counted loop with the variable in its slot
/// (no list is built), over other ranges item by item, over a list's items (a snapshot:
/// changing the list inside the loop does not change what the loop visits), or over a
/// string's characters.
extension Compiler {
    func forLoop(_ binding: Binding, _ sequence: Expr, _ body: Block, _ range: SourceRange) -> Exec {
        let variable = meaning(binding.id)
        guard case .local(let slot, 0) = variable else { return { _ in .normal } }
        let b = self.block(body), rt = runtime, site = site(range)
        if case .range(let lo, let hi) = sequence.kind {
            let low = expression(lo).eval, high = expression(hi).eval
            return { f in
                let a = try low(f), z = try high(f)
                if case .int(let first) = a, case .int(let last) = z {
                    guard first <= last else { return .normal }
                    var i = first
                    while true {
                        f[slot] = .int(i)
                        try rt.step(site)
                        switch try b(f) {
                        case .normal, .continueLoop: break
                        case .breakLoop: return .normal
                        case .returned: return .returned
                        }
                        if i == last { return .normal }
                        i &+= 1
                    }
                }
                var flow = Flow.normal
                try RangeIteration.forEach(a, z, site: site) { v in
                    f[slot] = v
                    try rt.step(site)
                    switch try b(f) {
                    case .normal, .continueLoop: return true
                    case .breakLoop: return false
                    case .returned: flow = .returned; return false
                    }
                }
                return flow
            }
        }
        let seq = expression(sequence).eval, seqSite = self.site(sequence.range)
        return { f in
            let items: ContiguousArray<Value>
            switch try seq(f) {
            case .list(let l): items = l.items
            case .string(let s): items = ContiguousArray(s.map { .string(String($0)) })
            case .nil: return .normal
            case let other:
                throw seqSite.error(RuntimeErrorID.typeMismatch, .cannotLoopOver(other.typeNames), help: .forWalks)
            }
            for item in items {
                f[slot] = item
                try rt.step(site)
                switch try b(f) {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned: return .returned
                }
            }
            return .normal
        }
    }
}
