#include "runtime/command_line.h"

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace thaw {

const char kUsage[] =
    "Usage:\n"
    "  thaw [OPTIONS] FILE [ARGS...]      run a script\n"
    "  thaw [OPTIONS] run FILE [ARGS...]  run a script\n"
    "  thaw [OPTIONS] eval CODE [ARGS...] run CODE as a script\n"
    "  thaw inspect FILE                  print the snapshot header of a blob\n"
    "                                     or of an executable that embeds one\n"
    "  thaw snapshot ENTRY -o FILE [--compress none|zstd[:LEVEL]]\n"
    "                [--defer SPECIFIER]... [--warmup FILE] [--root DIR]\n"
    "                                     build an app's snapshot on top of\n"
    "                                     thaw's: what ENTRY requires runs "
    "now,\n"
    "                                     ENTRY itself at each start\n"
    "  thaw run --snapshot FILE [ARGS...] run the app in a snapshot file\n"
    "  thaw compile ENTRY -o FILE [the snapshot options]\n"
    "                                     the same app as one executable FILE\n"
    "                                     (with thaw-libs/ beside it)\n"
    "  thaw bench [-n RUNS] [--warmup N] [--vs 'OTHER COMMAND'] [--json]\n"
    "             -- COMMAND [ARGS...]    time whole runs of COMMAND (and of\n"
    "                                     OTHER, alternating): min, median,\n"
    "                                     p95 wall time, peak RSS, ratio\n"
    "  thaw --version                     print thaw's and V8's versions\n"
    "  thaw --help                        print this text\n"
    "\n"
    "Options:\n"
    "  --max-heap-size MB                 limit the JavaScript heap to MB\n"
    "                                     megabytes; reaching it ends the\n"
    "                                     script with exit code 1\n"
    "  --trace-startup                    print the time of each start-up\n"
    "                                     phase to stderr at exit (also\n"
    "                                     THAW_TRACE_STARTUP=1)\n";

namespace {

constexpr char kMaxHeapSize[] = "--max-heap-size";
// V8 cannot work in less, and sizes beyond this overflow its arithmetic.
constexpr uint64_t kMinHeapSizeMb = 4;
constexpr uint64_t kMaxHeapSizeMb = uint64_t{1} << 20;

absl::StatusOr<uint64_t> ParseHeapSize(const std::string& text) {
  uint64_t megabytes = 0;
  if (!absl::SimpleAtoi(text, &megabytes) || megabytes < kMinHeapSizeMb ||
      megabytes > kMaxHeapSizeMb) {
    return absl::InvalidArgumentError(absl::StrCat(
        kMaxHeapSize, " needs a whole number of megabytes from ",
        kMinHeapSizeMb, " to ", kMaxHeapSizeMb, ", got '", text, "'"));
  }
  return megabytes;
}

}  // namespace

absl::StatusOr<int> ParseCount(const std::string& option,
                               const std::string& text, int minimum) {
  int value = 0;
  if (!absl::SimpleAtoi(text, &value) || value < minimum || value > 100000) {
    return absl::InvalidArgumentError(absl::StrCat(
        option, " needs a whole number from ", minimum, ", got '", text, "'"));
  }
  return value;
}

// thaw snapshot ENTRY -o FILE [--compress none|zstd[:LEVEL]]
//               [--defer SPECIFIER]... [--warmup FILE] [--root DIR]
absl::StatusOr<CommandLine> ParseSnapshot(const std::vector<std::string>& words,
                                          CommandLine command_line) {
  command_line.command = CommandLine::Command::kSnapshot;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "-o" || word == "--output" || word == "--compress" ||
        word == "--defer" || word == "--warmup" || word == "--root") {
      if (i + 1 >= words.size()) {
        return absl::InvalidArgumentError(absl::StrCat(word, " needs a value"));
      }
      const std::string& value = words[++i];
      if (word == "--defer") {
        command_line.defer.push_back(value);
        continue;
      }
      if (word == "--warmup") {
        command_line.warmup = value;
        continue;
      }
      if (word == "--root") {
        command_line.root = value;
        continue;
      }
      if (word != "--compress") {
        command_line.snapshot_output = value;
        continue;
      }
      std::vector<std::string> parts = absl::StrSplit(value, ':');
      command_line.compress_codec = parts[0];
      if (parts[0] != "zstd" && parts[0] != "none") {
        return absl::InvalidArgumentError(absl::StrCat(
            "--compress takes zstd[:LEVEL] or none, got '", value, "'"));
      }
      if (parts.size() == 2) {
        absl::StatusOr<int> level = ParseCount("--compress", parts[1], 1);
        if (!level.ok()) return level.status();
        command_line.compress_level = *level;
      } else if (parts.size() > 2) {
        return absl::InvalidArgumentError(absl::StrCat(
            "--compress takes zstd[:LEVEL] or none, got '", value, "'"));
      }
    } else if (!word.empty() && word[0] == '-') {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown thaw snapshot option '", word, "'; see thaw --help"));
    } else if (command_line.target.empty()) {
      command_line.target = word;
    } else {
      return absl::InvalidArgumentError("thaw snapshot takes one entry file");
    }
  }
  if (command_line.target.empty() || command_line.snapshot_output.empty()) {
    return absl::InvalidArgumentError(
        "usage: thaw snapshot ENTRY -o FILE [--compress none|zstd[:LEVEL]]");
  }
  return command_line;
}

