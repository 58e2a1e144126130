/// Queries: `where`, `sort by`, `take`, `select`, `group by`. Each takes a list (a host
/// collection such as `members` arrives as a list of entity handles) and makes a new
/// one; inside the clause the item is `it`, kept in a frame slot for its query depth.
extension Compiler {
    /// Compiles `body` one query level deeper, returning the level's `it` slot.
    private func nested<T>(_ body: () -> T) -> (slot: Int, result: T) {
        queryDepth += 1
        defer { queryDepth -= 1 }
        return (layout.itSlot(depth: queryDepth), body())
    }

    private func source(_ e: Expr, _ what: String) -> (Frame) throws -> ContiguousArray<Value> {
        let v = expression(e).eval, site = site(e.range)
        return { f in
            switch try v(f) {
            case .list(let l): return l.items
            case .nil: return []
            case let other:
                throw site.error(RuntimeErrorID.typeMismatch, .clauseNeedsList(what, other.typeNames))
            }
        }
    }

    func filter(_ sourceExpr: Expr, _ condition: Expr, _ range: SourceRange) -> Operand {
        let items = source(sourceExpr, "where"), rt = runtime, site = site(range)
        let (slot, t) = nested { test(condition) }
        return .code { f in
            var out = ContiguousArray<Value>()
            for item in try items(f) {
                f[slot] = item
                try rt.step(site)
                if try t(f) { out.append(item) }
            }
            f[slot] = .nil
            return .list(ListBox(out))
        }
    }

    func sort(_ sourceExpr: Expr, _ keys: [SortKey], _ range: SourceRange) -> Operand {
        let items = source(sourceExpr, "sort by"), rt = runtime, site = site(range)
        let (slot, evals) = nested { keys.map { expression($0.key).eval } }
        let descending = keys.map(\.descending)
        return .code { f in
            let list = try items(f)
            var keyRows: [[Value]] = []
            keyRows.reserveCapacity(list.count)
            for item in list {
                f[slot] = item
                try rt.step(site)
                keyRows.append(try evals.map { try $0(f) })
            }
            f[slot] = .nil
            var failure: ValueError?
            let order = list.indices.sorted { i, j in
                guard failure == nil else { return i < j }
                for k in 0..<evals.count {
                    do throws(ValueError) {
                        let c = try Value.sortOrder(keyRows[i][k], keyRows[j][k])
                        if c != 0 { return descending[k] ? c > 0 : c < 0 }
                    } catch {
                        failure = error
                        return i < j
                    }
                }
                return i < j
            }
            if let e = failure { throw site.locate(e) }
            return .list(ListBox(ContiguousArray(order.map { list[$0] })))
        }
    }

    func take(_ sourceExpr: Expr, _ countExpr: Expr, _ range: SourceRange) -> Operand {
        let items = source(sourceExpr, "take"), count = expression(countExpr).eval, site = site(countExpr.range)
        return .code { f in
            let list = try items(f)
            guard case .int(let n) = try count(f), n >= 0 else {
                throw site.error(RuntimeErrorID.typeMismatch, .takeNeedsCount)
            }
            return .list(ListBox(ContiguousArray(list.prefix(Int(clamping: n)))))
        }
    }

    func select(_ sourceExpr: Expr, _ columns: [SelectColumn], _ range: SourceRange) -> Operand {
        let items = source(sourceExpr, "select"), rt = runtime, site = site(range)
        let names = columns.map { env.symbols[$0.name] }
        let (slot, evals) = nested { ContiguousArray(columns.map { expression($0.value).eval }) }
        return .code { f in
            var out = ContiguousArray<Value>()
            for item in try items(f) {
                f[slot] = item
                try rt.step(site)
                var values = ContiguousArray<Value>()
                values.reserveCapacity(evals.count)
                for e in evals { values.append(try e(f)) }
                out.append(.record(RecordBox(keys: names, values: values)))
            }
            f[slot] = .nil
            return .list(ListBox(out))
        }
    }

    /// `group by key` → one record `{key, count, items}` per distinct key, ordered by key
    /// (nil first) when the keys can be ordered, else in order of first appearance.
    func group(_ sourceExpr: Expr, _ keyExpr: Expr, _ range: SourceRange) -> Operand {
        let items = source(sourceExpr, "group by"), rt = runtime, site = site(range)
        let (slot, key) = nested { expression(keyExpr).eval }
        return .code { f in
            var keys: [Value] = []
            var members: [ContiguousArray<Value>] = []
            var index: [Value: Int] = [:]
            for item in try items(f) {
                f[slot] = item
                try rt.step(site)
                let k = try key(f)
                if let i = index[k] { members[i].append(item); continue }
                index[k] = keys.count
                keys.append(k)
                members.append([item])
            }
            f[slot] = .nil
            let order = (try? Builtins.sortedOrder(of: keys)) ?? Array(keys.indices)
            var out = ContiguousArray<Value>()
            for i in order {
                out.append(.record(RecordBox(keys: ["key", "count", "items"],
                                             values: [keys[i], .int(Int64(members[i].count)), .list(ListBox(members[i]))])))
            }
            return .list(ListBox(out))
        }
    }
}
