#ifndef THAW_STARTUP_TRACE_STARTUP_TRACE_H_
#define THAW_STARTUP_TRACE_STARTUP_TRACE_H_

#include <cstdint>
#include <cstdio>

namespace thaw {

// Times the phases of one start of thaw, for THAW_TRACE_STARTUP=1 and
// --trace-startup. Marking is always on (a clock read per phase, a few tens
// of nanoseconds); printing only when asked.
//
// The first phase, "before main", is the process's CPU time when thaw's
// first static constructor ran: the kernel's exec and the dynamic loader's
// relocation work, which are single-threaded and do not wait on I/O once
// the files are in the page cache. Every later phase is wall time from the
// end of the one before, so the phases add up to the whole start.
class StartupTrace {
 public:
  // Ends the current phase, naming it. `phase` must be a string literal.
  static void Mark(const char* phase);

  // Prints the phases and their total to `out`.
  static void Print(std::FILE* out);

  // Resets to a trace that starts now (for tests).
  static void ResetForTesting();
};

}  // namespace thaw

#endif  // THAW_STARTUP_TRACE_STARTUP_TRACE_H_