// thaw bench [-n RUNS] [--warmup N] [--vs 'OTHER COMMAND'] [--json]
//            -- COMMAND [ARGS...]
absl::StatusOr<BenchOptions> ParseBench(const std::vector<std::string>& words) {
  BenchOptions bench;
  size_t index = 0;
  for (; index < words.size() && words[index] != "--"; ++index) {
    const std::string& option = words[index];
    if (option == "--json") {
      bench.json = true;
      continue;
    }
    if (option.empty() || option[0] != '-') break;
    if (option != "-n" && option != "--runs" && option != "--warmup" &&
        option != "--vs") {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown thaw bench option '", option, "'; see thaw --help"));
    }
    if (index + 1 >= words.size()) {
      return absl::InvalidArgumentError(absl::StrCat(option, " needs a value"));
    }
    const std::string& value = words[++index];
    if (option == "--vs") {
      bench.versus = absl::StrSplit(value, ' ', absl::SkipWhitespace());
      if (bench.versus.empty()) {
        return absl::InvalidArgumentError("--vs needs a command");
      }
      continue;
    }
    absl::StatusOr<int> count =
        ParseCount(option, value, option == "--warmup" ? 0 : 1);
    if (!count.ok()) return count.status();
    (option == "--warmup" ? bench.warmup : bench.runs) = *count;
  }
  if (index >= words.size() || words[index] != "--" ||
      index + 1 >= words.size()) {
    return absl::InvalidArgumentError(
        "thaw bench needs -- and then the command to run");
  }
  bench.command.assign(words.begin() + index + 1, words.end());
  return bench;
}

absl::StatusOr<CommandLine> ParseCommandLine(
    const std::vector<std::string>& arguments) {
  CommandLine command_line;
  size_t index = 0;
  // thaw's own options, up to the first word that is not one.
  while (index < arguments.size() && absl::StartsWith(arguments[index], "-")) {
    const std::string& option = arguments[index];
    if (option == "--version" || option == "-v") {
      command_line.command = CommandLine::Command::kVersion;
      return command_line;
    }
    if (option == "--help" || option == "-h") {
      command_line.command = CommandLine::Command::kHelp;
      return command_line;
    }
    if (option == "--trace-startup") {
      command_line.trace_startup = true;
      ++index;
      continue;
    }
    std::string value;
    if (option == kMaxHeapSize) {
      if (index + 1 >= arguments.size()) {
        return absl::InvalidArgumentError(
            absl::StrCat(kMaxHeapSize, " needs a value in megabytes"));
      }
      value = arguments[index + 1];
      index += 2;
    } else if (absl::StartsWith(option, absl::StrCat(kMaxHeapSize, "="))) {
      value = option.substr(sizeof(kMaxHeapSize));
      index += 1;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("unknown option '", option, "'; see thaw --help"));
    }
    absl::StatusOr<uint64_t> megabytes = ParseHeapSize(value);
    if (!megabytes.ok()) return megabytes.status();
    command_line.max_heap_size_mb = *megabytes;
  }
  if (index >= arguments.size()) {
    return absl::InvalidArgumentError("no script given; see thaw --help");
  }

  const std::string& word = arguments[index];
  if (word == "snapshot" || word == "compile") {
    absl::StatusOr<CommandLine> parsed =
        ParseSnapshot(std::vector<std::string>(arguments.begin() + index + 1,
                                               arguments.end()),
                      command_line);
    if (parsed.ok() && word == "compile") {
      parsed->command = CommandLine::Command::kCompile;
    }
    return parsed;
  }
  if (word == "run" && index + 1 < arguments.size() &&
      arguments[index + 1] == "--snapshot") {
    if (index + 2 >= arguments.size()) {
      return absl::InvalidArgumentError("--snapshot needs a blob file");
    }
    command_line.command = CommandLine::Command::kRunSnapshot;
    command_line.target = arguments[index + 2];
    command_line.script_arguments.assign(arguments.begin() + index + 3,
                                         arguments.end());
    return command_line;
  }
  if (word == "bench") {
    absl::StatusOr<BenchOptions> bench = ParseBench(std::vector<std::string>(
        arguments.begin() + index + 1, arguments.end()));
    if (!bench.ok()) return bench.status();
    command_line.command = CommandLine::Command::kBench;
    command_line.bench = *std::move(bench);
    return command_line;
  }
  if (word == "run" || word == "eval" || word == "inspect") {
    command_line.command = word == "run"    ? CommandLine::Command::kRun
                           : word == "eval" ? CommandLine::Command::kEval
                                            : CommandLine::Command::kInspect;
    if (index + 1 >= arguments.size()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "thaw ", word, " needs ", word == "eval" ? "code" : "a file"));
    }
    ++index;
  } else {
    command_line.command = CommandLine::Command::kRun;
  }
  command_line.target = arguments[index];
  command_line.script_arguments.assign(arguments.begin() + index + 1,
                                       arguments.end());
  if (command_line.command == CommandLine::Command::kInspect &&
      !command_line.script_arguments.empty()) {
    return absl::InvalidArgumentError("thaw inspect takes exactly one file");
  }
  return command_line;
}

}  // namespace thaw
