import JicengLang

/// A host program with its own entity kind, function and command — the example of
/// docs/EMBEDDING.md, kept identical to it by EmbeddingExampleTests.
func embeddingExample() throws -> String {
    // 1. The host's data: members in a table, addressed by integer handles.
    let names = ["张三", "李四", "王五"]
    let ages: [Int64] = [82, 45, 80]

    let interpreter = Interpreter(limits: Limits(maxSteps: 1_000_000, maxCallDepth: 200, maxSeconds: 5))
    interpreter.filePolicy = .denied  // the default: scripts may not touch files

    // 2. What scripts print goes where the host wants it.
    var printed = ""
    interpreter.output = { printed += $0 }

    // 3. An entity kind: scripts see `members`, `m.name`, `m.age`.
    interpreter.register(type: HostType(
        name: "member", collectionName: "members",
        fields: [
            HostField("name") { .string(names[Int($0)]) },
            HostField("age") { .int(ages[Int($0)]) },
        ],
        handles: { [0, 1, 2] },
        display: { "member \(names[Int($0)])" }))

    // 4. A function and a command (English and Chinese phrasings).
    interpreter.register(function: NativeFunction("greeting", arity: 1...1, summary: "greeting(name) — a polite hello") { args, _ in
        .string("您好，" + args[0].displayText)
    })
    try interpreter.register(
        command: CommandSyntax(id: "visit", english: "visit <who>", chinese: "走访 <who>", summary: "records a home visit")
    ) { call in
        call.output("visited \(call.arguments[0]!.displayText)")
        return .nil
    }

    // 5. Run a script; the value of its last expression comes back.
    let result = try interpreter.run("""
        for m in members where age >= 80 { visit m.name }
        走访 "李四"
        print greeting("王五")
        count(members where age >= 80)
        """, file: "visits.jc")

    // 6. Errors come back as data; format them for people.
    do {
        try interpreter.run("print membrs", file: "typo.jc")
    } catch {
        printed += interpreter.formatted(error) + "\n"
    }
    return printed + "result: \(result)\n"
}
