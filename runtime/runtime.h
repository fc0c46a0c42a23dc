#ifndef THAW_RUNTIME_RUNTIME_H_
#define THAW_RUNTIME_RUNTIME_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace thaw {

struct ScriptOptions {
  // The script's source, and the name stack traces and errors show for it:
  // an absolute path for files, "[eval]" for `thaw eval`.
  std::string source;
  std::string resource_name;
  // `thaw eval` code runs as a classic script; a file runs as a CommonJS
  // module.
  bool is_eval = false;
  // Run the app stored in the blob (`thaw run --snapshot`) instead of
  // `source`.
  bool run_app = false;
  // process.argv, whole; process.argv0 and process.execPath.
  std::vector<std::string> argv;
  std::string argv0;
  std::string exec_path;
  // When the process started (CLOCK_MONOTONIC ns), for process.uptime().
  uint64_t start_time_ns = 0;
  std::optional<uint64_t> max_heap_size_mb;
  // Called with the exit code once JS is done, before V8 is torn down. A
  // process that is about to exit can end here (_exit) and skip the
  // teardown, about half a millisecond of its start-up budget; all output
  // is already written, since thaw writes synchronously.
  std::function<void(int exit_code)> on_finished;
};

// Boots V8 from `blob` (a thaw blob: checked, verified and decompressed
// first), runs the script and returns the process exit code. A script that
// throws is reported on stderr and gives exit code 1; only problems with the
// blob or the machine are errors.
absl::StatusOr<int> RunScript(absl::string_view blob,
                              const ScriptOptions& options);

}  // namespace thaw

#endif  // THAW_RUNTIME_RUNTIME_H_
