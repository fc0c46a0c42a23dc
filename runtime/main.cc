// thaw: runs JavaScript from a V8 snapshot linked into this binary.

#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "clock/monotonic_clock.h"
#include "runtime/command_line.h"
#include "runtime/compile.h"
#include "runtime/thaw_cli.h"
#include "startup_trace/startup_trace.h"

int main(int argc, char** argv) {
  uint64_t start_time_ns = thaw::MonotonicNanoseconds();
  thaw::StartupTrace::Mark("static initializers");
  // A closed pipe must show up as EPIPE from write(), which thaw handles,
  // not as a signal that kills the process.
  signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> arguments(argv + 1, argv + argc);
  // An app made by `thaw compile` owns all of its arguments.
  absl::string_view app = thaw::EmbeddedAppBlob();
  absl::StatusOr<thaw::CommandLine> command_line =
      app.empty() ? thaw::ParseCommandLine(arguments)
                  : thaw::CommandLine{.script_arguments = arguments};
  if (command_line.ok()) {
    const char* trace = std::getenv("THAW_TRACE_STARTUP");
    if (trace != nullptr && trace[0] != '\0' && trace[0] != '0') {
      command_line->trace_startup = true;
    }
    command_line->argv0 = argv[0];
    command_line->start_time_ns = start_time_ns;
  }
  absl::StatusOr<int> exit_code =
      !command_line.ok() ? absl::StatusOr<int>(command_line.status())
      : app.empty()      ? thaw::RunThawCommand(*command_line)
                         : thaw::RunCompiledApp(app, *command_line);
  std::fflush(stdout);
  // Scripts end the process from RunThawCommand; this prints the trace of
  // the other commands and of starts that failed.
  if (command_line.ok() && command_line->trace_startup) {
    thaw::StartupTrace::Print(stderr);
  }
  if (!exit_code.ok()) {
    std::fprintf(stderr, "thaw: %s\n",
                 std::string(exit_code.status().message()).c_str());
    return command_line.ok() ? 1 : 2;
  }
  return *exit_code;
}
