#ifndef THAW_SHA256_SHA256_PORTABLE_H_
#define THAW_SHA256_SHA256_PORTABLE_H_

// Internal to //sha256: the block function that runs on any CPU. It is
// declared in a header so that tests can compare it with the SHA-NI one.

#include <cstddef>
#include <cstdint>

namespace thaw {
namespace internal {

// The SHA-256 round constants (FIPS 180-4, section 4.2.2). The SHA-NI code
// uses them too.
extern const uint32_t kSha256RoundConstants[64];

void Sha256BlocksPortable(uint32_t state[8], const uint8_t* blocks,
                          size_t num_blocks);

}  // namespace internal
}  // namespace thaw

#endif  // THAW_SHA256_SHA256_PORTABLE_H_
