#include "runtime/bench.h"

#include <fcntl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "clock/monotonic_clock.h"
#include "json/json_string.h"

namespace thaw {
namespace {

// The child's peak RSS in MB from /proc/PID/status (VmHWM), or -1.
double PeakRssMb(pid_t pid) {
  std::string path = absl::StrCat("/proc/", pid, "/status");
  std::FILE* status = std::fopen(path.c_str(), "r");
  if (status == nullptr) return -1;
  char line[256];
  double megabytes = -1;
  while (std::fgets(line, sizeof(line), status) != nullptr) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) {
      megabytes = std::strtol(line + 6, nullptr, 10) / 1024.0;
    }
  }
  std::fclose(status);
  return megabytes;
}

// Runs `command` once with stdin, stdout and stderr on /dev/null.
//
// Peak RSS is the tricky part. wait4's ru_maxrss is no good: Linux carries
// the high-water mark of the address space a process had before exec into
// it, and a child forked from thaw starts with thaw's, so every command
// would seem to need at least thaw's own ~20 MB. Instead the child is traced
// with PTRACE_O_TRACEEXIT: it stops just before its address space goes away,
// and its own VmHWM is read then. If tracing is not allowed, ru_maxrss is
// used and the sample is marked as an upper bound.
absl::StatusOr<BenchSample> RunOnce(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const std::string& word : command) {
    argv.push_back(const_cast<char*>(word.c_str()));
  }
  argv.push_back(nullptr);
  int release[2];
  int exec_error[2];
  if (pipe2(release, O_CLOEXEC) != 0 || pipe2(exec_error, O_CLOEXEC) != 0) {
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  pid_t pid = fork();
  if (pid < 0) {
    return absl::InternalError(absl::StrCat("fork: ", std::strerror(errno)));
  }
  if (pid == 0) {
    // Wait until the parent is tracing, then become the command. Only
    // async-signal-safe calls from here on.
    close(release[1]);
    close(exec_error[0]);
    char byte;
    while (read(release[0], &byte, 1) < 0 && errno == EINTR) {
    }
    int null_fd = open("/dev/null", O_RDWR);
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    dup2(null_fd, STDERR_FILENO);
    execvp(argv[0], argv.data());
    int error_number = errno;
    (void)!write(exec_error[1], &error_number, sizeof(error_number));
    _exit(127);
  }
  close(release[0]);
  close(exec_error[1]);
  bool traced = ptrace(PTRACE_SEIZE, pid, nullptr,
                       reinterpret_cast<void*>(PTRACE_O_TRACEEXIT)) == 0;
  uint64_t start = MonotonicNanoseconds();
  close(release[1]);
  int status = 0;
  struct rusage usage;
  double peak_mb = -1;
  for (;;) {
    if (wait4(pid, &status, 0, &usage) < 0) {
      if (errno == EINTR) continue;
      return absl::InternalError(
          absl::StrCat("wait4 failed: ", std::strerror(errno)));
    }
    if (!WIFSTOPPED(status)) break;
    int signal_number = WSTOPSIG(status);
    if (status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
      peak_mb = PeakRssMb(pid);
      signal_number = 0;
    }
    ptrace(PTRACE_CONT, pid, nullptr,
           reinterpret_cast<void*>(static_cast<intptr_t>(signal_number)));
  }
  uint64_t end = MonotonicNanoseconds();
  int error_number = 0;
  bool exec_failed = read(exec_error[0], &error_number, sizeof(error_number)) ==
                     sizeof(error_number);
  close(exec_error[0]);
  if (exec_failed) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot run ", command[0], ": ", std::strerror(error_number)));
  }
  if (WIFSIGNALED(status)) {
    return absl::FailedPreconditionError(
        absl::StrCat("`", absl::StrJoin(command, " "), "` died from signal ",
                     WTERMSIG(status), " (", strsignal(WTERMSIG(status)), ")"));
  }
  if (WEXITSTATUS(status) != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("`", absl::StrJoin(command, " "), "` exited with code ",
                     WEXITSTATUS(status)));
  }
  BenchSample sample;
  sample.wall_ms = (end - start) / 1e6;
  sample.rss_is_upper_bound = !traced || peak_mb < 0;
  sample.max_rss_mb =
      sample.rss_is_upper_bound ? usage.ru_maxrss / 1024.0 : peak_mb;
  return sample;
}

