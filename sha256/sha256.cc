#include "sha256/sha256.h"

#include <cstring>

#include "sha256/sha256_portable.h"
#include "sha256/sha256_shani.h"

namespace thaw {
namespace internal {

Sha256BlockFunction BestSha256BlockFunction() {
  // A function-local static runs the CPU check once per process, and C++
  // makes its initialisation thread-safe.
  static const Sha256BlockFunction best =
      CpuHasShaNi() ? &Sha256BlocksShaNi : &Sha256BlocksPortable;
  return best;
}

}  // namespace internal

namespace {

// FIPS 180-4, section 5.3.3.
constexpr uint32_t kInitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                       0xa54ff53a, 0x510e527f, 0x9b05688c,
                                       0x1f83d9ab, 0x5be0cd19};

}  // namespace

Sha256Digest Sha256(absl::string_view data) {
  Sha256Hasher hasher;
  hasher.Update(data);
  return hasher.Finish();
}

std::string Sha256Hex(const Sha256Digest& digest) {
  static constexpr char kHexDigits[] = "0123456789abcdef";
  std::string hex(2 * digest.size(), '\0');
  for (size_t i = 0; i < digest.size(); ++i) {
    hex[2 * i] = kHexDigits[digest[i] >> 4];
    hex[2 * i + 1] = kHexDigits[digest[i] & 0xf];
  }
  return hex;
}

Sha256Hasher::Sha256Hasher()
    : Sha256Hasher(internal::BestSha256BlockFunction()) {}

Sha256Hasher::Sha256Hasher(internal::Sha256BlockFunction blocks)
    : blocks_(blocks) {
  Reset();
}

void Sha256Hasher::Reset() {
  std::memcpy(state_, kInitialState, sizeof(state_));
  buffered_ = 0;
  total_bytes_ = 0;
}

void Sha256Hasher::Update(absl::string_view data) {
  const uint8_t* input = reinterpret_cast<const uint8_t*>(data.data());
  size_t size = data.size();
  total_bytes_ += size;

  if (buffered_ > 0) {
    size_t take = sizeof(buffer_) - buffered_;
    if (take > size) take = size;
    std::memcpy(buffer_ + buffered_, input, take);
    buffered_ += take;
    input += take;
    size -= take;
    if (buffered_ < sizeof(buffer_)) return;
    blocks_(state_, buffer_, 1);
    buffered_ = 0;
  }

  // Whole blocks are hashed straight from the caller's memory: copying a
  // multi-megabyte payload through the buffer would cost a noticeable share
  // of the hashing time.
  const size_t whole_blocks = size / 64;
  if (whole_blocks > 0) {
    blocks_(state_, input, whole_blocks);
    input += whole_blocks * 64;
    size -= whole_blocks * 64;
  }

  if (size > 0) {
    std::memcpy(buffer_, input, size);
    buffered_ = size;
  }
}

Sha256Digest Sha256Hasher::Finish() {
  // Padding (FIPS 180-4, section 5.1.1): a 1 bit, zeros up to 56 bytes into
  // a block, then the message length in bits as a big-endian 64-bit number.
  const uint64_t total_bits = total_bytes_ * 8;
  buffer_[buffered_++] = 0x80;
  if (buffered_ > 56) {
    std::memset(buffer_ + buffered_, 0, sizeof(buffer_) - buffered_);
    blocks_(state_, buffer_, 1);
    buffered_ = 0;
  }
  std::memset(buffer_ + buffered_, 0, 56 - buffered_);
  for (int i = 0; i < 8; ++i) {
    buffer_[56 + i] = static_cast<uint8_t>(total_bits >> (56 - 8 * i));
  }
  blocks_(state_, buffer_, 1);

  Sha256Digest digest;
  for (int i = 0; i < 8; ++i) {
    digest[4 * i] = static_cast<uint8_t>(state_[i] >> 24);
    digest[4 * i + 1] = static_cast<uint8_t>(state_[i] >> 16);
    digest[4 * i + 2] = static_cast<uint8_t>(state_[i] >> 8);
    digest[4 * i + 3] = static_cast<uint8_t>(state_[i]);
  }
  Reset();
  return digest;
}

}  // namespace thaw
