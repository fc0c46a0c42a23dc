#ifndef THAW_RUNTIME_THAW_CLI_H_
#define THAW_RUNTIME_THAW_CLI_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "runtime/command_line.h"

namespace thaw {

// Carries out one `thaw` command and returns the process exit code. Errors
// are problems thaw itself reports (missing file, bad blob); what a script
// does, including throwing, is in the exit code.
// For run and eval, the process exits as soon as the script is done,
// without tearing V8 down; StartupTrace is printed first if asked for.
absl::StatusOr<int> RunThawCommand(const CommandLine& command_line);

// Runs the app that `thaw compile` put into this executable. Every argument
// is the app's: thaw parses none of them.
absl::StatusOr<int> RunCompiledApp(absl::string_view app_blob,
                                   const CommandLine& command_line);

}  // namespace thaw

#endif  // THAW_RUNTIME_THAW_CLI_H_