// The value below which `fraction` of the sorted values lie (nearest rank).
double Percentile(std::vector<double> values, double fraction) {
  std::sort(values.begin(), values.end());
  if (values.empty()) return 0;
  size_t rank = static_cast<size_t>(std::ceil(fraction * values.size()));
  return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  if (values.empty()) return 0;
  size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle]
                                : (values[middle - 1] + values[middle]) / 2;
}

std::vector<double> Walls(const BenchSeries& series) {
  std::vector<double> walls;
  for (const BenchSample& sample : series.samples) {
    walls.push_back(sample.wall_ms);
  }
  return walls;
}

std::vector<double> Rss(const BenchSeries& series) {
  std::vector<double> rss;
  for (const BenchSample& sample : series.samples) {
    rss.push_back(sample.max_rss_mb);
  }
  return rss;
}

bool UpperBound(const BenchSeries& series) {
  for (const BenchSample& sample : series.samples) {
    if (sample.rss_is_upper_bound) return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::vector<BenchSeries>> RunBenchmark(
    const BenchOptions& options) {
  std::vector<BenchSeries> series(options.versus.empty() ? 1 : 2);
  series[0].command = options.command;
  if (!options.versus.empty()) series[1].command = options.versus;
  for (int i = 0; i < options.warmup; ++i) {
    for (const BenchSeries& one : series) {
      absl::StatusOr<BenchSample> sample = RunOnce(one.command);
      if (!sample.ok()) return sample.status();
    }
  }
  for (int i = 0; i < options.runs; ++i) {
    for (size_t k = 0; k < series.size(); ++k) {
      // Alternate which command goes first, so neither always runs right
      // after the other has warmed or cooled the machine.
      size_t index = (i % 2 == 0) ? k : series.size() - 1 - k;
      absl::StatusOr<BenchSample> sample = RunOnce(series[index].command);
      if (!sample.ok()) return sample.status();
      series[index].samples.push_back(*sample);
    }
  }
  return series;
}

std::string FormatBenchReport(const std::vector<BenchSeries>& series,
                              bool json) {
  std::vector<double> ratios;
  if (series.size() == 2) {
    for (size_t i = 0; i < series[0].samples.size(); ++i) {
      ratios.push_back(series[1].samples[i].wall_ms /
                       series[0].samples[i].wall_ms);
    }
  }
  std::string out;
  if (json) {
    out = "{\"commands\":[";
    for (size_t k = 0; k < series.size(); ++k) {
      const BenchSeries& one = series[k];
      std::vector<std::string> words;
      for (const std::string& word : one.command) {
        words.push_back(JsonString(word));
      }
      std::vector<std::string> walls;
      std::vector<std::string> rss;
      for (const BenchSample& sample : one.samples) {
        walls.push_back(absl::StrFormat("%.3f", sample.wall_ms));
        rss.push_back(absl::StrFormat("%.1f", sample.max_rss_mb));
      }
      absl::StrAppendFormat(
          &out,
          "%s{\"command\":[%s],\"runs\":%d,\"min_ms\":%.3f,"
          "\"median_ms\":%.3f,\"p95_ms\":%.3f,\"median_max_rss_mb\":%.1f,"
          "\"rss_is_upper_bound\":%s,\"wall_ms\":[%s],\"max_rss_mb\":[%s]}",
          k == 0 ? "" : ",", absl::StrJoin(words, ","), one.samples.size(),
          Percentile(Walls(one), 0), Median(Walls(one)),
          Percentile(Walls(one), 0.95), Median(Rss(one)),
          UpperBound(one) ? "true" : "false", absl::StrJoin(walls, ","),
          absl::StrJoin(rss, ","));
    }
    out += "]";
    if (!ratios.empty()) {
      absl::StrAppendFormat(&out, ",\"median_ratio\":%.4f", Median(ratios));
    }
    return out + "}\n";
  }
  for (const BenchSeries& one : series) {
    absl::StrAppendFormat(
        &out,
        "%s\n  %zu runs: min %.2f ms, median %.2f ms, p95 %.2f ms; "
        "median peak RSS %.1f MB%s\n",
        absl::StrJoin(one.command, " "), one.samples.size(),
        Percentile(Walls(one), 0), Median(Walls(one)),
        Percentile(Walls(one), 0.95), Median(Rss(one)),
        UpperBound(one) ? " (upper bound: tracing not allowed)" : "");
  }
  if (!ratios.empty()) {
    absl::StrAppendFormat(
        &out,
        "second / first, median of %zu paired runs: %.3fx (p5 %.3fx, p95 "
        "%.3fx)\n",
        ratios.size(), Median(ratios), Percentile(ratios, 0.05),
        Percentile(ratios, 0.95));
  }
  return out;
}

}  // namespace thaw
