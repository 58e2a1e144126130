/// The language `help` speaks: the host sets it from its own language option, so a
/// Chinese session lists the Chinese phrasings and summaries first.
public enum HelpLanguage: Sendable {
    case english
    case chinese
}
