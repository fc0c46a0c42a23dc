#ifndef THAW_CLOCK_MONOTONIC_CLOCK_H_
#define THAW_CLOCK_MONOTONIC_CLOCK_H_

#include <time.h>

#include <cstdint>

namespace thaw {

// CLOCK_MONOTONIC in nanoseconds: the clock of process.hrtime and uptime.
inline uint64_t MonotonicNanoseconds() {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000000u +
         static_cast<uint64_t>(now.tv_nsec);
}

}  // namespace thaw

#endif  // THAW_CLOCK_MONOTONIC_CLOCK_H_
