// Writes docs/COMMANDS.md to standard output, from the command registry:
//     swift run jiceng-docs > docs/COMMANDS.md
import JicengCommands

print(CommandReference.markdown(), terminator: "")
