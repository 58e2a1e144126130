// JicengBase: the plain value types both the language and the domain speak — calendar
// days, months, quarters and exact decimals — so neither depends on the other.
