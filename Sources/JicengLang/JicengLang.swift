// JicengLang: the language engine. SourceFile → Lexer → Parser → Resolver → Compiler →
// Interpreter. It knows nothing of party-building, nor of files: the domain plugs in
// through the command registry, host types and host functions.
