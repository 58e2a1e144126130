// JicengConsole: the REPL, completion, history, batch runner and terminal handling.
import CReadline
