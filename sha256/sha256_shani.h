#ifndef THAW_SHA256_SHA256_SHANI_H_
#define THAW_SHA256_SHA256_SHANI_H_

// Internal to //sha256: the block function built on the x86 SHA extensions
// (SHA-NI), which is several times faster than the portable one.

#include <cstddef>
#include <cstdint>

namespace thaw {
namespace internal {

// Returns true if this CPU has SHA-NI and the SSSE3 and SSE4.1 instructions
// Sha256BlocksShaNi also uses. Always false on non-x86 builds.
bool CpuHasShaNi();

// Must only be called when CpuHasShaNi() is true: otherwise it executes
// instructions the CPU does not have. On non-x86 builds it aborts.
void Sha256BlocksShaNi(uint32_t state[8], const uint8_t* blocks,
                       size_t num_blocks);

}  // namespace internal
}  // namespace thaw

#endif  // THAW_SHA256_SHA256_SHANI_H_
