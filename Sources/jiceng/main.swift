// The `jiceng` command: argument parsing and exit codes. The console itself lives in
// JicengConsole; this file only picks what to run.
if let request = QuickRun.request(CommandLine.arguments) {
    QuickRun.run(request)
}
Jiceng.main()
