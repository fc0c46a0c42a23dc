#ifndef THAW_SHA256_SHA256_H_
#define THAW_SHA256_SHA256_H_

// SHA-256 (FIPS 180-4). The runtime hashes its whole snapshot payload at every
// start, so the block function uses the x86 SHA extensions when the CPU has
// them and falls back to portable C++ otherwise. The choice is made once per
// process.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace thaw {

using Sha256Digest = std::array<uint8_t, 32>;

namespace internal {

// Compresses `num_blocks` consecutive 64-byte blocks into `state`. Every
// implementation has this signature so that the hasher can switch between
// them and tests can compare them.
using Sha256BlockFunction = void (*)(uint32_t state[8], const uint8_t* blocks,
                                     size_t num_blocks);

// Returns the fastest block function this CPU supports.
Sha256BlockFunction BestSha256BlockFunction();

}  // namespace internal

// Returns the SHA-256 digest of `data`.
Sha256Digest Sha256(absl::string_view data);

// Returns `digest` as 64 lowercase hexadecimal characters.
std::string Sha256Hex(const Sha256Digest& digest);

// Computes a SHA-256 digest of data that arrives in pieces. The digest does
// not depend on how the data is split between calls to Update.
class Sha256Hasher {
 public:
  Sha256Hasher();

  // Uses `blocks` instead of the fastest block function for this CPU. Tests
  // use it to check that every implementation gives the same digests.
  explicit Sha256Hasher(internal::Sha256BlockFunction blocks);

  Sha256Hasher(const Sha256Hasher&) = default;
  Sha256Hasher& operator=(const Sha256Hasher&) = default;

  void Update(absl::string_view data);

  // Returns the digest of everything passed to Update since construction or
  // the previous Finish, and resets the hasher so it can be used again.
  Sha256Digest Finish();

 private:
  void Reset();

  internal::Sha256BlockFunction blocks_;
  uint32_t state_[8];
  // Bytes of an incomplete block carried over to the next Update or Finish.
  uint8_t buffer_[64];
  size_t buffered_;
  uint64_t total_bytes_;
};

}  // namespace thaw

#endif  // THAW_SHA256_SHA256_H_
