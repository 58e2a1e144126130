/// Commands, `show`, and `run`: the statements that reach out to the host.
extension Compiler {
    func command(_ c: CommandCall) -> Eval {
        guard let handler = commands.handler(for: c.id), let syntax = commands.table.command(id: c.id) else {
            return { _ in .nil } // the resolver has reported it
        }
        var evals: [Eval?] = []
        var ranges: [SourceRange?] = []
        var kinds: [String?] = []
        for a in c.arguments {
            switch a {
            case .expression(let e)?: evals.append(expression(e).eval); ranges.append(e.range); kinds.append(nil)
            case .entity(let kind, _, let e)?: evals.append(expression(e).eval); ranges.append(e.range); kinds.append(kind.isEmpty ? nil : kind)
            case .choice(let word, let r)?: evals.append { _ in .string(word) }; ranges.append(r); kinds.append(nil)
            case nil: evals.append(nil); ranges.append(nil); kinds.append(nil)
            }
        }
        let fieldEvals = c.fields.map { field -> (name: String, eval: Eval, range: SourceRange) in
            if field.isBareWord, case .name(let symbol, let id) = field.value.kind, case .unresolved = meaning(id) {
                let word = Value.string(env.symbols[symbol])
                return (field.name, { _ in word }, field.value.range)
            }
            return (field.name, expression(field.value).eval, field.value.range)
        }
        let rt = runtime, site = site(c.range), file = file, range = c.range
        return { f in
            var values: [Value?] = []
            values.reserveCapacity(evals.count)
            for e in evals { values.append(try e.map { try $0(f) }) }
            var fields: [(name: String, value: Value, range: SourceRange)] = []
            for fe in fieldEvals { fields.append((fe.name, try fe.eval(f), fe.range)) }
            let invocation = CommandInvocation(syntax: syntax, arguments: values, argumentRanges: ranges, kinds: kinds,
                                               fields: fields, range: range, file: file, today: rt.today, writer: rt.host.write)
            do { return try handler(invocation) } catch let e as ValueError {
                throw site.locate(e, arguments: ranges.map { $0 ?? range })
            } catch { throw site.locate(error) }
        }
    }

    /// A command that shows its result when it stands alone: rendered as `show` would,
    /// and not left for the REPL to echo a second time.
    func shownCommand(_ value: @escaping Eval, _ range: SourceRange, topLevel: Bool) -> Exec {
        let rt = runtime, site = site(range)
        return { f in
            let v = try value(f)
            let text: String
            do { text = try rt.host.render(v, nil) } catch { throw site.locate(error) }
            rt.host.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
            if topLevel { rt.lastValue = .nil }
            return .normal
        }
    }

    func showStatement(_ show: ShowStmt, _ range: SourceRange) -> Exec {
        let value = expression(show.value).eval, format = show.format, rt = runtime, site = site(range)
        let destination = show.destination.map { expression($0).eval }
        let destinationSite = show.destination.map { self.site($0.range) } ?? site
        let file = file
        return { f in
            let v = try value(f)
            let text: String
            do { text = try rt.host.render(v, format) } catch { throw site.locate(error) }
            guard let destination else {
                rt.host.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
                return .normal
            }
            guard case .string(let path) = try destination(f) else {
                throw destinationSite.error(RuntimeErrorID.typeMismatch, .toNeedsFileName)
            }
            do {
                let allowed = try rt.host.checkPath(path, file, .write)
                try rt.host.writeFile(allowed, text)
            } catch { throw destinationSite.locate(error) }
            return .normal
        }
    }

    func runStatement(_ path: Expr, _ range: SourceRange) -> Exec {
        let p = expression(path).eval, rt = runtime, site = site(path.range), file = file
        return { f in
            guard case .string(let name) = try p(f) else {
                throw site.error(RuntimeErrorID.typeMismatch, .runNeedsFileName)
            }
            do { try rt.host.runFile(name, file) } catch let e as ScriptError { throw e } catch { throw site.locate(error) }
            // `run` is a statement: the REPL echoes nothing for it, not the included
            // script's last expression.
            rt.lastValue = .nil
            return .normal
        }
    }
}
