#ifndef THAW_RUNTIME_COMMAND_LINE_H_
#define THAW_RUNTIME_COMMAND_LINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "runtime/bench.h"

namespace thaw {

// What the user asked `thaw` to do.
struct CommandLine {
  enum class Command {
    kRun,          // thaw [run] FILE [ARGS...]
    kEval,         // thaw eval CODE [ARGS...]
    kInspect,      // thaw inspect FILE
    kBench,        // thaw bench [OPTIONS] -- COMMAND [ARGS...]
    kSnapshot,     // thaw snapshot ENTRY -o FILE [--compress ...] [--defer ...]
    kRunSnapshot,  // thaw run --snapshot FILE [ARGS...]
    kCompile,      // thaw compile ENTRY -o FILE [same options as snapshot]
    kVersion,      // thaw --version
    kHelp,         // thaw --help
  };
  Command command = Command::kHelp;
  // The script path for kRun, the code for kEval, the file for kInspect.
  std::string target;
  // Everything after the target, passed to the script untouched.
  std::vector<std::string> script_arguments;
  // --max-heap-size MB: the isolate's heap limit.
  std::optional<uint64_t> max_heap_size_mb;
  // --trace-startup (or THAW_TRACE_STARTUP=1): print the phases of this
  // start to stderr at exit.
  bool trace_startup = false;
  // For kBench.
  BenchOptions bench;
  // For kSnapshot: the blob to write and how to store it; for
  // kRunSnapshot, `target` is the blob to run.
  std::string snapshot_output;
  // Uncompressed by default: decompressing costs every start more than the
  // smaller file saves (benchmarks/README.md, "Snapshot codec").
  std::string compress_codec = "none";
  int compress_level = 19;
  // --defer SPECIFIER (repeatable): modules evaluated at start-up instead
  // of at build time. --warmup FILE: a script run at build time.
  std::vector<std::string> defer;
  std::string warmup;
  // --root DIR: the app root whose paths the blob records relative to it
  // (under /thaw-app); by default the current directory.
  std::string root;
  // Filled in by main(), not parsed: argv[0] as typed, and when the process
  // started (CLOCK_MONOTONIC ns).
  std::string argv0;
  uint64_t start_time_ns = 0;
};

// Parses thaw's arguments (argv without argv[0]). thaw's own options come
// before the command; everything after the script or code belongs to the
// script, even if it looks like a thaw option. This is why thaw does not use
// absl flags here, which would claim every --flag anywhere on the line.
absl::StatusOr<CommandLine> ParseCommandLine(
    const std::vector<std::string>& arguments);

// The text `thaw --help` prints.
extern const char kUsage[];

}  // namespace thaw

#endif  // THAW_RUNTIME_COMMAND_LINE_H_
