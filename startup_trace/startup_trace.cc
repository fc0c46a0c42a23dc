#include "startup_trace/startup_trace.h"

#include <time.h>

namespace thaw {
namespace {

constexpr int kMaxPhases = 32;

struct Phase {
  const char* name;
  uint64_t end_ns;
};

uint64_t Now(clockid_t clock) {
  struct timespec now;
  clock_gettime(clock, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000000u +
         static_cast<uint64_t>(now.tv_nsec);
}

// Zero-initialized statically, with no constructor of its own: a dynamic
// initializer would run after StartTrace below and wipe what it recorded.
struct Trace {
  uint64_t cpu_before_start_ns;
  uint64_t start_ns;
  Phase phases[kMaxPhases];
  int count;
};

Trace trace;

// Runs before any other static constructor of thaw's own code, as early as
// a program can observe itself.
__attribute__((constructor(101))) void StartTrace() {
  trace.cpu_before_start_ns = Now(CLOCK_PROCESS_CPUTIME_ID);
  trace.start_ns = Now(CLOCK_MONOTONIC);
}

}  // namespace

void StartupTrace::Mark(const char* phase) {
  if (trace.count < kMaxPhases) {
    trace.phases[trace.count++] = {phase, Now(CLOCK_MONOTONIC)};
  }
}

void StartupTrace::Print(std::FILE* out) {
  double before_main_ms = trace.cpu_before_start_ns / 1e6;
  std::fprintf(out, "thaw startup trace (ms)\n");
  std::fprintf(out, "  %-34s %8.3f\n", "before main (exec + loader, CPU)",
               before_main_ms);
  uint64_t previous = trace.start_ns;
  for (int i = 0; i < trace.count; ++i) {
    std::fprintf(out, "  %-34s %8.3f\n", trace.phases[i].name,
                 (trace.phases[i].end_ns - previous) / 1e6);
    previous = trace.phases[i].end_ns;
  }
  std::fprintf(out, "  %-34s %8.3f\n", "total",
               before_main_ms + (previous - trace.start_ns) / 1e6);
}

void StartupTrace::ResetForTesting() {
  trace.count = 0;
  trace.start_ns = Now(CLOCK_MONOTONIC);
  trace.cpu_before_start_ns = 0;
}

}  // namespace thaw
