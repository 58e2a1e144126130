/// Every command the session registers, in the order `help` and docs/COMMANDS.md list
/// them. A family of commands adds its list here (one line).
public enum CommandCatalog {
    public static var all: [DomainCommand] {
        GenericCommands.all + StoreCommands.all + WorkCommands.all + ReportCommands.all + ExchangeCommands.all
    }
}
