#include "runtime/command_line.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace thaw {
namespace {

using Command = CommandLine::Command;

CommandLine Parse(std::vector<std::string> arguments) {
  absl::StatusOr<CommandLine> parsed = ParseCommandLine(arguments);
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  return parsed.ok() ? *parsed : CommandLine{};
}

std::string Error(std::vector<std::string> arguments) {
  absl::StatusOr<CommandLine> parsed = ParseCommandLine(arguments);
  return parsed.ok() ? "<ok>" : std::string(parsed.status().message());
}

TEST(CommandLineTest, BareFileRunsIt) {
  CommandLine line = Parse({"app.js", "a", "--b"});
  EXPECT_EQ(line.command, Command::kRun);
  EXPECT_EQ(line.target, "app.js");
  EXPECT_EQ(line.script_arguments, (std::vector<std::string>{"a", "--b"}));
}

TEST(CommandLineTest, RunEvalInspect) {
  EXPECT_EQ(Parse({"run", "x.js"}).command, Command::kRun);
  CommandLine eval = Parse({"eval", "1+1", "arg"});
  EXPECT_EQ(eval.command, Command::kEval);
  EXPECT_EQ(eval.target, "1+1");
  EXPECT_EQ(eval.script_arguments, std::vector<std::string>{"arg"});
  EXPECT_EQ(Parse({"inspect", "x.blob"}).command, Command::kInspect);
}

TEST(CommandLineTest, VersionAndHelp) {
  EXPECT_EQ(Parse({"--version"}).command, Command::kVersion);
  EXPECT_EQ(Parse({"-v"}).command, Command::kVersion);
  EXPECT_EQ(Parse({"--help"}).command, Command::kHelp);
}

TEST(CommandLineTest, MaxHeapSizeInBothSpellings) {
  EXPECT_EQ(*Parse({"--max-heap-size", "64", "eval", "1"}).max_heap_size_mb,
            64u);
  EXPECT_EQ(*Parse({"--max-heap-size=128", "x.js"}).max_heap_size_mb, 128u);
  EXPECT_FALSE(Parse({"x.js"}).max_heap_size_mb.has_value());
}

TEST(CommandLineTest, Bench) {
  CommandLine line =
      Parse({"bench", "-n", "5", "--warmup", "0", "--vs", "node  x.js",
             "--json", "--", "./app", "--version"});
  EXPECT_EQ(line.command, Command::kBench);
  EXPECT_EQ(line.bench.runs, 5);
  EXPECT_EQ(line.bench.warmup, 0);
  EXPECT_TRUE(line.bench.json);
  EXPECT_EQ(line.bench.versus, (std::vector<std::string>{"node", "x.js"}));
  EXPECT_EQ(line.bench.command,
            (std::vector<std::string>{"./app", "--version"}));
  EXPECT_EQ(Error({"bench", "./app"}),
            "thaw bench needs -- and then the command to run");
  EXPECT_EQ(Error({"bench", "-n", "0", "--", "x"}),
            "-n needs a whole number from 1, got '0'");
  EXPECT_EQ(Error({"bench", "--bogus", "--", "x"}),
            "unknown thaw bench option '--bogus'; see thaw --help");
  EXPECT_EQ(Error({"bench", "--vs", " ", "--", "x"}), "--vs needs a command");
}

TEST(CommandLineTest, SnapshotAndRunSnapshot) {
  CommandLine build =
      Parse({"snapshot", "app.js", "-o", "app.snap", "--compress", "zstd:7"});
  EXPECT_EQ(build.command, Command::kSnapshot);
  EXPECT_EQ(build.target, "app.js");
  EXPECT_EQ(build.snapshot_output, "app.snap");
  EXPECT_EQ(build.compress_codec, "zstd");
  EXPECT_EQ(build.compress_level, 7);
  EXPECT_EQ(Parse({"snapshot", "a.js", "-o", "x", "--compress", "none"})
                .compress_codec,
            "none");
  EXPECT_EQ(Parse({"snapshot", "a.js", "-o", "x"}).compress_codec, "none");
  EXPECT_EQ(Parse({"snapshot", "a.js", "-o", "x", "--compress", "zstd"})
                .compress_level,
            19);
  CommandLine run = Parse({"run", "--snapshot", "app.snap", "--version", "x"});
  EXPECT_EQ(run.command, Command::kRunSnapshot);
  EXPECT_EQ(run.target, "app.snap");
  EXPECT_EQ(run.script_arguments, (std::vector<std::string>{"--version", "x"}));
  EXPECT_EQ(
      Error({"snapshot", "a.js"}),
      "usage: thaw snapshot ENTRY -o FILE [--compress none|zstd[:LEVEL]]");
  EXPECT_EQ(Error({"snapshot", "a.js", "-o", "x", "--compress", "lz4"}),
            "--compress takes zstd[:LEVEL] or none, got 'lz4'");
  EXPECT_EQ(Error({"run", "--snapshot"}), "--snapshot needs a blob file");
  CommandLine compile = Parse({"compile", "app.js", "-o", "app"});
  EXPECT_EQ(compile.command, Command::kCompile);
  EXPECT_EQ(compile.snapshot_output, "app");
}

TEST(CommandLineTest, TraceStartup) {
  EXPECT_TRUE(Parse({"--trace-startup", "x.js"}).trace_startup);
  EXPECT_FALSE(Parse({"x.js", "--trace-startup"}).trace_startup);
}

TEST(CommandLineTest, OptionsAfterTheScriptBelongToTheScript) {
  CommandLine line = Parse({"x.js", "--max-heap-size", "5", "--version"});
  EXPECT_EQ(line.command, Command::kRun);
  EXPECT_FALSE(line.max_heap_size_mb.has_value());
  EXPECT_EQ(line.script_arguments.size(), 3u);
}

TEST(CommandLineTest, Errors) {
  EXPECT_EQ(Error({}), "no script given; see thaw --help");
  EXPECT_EQ(Error({"--bogus", "x.js"}),
            "unknown option '--bogus'; see thaw --help");
  EXPECT_EQ(Error({"--max-heap-size"}),
            "--max-heap-size needs a value in megabytes");
  EXPECT_EQ(Error({"--max-heap-size", "lots", "x.js"}),
            "--max-heap-size needs a whole number of megabytes from 4 to "
            "1048576, got 'lots'");
  EXPECT_EQ(Error({"--max-heap-size=1", "x.js"}),
            "--max-heap-size needs a whole number of megabytes from 4 to "
            "1048576, got '1'");
  EXPECT_EQ(Error({"eval"}), "thaw eval needs code");
  EXPECT_EQ(Error({"run"}), "thaw run needs a file");
  EXPECT_EQ(Error({"inspect", "a", "b"}),
            "thaw inspect takes exactly one file");
}

}  // namespace
}  // namespace thaw
