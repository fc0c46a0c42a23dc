#include "runtime/thaw_cli.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

#include "absl/strings/str_cat.h"
#include "blob_format/blob_format.h"
#include "file_io/file_io.h"
#include "runtime/bench.h"
#include "runtime/compile.h"
#include "runtime/embedded_blob.h"
#include "runtime/inspect.h"
#include "runtime/runtime.h"
#include "snapshot_builder/snapshot_builder.h"
#include "startup_trace/startup_trace.h"
#include "v8.h"
#include "version/version.h"

namespace thaw {
namespace {

// How a script run ends the process: the start-up trace if asked for, the
// output flushed, then _exit, skipping V8's and libuv's teardown.
std::function<void(int)> ExitWhenFinished(bool trace_startup) {
  return [trace_startup](int exit_code) {
    if (trace_startup) StartupTrace::Print(stderr);
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(exit_code);
  };
}

std::string ExecutablePath() {
  char buffer[PATH_MAX];
  ssize_t length = readlink("/proc/self/exe", buffer, sizeof(buffer) - 1);
  return length > 0 ? std::string(buffer, static_cast<size_t>(length))
                    : std::string("thaw");
}

// Node shows scripts by absolute path in argv, errors and stack traces.
std::string AbsolutePath(const std::string& path) {
  char* resolved = realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return path;
  std::string result = resolved;
  free(resolved);
  return result;
}

absl::StatusOr<int> RunCode(const CommandLine& command_line) {
  ScriptOptions options;
  options.max_heap_size_mb = command_line.max_heap_size_mb;
  options.exec_path = ExecutablePath();
  options.argv0 = command_line.argv0;
  options.start_time_ns = command_line.start_time_ns;
  options.argv.push_back(options.exec_path);
  if (command_line.command == CommandLine::Command::kEval) {
    options.source = command_line.target;
    options.resource_name = "[eval]";
    options.is_eval = true;
  } else {
    absl::StatusOr<std::string> source = ReadFile(command_line.target);
    if (!source.ok()) return source.status();
    options.source = *std::move(source);
    StartupTrace::Mark("read script");
    options.resource_name = AbsolutePath(command_line.target);
    options.argv.push_back(options.resource_name);
  }
  options.argv.insert(options.argv.end(), command_line.script_arguments.begin(),
                      command_line.script_arguments.end());
  options.on_finished = ExitWhenFinished(command_line.trace_startup);
  absl::StatusOr<int> exit_code = RunScript(EmbeddedBlob(), options);
  if (!exit_code.ok()) {
    return absl::Status(exit_code.status().code(),
                        absl::StrCat("the embedded snapshot cannot be used: ",
                                     exit_code.status().message()));
  }
  return exit_code;
}

// The options for an app blob built on top of the standard library snapshot
// embedded in this binary (`thaw snapshot`, `thaw compile`); `payload`
// keeps the decoded base alive while they are used.
absl::StatusOr<SnapshotOptions> AppSnapshotOptions(
    const CommandLine& command_line, DecodedPayload* payload) {
  absl::StatusOr<ParsedBlob> parsed = ParseBlob(EmbeddedBlob());
  if (!parsed.ok()) return parsed.status();
  absl::StatusOr<DecodedPayload> decoded = DecodePayload(*parsed);
  if (!decoded.ok()) return decoded.status();
  *payload = *std::move(decoded);
  SnapshotOptions options;
  options.base_payload = payload->bytes();
  options.base_sources = payload->sources();
  options.app_entry = AbsolutePath(command_line.target);
  options.app_defer = command_line.defer;
  if (!command_line.warmup.empty()) {
    options.app_warmup = AbsolutePath(command_line.warmup);
  }
  if (!command_line.root.empty()) {
    options.app_root = AbsolutePath(command_line.root);
  }
  options.v8_flags = parsed->header.v8_flags;
  options.codec =
      command_line.compress_codec == "none" ? Codec::kNone : Codec::kZstd;
  options.zstd_level = command_line.compress_level;
  return options;
}

// `thaw snapshot ENTRY -o FILE` and `thaw compile ENTRY -o FILE`.
absl::StatusOr<int> BuildApp(const CommandLine& command_line) {
  DecodedPayload payload;
  absl::StatusOr<SnapshotOptions> options =
      AppSnapshotOptions(command_line, &payload);
  if (!options.ok()) return options.status();
  if (command_line.command == CommandLine::Command::kSnapshot) {
    absl::Status status =
        BuildSnapshotFile(*options, command_line.snapshot_output);
    if (!status.ok()) return status;
    return 0;
  }
  absl::StatusOr<std::string> blob = BuildSnapshotInChildProcess(*options);
  if (!blob.ok()) return blob.status();
  absl::Status status = WriteCompiledApp(*blob, command_line.snapshot_output);
  if (!status.ok()) return status;
  return 0;
}

// Runs the app in `blob` with `arguments` as its argv after argv[1].
absl::StatusOr<int> RunAppBlob(absl::string_view blob, std::string name,
                               const CommandLine& command_line) {
  ScriptOptions options;
  options.run_app = true;
  options.resource_name = std::move(name);
  options.exec_path = ExecutablePath();
  options.argv0 = command_line.argv0;
  options.start_time_ns = command_line.start_time_ns;
  options.argv = {options.exec_path, options.resource_name};
  options.argv.insert(options.argv.end(), command_line.script_arguments.begin(),
                      command_line.script_arguments.end());
  options.on_finished = ExitWhenFinished(command_line.trace_startup);
  return RunScript(blob, options);
}

// `thaw run --snapshot FILE [ARGS...]`.
absl::StatusOr<int> RunAppSnapshot(const CommandLine& command_line) {
  absl::StatusOr<std::string> blob = ReadFile(command_line.target);
  if (!blob.ok()) return blob.status();
  absl::StatusOr<int> exit_code =
      RunAppBlob(*blob, command_line.target, command_line);
  if (!exit_code.ok()) {
    return absl::Status(exit_code.status().code(),
                        absl::StrCat(command_line.target, " cannot be used: ",
                                     exit_code.status().message()));
  }
  return exit_code;
}

}  // namespace

absl::StatusOr<int> RunCompiledApp(absl::string_view app_blob,
                                   const CommandLine& command_line) {
  absl::StatusOr<int> exit_code =
      RunAppBlob(app_blob, command_line.argv0, command_line);
  if (!exit_code.ok()) {
    return absl::Status(exit_code.status().code(),
                        absl::StrCat("the app in this executable cannot be "
                                     "used: ",
                                     exit_code.status().message()));
  }
  return exit_code;
}

absl::StatusOr<int> RunThawCommand(const CommandLine& command_line) {
  switch (command_line.command) {
    case CommandLine::Command::kHelp:
      std::fputs(kUsage, stdout);
      return 0;
    case CommandLine::Command::kVersion:
      std::printf("thaw %s\nv8 %s\n", kThawVersion, v8::V8::GetVersion());
      return 0;
    case CommandLine::Command::kInspect: {
      absl::StatusOr<std::string> json = InspectBlobFile(command_line.target);
      if (!json.ok()) return json.status();
      std::printf("%s\n", json->c_str());
      return 0;
    }
    case CommandLine::Command::kBench: {
      absl::StatusOr<std::vector<BenchSeries>> series =
          RunBenchmark(command_line.bench);
      if (!series.ok()) return series.status();
      std::fputs(FormatBenchReport(*series, command_line.bench.json).c_str(),
                 stdout);
      return 0;
    }
    case CommandLine::Command::kRun:
    case CommandLine::Command::kEval:
      return RunCode(command_line);
    case CommandLine::Command::kSnapshot:
    case CommandLine::Command::kCompile:
      return BuildApp(command_line);
    case CommandLine::Command::kRunSnapshot:
      return RunAppSnapshot(command_line);
  }
  return absl::InternalError("unknown command");
}

}  // namespace thaw
