#ifndef THAW_RUNTIME_BENCH_H_
#define THAW_RUNTIME_BENCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace thaw {

struct BenchOptions {
  // The command measured, and the one it is compared with (empty: none).
  std::vector<std::string> command;
  std::vector<std::string> versus;
  int runs = 20;
  int warmup = 3;
  bool json = false;
};

// One process run: wall time from exec to reaping, and its peak RSS.
struct BenchSample {
  double wall_ms = 0;
  double max_rss_mb = 0;
  // True when the process could not be traced and max_rss_mb is wait4's
  // figure, which also counts the measuring process's own peak.
  bool rss_is_upper_bound = false;
};

struct BenchSeries {
  std::vector<std::string> command;
  std::vector<BenchSample> samples;
};

// Runs the command(s) `runs` times each after `warmup` unmeasured runs. With
// a second command the two alternate (A B, B A, A B...) so that noise from
// the rest of the machine falls on both alike. stdout and stderr of the
// commands go to /dev/null. A run that fails (non-zero exit, signal) is an
// error naming the command and the exit status.
absl::StatusOr<std::vector<BenchSeries>> RunBenchmark(
    const BenchOptions& options);

// The report: min/median/p95 wall time and median peak RSS per command, and
// with two commands the median of the pairwise ratios B/A. Text for people,
// or one JSON object with every sample for CI.
std::string FormatBenchReport(const std::vector<BenchSeries>& series,
                              bool json);

}  // namespace thaw

#endif  // THAW_RUNTIME_BENCH_H_
